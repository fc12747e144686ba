/**
 * Counting refused requests. Refusals happen in seven places (hostCheck.ts,
 * cors.ts, auth/authenticate.ts, auth/authorize.ts, limits.ts with
 * graphql-armor's callbacks, responseLimit.ts, pricing/plugin.ts), several of
 * which never see the HTTP request (armor's onReject gets a validation
 * context, Apollo plugins a GraphQL context). Every one of them answers with
 * an HTTP error status and a documented `extensions.code` (and `limit` for the
 * request limits), so they are counted here, once, where the answer leaves:
 * a refusal added later with one of these codes is counted without a hook of
 * its own. Successful answers (status < 400) are not looked at.
 */
import type { FastifyInstance } from 'fastify';
import type { RefusalReason } from './metrics.js';

/** The reason for a refusal's code (and limit), or undefined when the error is no refusal (a typo in a query, a fault). */
function refusalReason(code: unknown, limit: unknown): RefusalReason | undefined {
  switch (code) {
    case 'MISDIRECTED_REQUEST':
      return 'host';
    case 'UNAUTHENTICATED':
      return 'auth';
    case 'AUTH_UNAVAILABLE':
      return 'auth_unavailable';
    case 'FORBIDDEN':
      return 'forbidden';
    case 'PAYLOAD_TOO_LARGE':
      return 'body_size';
    case 'QUOTA_BUDGET_EXCEEDED':
      return 'quota_budget';
    case 'RESPONSE_TOO_LARGE':
      return 'response_size';
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
      return LIMIT_REASONS[String(limit)];
    default:
      return undefined;
  }
}

const LIMIT_REASONS: Record<string, RefusalReason> = {
  GRAPHQL_MAX_DEPTH: 'depth',
  GRAPHQL_MAX_ALIASES: 'aliases',
  GRAPHQL_MAX_DIRECTIVES: 'directives',
  GRAPHQL_MAX_TOKENS: 'tokens',
  GRAPHQL_MAX_COST: 'cost',
};

/** Error bodies are small; a larger one is no refusal of the gateway's (and is not worth parsing). */
const MAX_PARSED_BODY = 64 * 1024;

interface ErrorBody {
  errors?: { extensions?: { code?: unknown; limit?: unknown } }[];
}

/** The reason of a refusal answered with `status` and `body`. */
function refusalOf(method: string, status: number, corsPreflight: boolean, body: unknown): RefusalReason | undefined {
  if (status < 400) return undefined;
  // cors.ts answers a preflight from an origin off the list with a plain-text 403.
  if (method === 'OPTIONS' && corsPreflight && status === 403) return 'cors';
  if (typeof body !== 'string' || body.length > MAX_PARSED_BODY || !body.startsWith('{')) {
    // Already encoded (compressed) by a later hook: the status alone says it for the HTTP-layer refusals.
    return status === 421 ? 'host' : status === 413 ? 'body_size' : undefined;
  }
  let parsed: ErrorBody;
  try {
    parsed = JSON.parse(body) as ErrorBody;
  } catch {
    return undefined;
  }
  for (const error of parsed.errors ?? []) {
    const reason = refusalReason(error.extensions?.code, error.extensions?.limit);
    if (reason) return reason;
  }
  return undefined;
}

/**
 * Adds the counting hook. Register it before hooks that encode bodies
 * (compression): onSend hooks run in the order they are added.
 */
export function registerRefusalCounting(app: FastifyInstance, count: (reason: RefusalReason) => void): void {
  // A callback hook, not an async one: every response passes here, and most only compare their status.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode >= 400) {
      const reason = refusalOf(request.method, reply.statusCode, request.headers['access-control-request-method'] !== undefined, payload);
      if (reason) count(reason);
    }
    done(null, payload);
  });
}
