/**
 * The HTTP layer: Fastify serving Apollo Server at /graphql and GraphiQL at /
 * and /graphiql. Everything long-lived (SES clients, limiters, cache) is built
 * here once per process; only the context (DataLoaders) is built per request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import Fastify, { type FastifyInstance } from 'fastify';
import { defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';
import type { GatewayConfig } from './config.js';
import { registerAuthentication, callerOf } from './auth/authenticate.js';
import { authorizationPlugin, describeRequiredRolesSdl, FORBIDDEN } from './auth/authorize.js';
import { createContext, type GatewayContext } from './context.js';
import { QUOTA_BUDGET_EXCEEDED, quotaPricingPlugin } from './pricing/plugin.js';
import { registerCors } from './cors.js';
import { FaultCode } from './errors.js';
import { errorFormatter } from './errorFormatting.js';
import { registerHostCheck } from './hostCheck.js';
import { documentLimits, registerRequestLimits, requestDeadline } from './limits.js';
import { KnownRegions } from './regions.js';
import { RESPONSE_TOO_LARGE, responseLimitPlugin } from './responseLimit.js';
import { buildResolvers } from './resolvers/index.js';
import { SesAccess, type SesClientOptions } from './ses/access.js';
import { ReadCache } from './ses/cache.js';
import { SesLimiter } from './ses/limiter.js';

const SCHEMA_DIR = new URL('../../schema/', import.meta.url);

/** The SDL of schema/*.graphql, with each field's required role added to its description (GraphiQL shows descriptions, not directives). */
export function loadTypeDefs(): string {
  const dir = SCHEMA_DIR.pathname;
  return describeRequiredRolesSdl(
    readdirSync(dir)
      .filter((file) => file.endsWith('.graphql'))
      .sort()
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n'),
  );
}

/**
 * Resolvers return SDK shapes (PascalCase members) where the schema has
 * camelCase fields: fall back to the PascalCase member when the camelCase one
 * is absent, so mapping a shape needs no resolver per field.
 */
const sdkFieldResolver: GraphQLFieldResolver<unknown, GatewayContext> = (source, args, context, info) => {
  if (source !== null && typeof source === 'object' && !(info.fieldName in source)) {
    const pascal = info.fieldName.charAt(0).toUpperCase() + info.fieldName.slice(1);
    if (pascal in source) return (source as Record<string, unknown>)[pascal];
  }
  return defaultFieldResolver(source, args, context, info);
};

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  FORBIDDEN,
  QUOTA_BUDGET_EXCEEDED,
  RESPONSE_TOO_LARGE,
  // INTERNAL_SERVER_ERROR is left out on purpose: GraphQL's own messages for it can describe internals.
  ...Object.values(FaultCode).filter((code) => code !== FaultCode.INTERNAL_SERVER_ERROR),
]);

const GRAPHIQL_EXAMPLE = `# The configuration sets of the default region, with what shapes their mail.
# Open the documentation explorer (top left) for every type and field.
query ConfigurationSets {
  configurationSets(first: 10) {
    nodes {
      name
      sendingEnabled
      deliveryOptions { tlsPolicy maxDeliverySeconds }
      eventDestinations { name enabled matchingEventTypes }
    }
    pageInfo { hasNextPage endCursor }
  }
  account { vdmAttributes { enabled } }
}
`;

export interface GatewayOptions {
  config: GatewayConfig;
  /** How to reach SES: the embedded emulator's URL and credentials, or the AWS defaults. */
  ses: Omit<SesClientOptions, 'timeoutMs' | 'connectTimeoutMs'>;
  /** Where unexpected errors are logged. @default the Fastify logger */
  logger?: boolean;
}

export interface RunningGateway {
  url: string;
  app: FastifyInstance;
  ses: SesAccess;
  close(): Promise<void>;
}

export async function startGateway({ config, ses: sesOptions, logger = true }: GatewayOptions): Promise<RunningGateway> {
  const app = Fastify({
    logger: logger ? { level: config.logLevel } : false,
    bodyLimit: config.requestLimits.maxBodyBytes,
    // Bounds how long a client may take to send its request (slow senders hold a socket each).
    requestTimeout: config.requestLimits.requestTimeoutMs,
  });
  // First of all hooks: a request for another host name (DNS rebinding) is refused before anything runs.
  registerHostCheck(app, config.allowedHosts);
  registerRequestLimits(app, config.requestLimits);
  // Preflights carry no credentials, so CORS answers them before authentication.
  await registerCors(app, config.cors);
  // Before the body is read and before Apollo: a refused caller costs nothing.
  registerAuthentication(app, { auth: config.auth });
  const limiter = new SesLimiter({ ...config.limits, onError: (error) => app.log.error({ err: error }, 'rate limiter failure') });
  const regions = new KnownRegions(config.regions.extra);
  const ses = new SesAccess({
    client: { ...sesOptions, timeoutMs: config.sesTimeoutMs, connectTimeoutMs: config.sesConnectTimeoutMs },
    regions,
    limiter,
    cache: new ReadCache(config.cache),
    retry: config.retry,
    onFault: (operation, error) => app.log.warn({ operation, err: error }, 'SES call failed'),
    breaker: config.breaker,
    onBreakerChange: (change) => app.log[change.state === 'open' ? 'warn' : 'info']({ breaker: change }, `SES circuit breaker ${change.state}: ${change.operation} in ${change.region}`),
    onWriteChecked: ({ readError, ...check }) =>
      app.log.warn({ ...check, ...(readError !== undefined && { err: readError }) }, 'SES write failed after it was sent; its outcome was read back from SES'),
  });

  const limits = documentLimits(config.requestLimits);
  const apollo = new ApolloServer<GatewayContext>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers({ regions }) as never,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
    fieldResolver: sdkFieldResolver,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      // Document limits first, then the role check: a caller learns it may not run an operation before its price.
      ...limits.plugins,
      authorizationPlugin(),
      // After the role check: a caller who may not run an operation learns that, not its price.
      quotaPricingPlugin({ ...config.limits, ...config.pricing, maxQuotaSeconds: config.pricing.maxQuotaSecondsPerRequest, defaultRegion: config.defaultRegion }),
      // After pricing: a response refused for its size still reports its price and the SES calls it made.
      responseLimitPlugin({ maxResponseFields: config.requestLimits.maxResponseFields }),
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
    ],
    // Anything not for clients is an unmapped SES failure (mapped now) or a bug (logged with its stack, shown as nothing).
    formatError: errorFormatter({ clientCodes: CLIENT_CODES, log: app.log }),
  });
  await apollo.start();

  const graphiql = renderGraphiQL({ endpoint: '/graphql', title: 'SES GraphQL Gateway', defaultQuery: GRAPHIQL_EXAMPLE });
  const serveGraphiQL = (_request: unknown, reply: { type(t: string): { send(body: string): void } }) => reply.type('text/html; charset=utf-8').send(graphiql);
  app.get('/', serveGraphiQL);
  app.get('/graphiql', serveGraphiQL);
  app.get('/healthz', () => ({ status: 'ok' }));
  await app.register(fastifyApollo(apollo), {
    context: async (request, reply) => {
      // A client that disconnects before its answer releases the SES calls it still had queued.
      const gaveUp = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableFinished) gaveUp.abort();
      });
      // So does one that outlives its deadline (REQUEST_TIMEOUT_MS). Not AbortSignal.any: Node pins a
      // composite signal in memory while it has listeners, and the queues listen to this one.
      const deadline = requestDeadline(request);
      deadline?.addEventListener('abort', () => gaveUp.abort(deadline.reason), { once: true });
      const signal = gaveUp.signal;
      return createContext({ ses, defaultRegion: config.defaultRegion, accountId: config.accountId, caller: callerOf(request), signal });
    },
  });

  const address = await app.listen({ host: config.host, port: config.port });
  app.log.info(config.auth.summary);
  for (const warning of config.auth.warnings) app.log.warn(warning);
  return {
    url: address,
    app,
    ses,
    async close() {
      await app.close();
      await apollo.stop().catch(() => undefined);
      ses.destroy();
      await limiter.close();
    },
  };
}
