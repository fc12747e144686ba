/**
 * Who is calling: an API key (`x-api-key`), a JWT (`Authorization: Bearer`),
 * or nobody. Runs as a Fastify onRequest hook on the GraphQL route, before
 * the body is read and before Apollo, so a refused request costs nothing.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import type { Caller } from '../context.js';
import { findApiKey } from './apiKeys.js';
import type { AuthConfig } from './config.js';
import { createTokenVerifier, CredentialRefused } from './jwt.js';
import { isSilent } from '../logging.js';

export { CredentialRefused } from './jwt.js';

/** The caller, or the refusal (CredentialRefused) thrown; a promise only when a check has to wait (a JWT's key set). */
type Authenticate = (headers: IncomingHttpHeaders, ip: string) => Caller | Promise<Caller>;

/** With authentication off, every caller may do everything; callers are still told apart by address for fair queueing. */
function unauthenticatedAdmin(ip: string): Caller {
  return { kind: 'anonymous', name: 'anonymous', role: 'admin', fairnessKey: `anonymous:${ip}` };
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

export function createAuthenticator(auth: AuthConfig): Authenticate {
  if (!auth.enabled) return (_headers, ip) => unauthenticatedAdmin(ip);
  const verifyToken = auth.jwt ? createTokenVerifier(auth.jwt) : undefined;
  const accepted = [...(auth.apiKeys.length > 0 ? ['an API key in the x-api-key header'] : []), ...(verifyToken ? ['a JWT in Authorization: Bearer <token>'] : [])];

  return (headers, ip) => {
    const apiKey = headerValue(headers, 'x-api-key');
    const authorization = headerValue(headers, 'authorization');
    if (apiKey !== undefined && authorization !== undefined) {
      // Two credentials could name two callers; picking one silently would hide a client's mistake.
      throw new CredentialRefused('ambiguous', 'Both x-api-key and Authorization were sent; send exactly one credential.');
    }
    if (apiKey !== undefined) {
      if (auth.apiKeys.length === 0) throw new CredentialRefused('api-key', `This gateway accepts no API keys; send ${accepted.join(' or ')}.`);
      const entry = apiKey.trim() === '' ? undefined : findApiKey(apiKey.trim(), auth.apiKeys);
      if (!entry) throw new CredentialRefused('api-key', 'The API key in x-api-key is not known (never issued, or revoked).');
      return { kind: 'apiKey', name: entry.name, role: entry.role, fairnessKey: `apiKey:${entry.name}` };
    }
    if (authorization !== undefined) {
      const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization);
      if (!match?.[1]) throw new CredentialRefused('scheme', 'The Authorization header must be "Bearer <token>".');
      if (!verifyToken) throw new CredentialRefused('bearer', `This gateway accepts no bearer tokens; send ${accepted.join(' or ')}.`);
      return verifyToken(match[1]).then((token): Caller => ({ kind: 'jwt', name: token.subject, role: token.role, fairnessKey: `jwt:${token.subject}` }));
    }
    if (auth.anonymousRole !== null) return { kind: 'anonymous', name: 'anonymous', role: auth.anonymousRole, fairnessKey: `anonymous:${ip}` };
    throw new CredentialRefused('missing', `No credentials: send ${accepted.join(' or ')}.`);
  };
}

const UNAUTHENTICATED = 'UNAUTHENTICATED';
const AUTH_UNAVAILABLE = 'AUTH_UNAVAILABLE';

const callers = new WeakMap<FastifyRequest, Caller>();

/**
 * The caller the hook established for a request. A request the hook did not
 * see gets a caller with no role, so a misrouted request fails closed.
 */
export function callerOf(request: FastifyRequest): Caller {
  return callers.get(request) ?? { kind: 'anonymous', name: 'anonymous', role: null, fairnessKey: `anonymous:${request.ip}` };
}

interface AuthenticationOptions {
  auth: AuthConfig;
  /** Route URLs (as registered) whose requests must authenticate. @default ['/graphql'] */
  paths?: string[];
}

function challenge(auth: AuthConfig, refused: CredentialRefused): string {
  const realm = 'realm="ses-graphql-gateway"';
  const bearer = refused.check === 'missing' || refused.check === 'scheme' ? `Bearer ${realm}` : `Bearer ${realm}, error="invalid_token"`;
  return [...(auth.jwt ? [bearer] : []), ...(auth.apiKeys.length > 0 ? [`ApiKey ${realm}, header="x-api-key"`] : [])].join(', ');
}

function refuse(reply: FastifyReply, auth: AuthConfig, refused: CredentialRefused): FastifyReply {
  if (refused.status === 401) {
    const header = challenge(auth, refused);
    if (header) reply.header('www-authenticate', header);
  }
  const code = refused.status === 401 ? UNAUTHENTICATED : AUTH_UNAVAILABLE;
  return reply
    .code(refused.status)
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message: refused.message, extensions: { code, check: refused.check } }] });
}

/**
 * Adds the hook. The caller (kind, name, role; never the credential) is bound
 * to the request's logger, so the "request completed" line names it.
 */
export function registerAuthentication(app: FastifyInstance, { auth, paths = ['/graphql'] }: AuthenticationOptions): void {
  const authenticate = createAuthenticator(auth);
  const guarded = new Set(paths);
  const accept = (request: FastifyRequest, reply: FastifyReply, caller: Caller) => {
    callers.set(request, caller);
    // A silent log writes no line, so there is nothing to bind the caller to.
    if (isSilent(request.log)) return;
    const log = request.log.child({ caller: { kind: caller.kind, name: caller.name, role: caller.role } });
    request.log = log;
    reply.log = log;
  };
  /** Answers a refusal; anything else is no refusal and goes on to Fastify's error handling. */
  const refused = (request: FastifyRequest, reply: FastifyReply, error: unknown): boolean => {
    if (!(error instanceof CredentialRefused)) return false;
    if (error.status === 503) request.log.error({ authCheck: error.check, err: error.cause }, 'could not verify a bearer token: key set unavailable');
    else request.log.info({ authCheck: error.check }, 'credential refused');
    void refuse(reply, auth, error);
    return true;
  };
  // A callback hook, not an async one: only a JWT's check waits, so the others cost no promise.
  app.addHook('onRequest', (request, reply, done) => {
    // CORS preflights carry no credentials by design; they reach no resolver.
    if (request.method === 'OPTIONS' || !guarded.has(request.routeOptions.url ?? '')) return done();
    let caller: Caller | Promise<Caller>;
    try {
      caller = authenticate(request.headers, request.ip);
    } catch (error) {
      if (!refused(request, reply, error)) done(error as Error);
      return;
    }
    if (!(caller instanceof Promise)) {
      accept(request, reply, caller);
      return done();
    }
    caller.then(
      (known) => {
        accept(request, reply, known);
        done();
      },
      (error: unknown) => {
        if (!refused(request, reply, error)) done(error as Error);
      },
    );
  });
}
