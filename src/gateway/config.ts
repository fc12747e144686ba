/**
 * The one place configuration is read: environment variables, validated,
 * with defaults that make `npm start` work on a fresh machine.
 */
import { z } from 'zod';
import { corsOriginsSchema, defaultCorsOrigins, type CorsConfig } from './cors.js';
import { loadAuthConfig, type AuthConfig } from './auth/config.js';
import { graphiqlEnvShape, graphiqlFromEnv, type GraphiQLConfig } from './graphiql.js';
import { identityIndexEnvShape, identityIndexFromEnv, type IdentityIndexConfig } from './identityIndex/config.js';
import { allowedHostsSchema, unsafeBindProblem } from './hostCheck.js';
import { limitsEnvShape, limitsFromEnv, type RequestLimits } from './limits.js';
import { observabilityEnvShape, observabilityFromEnv, type ObservabilityConfig } from './observability/config.js';
import { loggingEnvShape, loggingFromEnv, type LoggingConfig } from './logging.js';
import { pricingEnvShape, pricingFromEnv, type PricingConfig } from './pricing/config.js';
import { responseLimitEnvShape, type ResponseLimits } from './responseLimit.js';
import { defaultRegionIsServed, regionsEnvShape } from './regions.js';

const rateList = z
  .string()
  .transform((text, ctx) => {
    const rates: Record<string, number> = {};
    for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
      const [name, value] = part.split('=');
      const rate = Number(value);
      if (!name || !(rate > 0)) {
        ctx.addIssue({ code: 'custom', message: `expected Operation=rate pairs separated by commas, got "${part}"` });
        return z.NEVER;
      }
      rates[name.trim()] = rate;
    }
    return rates;
  });

const envSchema = z
  .object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  ...regionsEnvShape,
  SES_BACKEND: z.enum(['embedded', 'aws']).optional(),
  AWS_ENDPOINT_URL_SESV2: z.url().optional(),
  AWS_ENDPOINT_URL: z.url().optional(),
  EMULATOR_DATA_DIR: z.string().optional(),
  EMULATOR_QUOTAS: z.enum(['on', 'off']).default('on'),
  SES_DEFAULT_RATE: z.coerce.number().positive().default(1),
  SES_RATES: rateList.default({}),
  SES_RETRY_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  SES_RETRY_BASE_MS: z.coerce.number().int().min(1).default(250),
  SES_RETRY_MAX_MS: z.coerce.number().int().min(1).default(8000),
  SES_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  SES_CONNECT_TIMEOUT_MS: z.coerce.number().int('must be whole milliseconds').min(100, 'must be at least 100 ms').default(3000),
  SES_BREAKER_THRESHOLD: z.coerce.number().int('must be a whole number of faults').min(1).max(1000).default(5),
  SES_BREAKER_HALF_OPEN_MS: z.coerce.number().int('must be whole milliseconds').min(100).max(3_600_000).default(10_000),
  SES_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  CACHE_TTL_SECONDS: z.coerce.number().min(0).default(30),
  CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(10_000),
  CACHE_STORE: z.enum(['redis', 'memory'], { message: "must be 'redis' or 'memory'" }).optional(),
  AWS_ACCOUNT_ID: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id').optional(),
  REDIS_URL: z.string().optional(),
  LIMITER_ID: z.string().default('ses-gateway'),
  LIMITER_FALLBACK_REPLICAS: z
    .union([z.literal('auto'), z.coerce.number().int('must be a whole number of replicas, or auto').min(0, 'must not be negative').max(1000, 'must be at most 1000')])
    .default('auto'),
  // Under Kubernetes' default probe timeout of 1 s, so a slow dependency reads as unready, not as a failed probe.
  READINESS_TIMEOUT_MS: z.coerce.number().int('must be whole milliseconds').min(50, 'must be at least 50 ms').max(60_000, 'must be at most 60000').default(800),
  READINESS_CACHE_MS: z.coerce.number().int('must be whole milliseconds').min(0, 'must not be negative').max(60_000, 'must be at most 60000').default(1000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ...loggingEnvShape,
  CORS_ORIGINS: corsOriginsSchema.optional(),
  // Chromium caps a preflight's cache at 2 hours, Firefox at 24.
  CORS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  ALLOWED_HOSTS: allowedHostsSchema.optional(),
  // Under `docker stop`'s 10 s before SIGKILL, so a forced stop still gets its log line out; Kubernetes allows 30 s.
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int('must be whole milliseconds').min(0, 'must not be negative').max(3_600_000, 'must be at most 3600000 (an hour)').default(8000),
  ...limitsEnvShape,
  ...responseLimitEnvShape,
  ...pricingEnvShape,
  ...identityIndexEnvShape,
  ...graphiqlEnvShape,
  ...observabilityEnvShape,
  })
  .refine((env) => env.SES_RETRY_MAX_MS >= env.SES_RETRY_BASE_MS, { path: ['SES_RETRY_MAX_MS'], message: 'must not be less than SES_RETRY_BASE_MS' })
  .check(defaultRegionIsServed);

export interface GatewayConfig {
  host: string;
  port: number;
  defaultRegion: string;
  /** The account the credentials belong to, for the ARNs of tagged resources. */
  accountId: string;
  /** `embedded` starts the local SESv2 emulator in-process; `aws` talks to `endpoint` or real SES. */
  backend: 'embedded' | 'aws';
  /** An explicit SES endpoint (AWS_ENDPOINT_URL_SESV2, then AWS_ENDPOINT_URL); undefined means the SDK's default. */
  endpoint?: string;
  emulator: { dataDir?: string; quotas: boolean };
  limits: {
    /** Calls per second for operations without their own rate (SES: once per second). */
    defaultRate: number;
    /** Calls per second by SES operation name. */
    rates: Record<string, number>;
    /** How long a call may wait for SES quota before the request fails with UPSTREAM_THROTTLED. */
    queueTimeoutMs: number;
    /** Redis for limiter state shared by every replica; undefined keeps it in process. */
    redisUrl?: string;
    limiterId: string;
    /** While Redis is away: pace at 1/N of each quota (N replicas), 'auto' for the fleet last seen, 0 to refuse calls. */
    fallbackReplicas: number | 'auto';
  };
  retry: { attempts: number; baseMs: number; maxMs: number };
  /** The hard deadline of one SES call, connection included (SES_TIMEOUT_MS). */
  sesTimeoutMs: number;
  /** How long connecting to SES may take (SES_CONNECT_TIMEOUT_MS, capped at SES_TIMEOUT_MS); a call refused or timed out here was never sent, so even a write is retried. */
  sesConnectTimeoutMs: number;
  /** The circuit breaker per (region, operation): faults in a row that open it, and how long it stays open before a probe. */
  breaker: { threshold: number; halfOpenAfterMs: number };
  /**
   * The shared read cache: in Redis (every replica and restart share it) when REDIS_URL is set, unless
   * CACHE_STORE=memory; in this process otherwise. `namespace` keeps fleets sharing one Redis apart.
   */
  cache: { ttlMs: number; maxEntries: number; store: 'memory' | 'redis'; redisUrl?: string; namespace: string };
  /** /readyz: how long each dependency check may take, and how long a round of results answers further probes (READINESS_TIMEOUT_MS, READINESS_CACHE_MS). */
  readiness: { timeoutMs: number; cacheMs: number };
  logLevel: string;
  /** LOG_FORMAT (json or pretty) and AUDIT_LOG_FILE. */
  logging: LoggingConfig;
  /** Which browser origins may call the gateway, and how long browsers keep a preflight's answer. */
  cors: CorsConfig;
  /** Who may call (API keys, JWT) and whether callers must authenticate at all (`auth.enabled`). */
  auth: AuthConfig;
  /** Regions beyond those the installed AWS SDK knows for SES (SES_EXTRA_REGIONS). */
  regions: { extra: string[] };
  /** Host names besides loopback ones that requests may name in their Host header (ALLOWED_HOSTS). */
  allowedHosts: string[];
  /** What one request may ask: document depth, aliases, tokens, directives, cost; body size; deadline; what its response may grow to. */
  requestLimits: RequestLimits & ResponseLimits;
  /** What one request may cost in SES quota, and how an identity scan is priced (MAX_QUOTA_SECONDS_PER_REQUEST, IDENTITY_SCAN_ESTIMATE). */
  pricing: PricingConfig;
  /** Which identities use which configuration set, kept so identity usage needs no scan (IDENTITY_INDEX_*). */
  identityIndex: IdentityIndexConfig;
  /** Whether GraphiQL is served and introspection answered (GRAPHIQL, INTROSPECTION; both on by default, in both modes). */
  graphiql: GraphiQLConfig;
  /** How long SIGTERM/SIGINT waits for in-flight requests (and the SES writes they queued) before the process exits anyway (SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
  /** Who may read /metrics (METRICS_ACCESS, METRICS_TOKEN), and where traces go (OTEL_EXPORTER_OTLP_ENDPOINT and the other OTEL_* variables). */
  observability: ObservabilityConfig;
}

/**
 * SES documents BatchGetMetricData at 16 calls and 160 queries a second (a
 * call carries at most 10 queries, so 16 calls stay within 160 queries);
 * everything else this gateway calls at once a second.
 */
const DOCUMENTED_RATES: Record<string, number> = { BatchGetMetricData: 16 };

/** The account the embedded emulator serves when the access key id is this number. */
export const EMULATOR_ACCOUNT_ID = '123456789012';

/** Redis when REDIS_URL is set (what a fleet needs), unless CACHE_STORE=memory says otherwise. */
function cacheStore(wanted: 'redis' | 'memory' | undefined, redisUrl: string | undefined): 'redis' | 'memory' {
  if (wanted === 'redis' && redisUrl === undefined) throw new Error('Invalid configuration:\n  CACHE_STORE: redis needs REDIS_URL');
  return wanted ?? (redisUrl === undefined ? 'memory' : 'redis');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n  ');
    throw new Error(`Invalid configuration:\n  ${problems}`);
  }
  const e = parsed.data;
  const endpoint = e.AWS_ENDPOINT_URL_SESV2 ?? e.AWS_ENDPOINT_URL;
  const backend = e.SES_BACKEND ?? (endpoint ? 'aws' : 'embedded');
  if (backend === 'aws' && !e.AWS_ACCOUNT_ID) {
    throw new Error('Invalid configuration:\n  AWS_ACCOUNT_ID: required with SES_BACKEND=aws (SES forms resource ARNs with it)');
  }
  const auth = loadAuthConfig(env, backend);
  const unsafeBind = unsafeBindProblem(e.HOST, auth.enabled);
  if (unsafeBind) throw new Error(`Invalid configuration:\n  ${unsafeBind}`);
  const observability = observabilityFromEnv(e, auth.enabled);
  if (observability.problems.length > 0) throw new Error(`Invalid configuration:\n  ${observability.problems.join('\n  ')}`);
  return {
    host: e.HOST,
    port: e.PORT,
    defaultRegion: e.AWS_REGION,
    accountId: e.AWS_ACCOUNT_ID ?? EMULATOR_ACCOUNT_ID,
    backend,
    ...(endpoint !== undefined && { endpoint }),
    emulator: { ...(e.EMULATOR_DATA_DIR !== undefined && { dataDir: e.EMULATOR_DATA_DIR }), quotas: e.EMULATOR_QUOTAS === 'on' },
    limits: {
      defaultRate: e.SES_DEFAULT_RATE,
      rates: { ...DOCUMENTED_RATES, ...e.SES_RATES },
      queueTimeoutMs: e.SES_QUEUE_TIMEOUT_MS,
      ...(e.REDIS_URL !== undefined && { redisUrl: e.REDIS_URL }),
      limiterId: e.LIMITER_ID,
      fallbackReplicas: e.LIMITER_FALLBACK_REPLICAS,
    },
    retry: { attempts: e.SES_RETRY_ATTEMPTS, baseMs: e.SES_RETRY_BASE_MS, maxMs: e.SES_RETRY_MAX_MS },
    sesTimeoutMs: e.SES_TIMEOUT_MS,
    sesConnectTimeoutMs: e.SES_CONNECT_TIMEOUT_MS,
    breaker: { threshold: e.SES_BREAKER_THRESHOLD, halfOpenAfterMs: e.SES_BREAKER_HALF_OPEN_MS },
    cache: {
      ttlMs: e.CACHE_TTL_SECONDS * 1000,
      maxEntries: e.CACHE_MAX_ENTRIES,
      store: cacheStore(e.CACHE_STORE, e.REDIS_URL),
      ...(e.REDIS_URL !== undefined && { redisUrl: e.REDIS_URL }),
      // One fleet (LIMITER_ID) and one account: another fleet, or another account's answers, never mix in.
      namespace: `sesgw:${e.LIMITER_ID}:${e.AWS_ACCOUNT_ID ?? EMULATOR_ACCOUNT_ID}:cache:`,
    },
    readiness: { timeoutMs: e.READINESS_TIMEOUT_MS, cacheMs: e.READINESS_CACHE_MS },
    logLevel: e.LOG_LEVEL,
    logging: loggingFromEnv(e),
    cors: { origins: e.CORS_ORIGINS ?? defaultCorsOrigins(backend), maxAgeSeconds: e.CORS_MAX_AGE_SECONDS },
    auth,
    regions: { extra: e.SES_EXTRA_REGIONS ?? [] },
    allowedHosts: e.ALLOWED_HOSTS ?? [],
    requestLimits: { ...limitsFromEnv(e), maxResponseFields: e.GRAPHQL_MAX_RESPONSE_FIELDS },
    pricing: pricingFromEnv(e),
    identityIndex: identityIndexFromEnv(e),
    graphiql: graphiqlFromEnv(e),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    observability: observability.config,
  };
}
