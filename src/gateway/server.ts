/**
 * The HTTP layer: Fastify serving Apollo Server at /graphql and GraphiQL at /,
 * /graphiql and, for browsers, GET /graphql (graphiql.ts). Everything
 * long-lived (SES clients, limiters, cache) is built here once per process;
 * only the context (DataLoaders) is built per request.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { DestinationStream } from 'pino';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { GatewayConfig } from './config.js';
import { registerAuthentication, callerOf } from './auth/authenticate.js';
import { AuditFile, auditPlugin } from './audit.js';
import { authorizationPlugin, describeRequiredRolesSdl, FORBIDDEN } from './auth/authorize.js';
import { createContext, wantsFreshData, type GatewayContext } from './context.js';
import { QUOTA_BUDGET_EXCEEDED, quotaPricingPlugin } from './pricing/plugin.js';
import { createIdentityIndex, type IdentityIndex } from './identityIndex/identityIndex.js';
import { identityIndexPlugin } from './identityIndex/plugin.js';
import { noStorePlugins } from './cacheControl.js';
import { responseCachePlugin } from './responseCache.js';
import { registerCompression } from './compression.js';
import { registerCors } from './cors.js';
import { FaultCode } from './errors.js';
import { errorFormatter } from './errorFormatting.js';
import { introspectionRefusalPlugin, registerGraphiQL } from './graphiql.js';
import { createReadiness, HEALTH_PATHS, Liveness, registerHealthRoutes } from './health.js';
import { closeConnectionsOnDrain } from './drain.js';
import { registerHostCheck } from './hostCheck.js';
import { documentLimits, registerRequestLimits, requestSignal } from './limits.js';
import { errorLogOf, loggerOptions, requestLog, requestLogPlugin, sesLogHooks } from './logging.js';
import { Observability } from './observability/index.js';
import { KnownRegions } from './regions.js';
import { registerRequestIdEcho, requestIdOptions } from './requestId.js';
import { RESPONSE_TOO_LARGE, responseLimitPlugin } from './responseLimit.js';
import { buildResolvers } from './resolvers/index.js';
import { readSchemaSdl } from './schemaSource.js';
import { SesAccess, type SesClientOptions } from './ses/access.js';
import { MemoryReadCache, type ReadCache } from './ses/cache.js';
import { RedisReadCache } from './ses/redisCache.js';
import { SesLimiter } from './ses/limiter.js';
import type { Readiness } from './readiness.js';

/** The SDL of schema/*.graphql, with each field's required role added to its description (GraphiQL shows descriptions, not directives). */
export function loadTypeDefs(): string {
  return describeRequiredRolesSdl(readSchemaSdl());
}

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

interface GatewayOptions {
  config: GatewayConfig;
  /** How to reach SES: the embedded emulator's URL and credentials, or the AWS defaults. */
  ses: Omit<SesClientOptions, 'timeoutMs' | 'connectTimeoutMs'>;
  /** Where unexpected errors are logged. @default the Fastify logger */
  logger?: boolean;
  /** Where the log goes instead of stdout (tests capture it). */
  logStream?: DestinationStream;
  /** For tests: the SES retries' jitter source, so a test can fix the backoff. @default Math.random */
  retryRandom?: () => number;
}

export interface RunningGateway {
  url: string;
  app: FastifyInstance;
  ses: SesAccess;
  /** The SES quotas as this replica keeps them (shared through Redis with REDIS_URL). */
  limiter: SesLimiter;
  /** /readyz's checks: `snapshot()` is the last result without running any (for /metrics). */
  readiness: Readiness;
  /** Metrics and traces: `flush()` exports the spans ended so far. */
  observability: Observability;
  /** Which identities use which set (IDENTITY_INDEX); undefined when off. */
  identityIndex: IdentityIndex | undefined;
  close(): Promise<void>;
}

/** The shared read cache: Redis for a fleet, this process otherwise (config.cache). */
function createReadCache(options: GatewayConfig['cache'], log: FastifyBaseLogger): ReadCache {
  if (options.store === 'memory' || options.redisUrl === undefined) return new MemoryReadCache(options);
  return new RedisReadCache({
    ...options,
    url: options.redisUrl,
    prefix: options.namespace,
    // Reads go to SES at the quota meanwhile: worth a warning, not an error.
    onUnavailable: (error) => log.warn({ err: error }, 'read cache: Redis unavailable, reading from SES until it returns'),
    onRecovered: () => log.info('read cache: Redis available again'),
  });
}

export async function startGateway({ config, ses: sesOptions, logger = true, logStream, retryRandom }: GatewayOptions): Promise<RunningGateway> {
  // Before anything that could fail half way: a path that cannot be written stops start-up.
  const auditFile = config.logging.auditLogFile === undefined ? undefined : await AuditFile.open(config.logging.auditLogFile);
  const app = Fastify({
    logger: logger ? loggerOptions(config.logLevel, config.logging, logStream) : false,
    ...requestIdOptions(),
    bodyLimit: config.requestLimits.maxBodyBytes,
    // Bounds how long a client may take to send its request (slow senders hold a socket each).
    requestTimeout: config.requestLimits.requestTimeoutMs,
  });
  // On close, in-flight requests finish and then their keep-alive connections end (drain.ts).
  closeConnectionsOnDrain(app);
  const observability = new Observability(config.observability, app.log);
  // Before compression encodes bodies: refused requests are counted from their error codes.
  observability.registerHooks(app);
  // Even a refused request answers with its id.
  registerRequestIdEcho(app);
  // First of all checks: a request for another host name (DNS rebinding) is refused before anything runs.
  // Probes name the pod's IP in Host; an IP literal cannot come from DNS rebinding, so the health routes accept any.
  registerHostCheck(app, config.allowedHosts, { ipLiteralPaths: HEALTH_PATHS });
  registerRequestLimits(app, config.requestLimits);
  // Preflights carry no credentials, so CORS answers them before authentication.
  await registerCors(app, config.cors);
  // Before any route: compression is attached to each route as it is registered.
  await registerCompression(app);
  // Before authentication: the IDE page is static and needs no credential, at GET /graphql too.
  registerGraphiQL(app, { ...config.graphiql, title: 'SES GraphQL Gateway', defaultQuery: GRAPHIQL_EXAMPLE });
  // Before the body is read and before Apollo: a refused caller costs nothing.
  registerAuthentication(app, { auth: config.auth });
  const limiter = new SesLimiter({
    ...config.limits,
    onError: (error) => app.log.error({ err: error }, 'rate limiter failure'),
    onFallback: (replicas) =>
      replicas === undefined
        ? app.log.info('rate limiter: Redis is back, the fleet shares its quotas again')
        : app.log.warn({ replicas }, `rate limiter: Redis unavailable, pacing this replica at 1/${replicas} of each SES quota until it returns`),
  });
  const regions = new KnownRegions(config.regions.extra);
  const cache = createReadCache(config.cache, app.log);
  const sesClient = { ...sesOptions, timeoutMs: config.sesTimeoutMs, connectTimeoutMs: config.sesConnectTimeoutMs };
  const identityIndex = createIdentityIndex(config, { regions, limiter, client: sesClient, observer: observability.sesObserver, log: app.log });
  const ses = new SesAccess({
    client: { ...sesOptions, timeoutMs: config.sesTimeoutMs, connectTimeoutMs: config.sesConnectTimeoutMs },
    regions,
    limiter,
    cache,
    retry: config.retry,
    ...(retryRandom !== undefined && { retryRandom }),
    breaker: config.breaker,
    // Written to the log of the request whose call it was, so the lines carry its request id.
    ...sesLogHooks(app.log),
    ...(observability.sesObserver && { observer: observability.sesObserver }),
    // The gateway's writes and reads keep the identity index current.
    ...(identityIndex && { onAnswer: identityIndex.onAnswer }),
  });
  observability.registerRoutes(app, { auth: config.auth, sources: { queueDepths: () => limiter.queueDepths(), breakerStates: () => ses.breakerStates() } });

  const limits = documentLimits(config.requestLimits);
  const apollo = new ApolloServer<GatewayContext>({
    typeDefs: loadTypeDefs(),
    resolvers: observability.wrapResolvers(buildResolvers({ regions })),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
    introspection: config.graphiql.introspection,
    // Apollo's own handlers would stop it and then re-raise the signal, killing the process (exit 143) before
    // Fastify has drained; main.ts handles SIGTERM and SIGINT (src/shutdown.ts).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      // Instead of Apollo's per-field cache-control hook: every response is no-store.
      ...noStorePlugins(),
      // Serves a kept query response after the limits, the role check and pricing have passed (responseCache.ts).
      responseCachePlugin(cache, {
        salt: JSON.stringify([config.accountId, config.requestLimits.maxResponseFields]),
        ...(observability.metrics && { onLookup: (hit: boolean) => observability.metrics?.responseCacheLookup(hit) }),
      }),
      // Document limits first, then the role check: a caller learns it may not run an operation before its price.
      ...limits.plugins,
      authorizationPlugin(),
      // After the role check: a caller who may not run an operation learns that, not its price.
      quotaPricingPlugin({
        ...config.limits,
        ...config.pricing,
        maxQuotaSeconds: config.pricing.maxQuotaSecondsPerRequest,
        defaultRegion: config.defaultRegion,
        ...(identityIndex && { identityIndexComplete: (region: string) => identityIndex.completeNow(region), pricingState: () => identityIndex.pricingState() }),
      }),
      ...(identityIndex ? [identityIndexPlugin()] : []),
      // After pricing: a response refused for its size still reports its price and the SES calls it made.
      responseLimitPlugin({ maxResponseFields: config.requestLimits.maxResponseFields }),
      requestLogPlugin(),
      // After the response limit, whose refusal replaces the errors the audit reads.
      auditPlugin({ ...(auditFile !== undefined && { file: auditFile }), log: app.log }),
      // After the response limit and pricing: it reads the response as the client gets it.
      ...observability.plugins(),
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
      ...(config.graphiql.introspection ? [] : [introspectionRefusalPlugin()]),
    ],
    // Anything not for clients is an unmapped SES failure (mapped now) or a bug (logged with its stack, shown as nothing).
    formatError: errorFormatter({ clientCodes: CLIENT_CODES, log: app.log, logFor: errorLogOf }),
  });
  await apollo.start();

  const liveness = new Liveness();
  const readiness = createReadiness(config, sesOptions, limiter, ses);
  registerHealthRoutes(app, readiness.readiness, liveness);
  await app.register(fastifyApollo(apollo), {
    context: async (request, reply) => {
      // A client that disconnects before its answer, or outlives its deadline (REQUEST_TIMEOUT_MS), releases
      // the SES calls it still had queued: one signal for both, made by the deadline's hook (limits.ts).
      const signal = requestSignal(request);
      const context = createContext({
        ses,
        defaultRegion: config.defaultRegion,
        accountId: config.accountId,
        caller: callerOf(request),
        ...(signal !== undefined && { signal }),
        log: requestLog(request, reply),
        fresh: wantsFreshData(request.headers['cache-control']),
        ...(identityIndex && { identityIndex: identityIndex.forRequest() }),
      });
      // The operation span, continuing the caller's W3C traceparent (nothing when tracing is off).
      observability.startRequest(context, request);
      return context;
    },
  });

  // Reads the index's meta so the first requests are priced by it, and starts reconciling the regions it holds.
  await identityIndex?.start();
  const address = await app.listen({ host: config.host, port: config.port });
  app.log.info(config.auth.summary);
  for (const warning of config.auth.warnings) app.log.warn(warning);
  return {
    url: address,
    app,
    ses,
    limiter,
    readiness: readiness.readiness,
    observability,
    identityIndex,
    async close() {
      await app.close();
      // After the server drained: the last requests' spans are exported too.
      await observability.close();
      await apollo.stop().catch(() => undefined);
      ses.destroy();
      readiness.close();
      liveness.close();
      // Before the limiter: the reconciler's queued calls are given up, not failed.
      await identityIndex?.close();
      await limiter.close();
      await cache.close();
      await auditFile?.close();
    },
  };
}
