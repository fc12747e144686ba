/**
 * Settings of /metrics (METRICS_*) and of trace export (the standard
 * OpenTelemetry OTEL_* variables), read by the one config loader.
 */
import { z } from 'zod';

/**
 * Who may read /metrics.
 * - `off`: no /metrics route (404).
 * - `open`: anyone whose request passes the Host check.
 * - `authenticated`: a credential the gateway accepts for /graphql (API key or JWT, any role), or METRICS_TOKEN.
 * - `token`: only `Authorization: Bearer <METRICS_TOKEN>`.
 */
const METRICS_ACCESS_MODES = ['off', 'open', 'authenticated', 'token'] as const;
type MetricsAccess = (typeof METRICS_ACCESS_MODES)[number];

export interface MetricsConfig {
  access: MetricsAccess;
  /** The bearer token Prometheus sends (METRICS_TOKEN); never logged. */
  token?: string;
  /** Distinct GraphQL operation names kept as label values; later names are counted as `other`. @default 100 */
  maxOperationNames: number;
}

type SamplerName = 'always_on' | 'always_off' | 'traceidratio' | 'parentbased_always_on' | 'parentbased_always_off' | 'parentbased_traceidratio';

export interface TracingConfig {
  /** Where spans are POSTed (OTLP/HTTP, JSON). */
  tracesUrl: string;
  /** Sent with every export (OTEL_EXPORTER_OTLP_HEADERS / _TRACES_HEADERS), e.g. a collector's API key; never logged. */
  headers: Record<string, string>;
  serviceName: string;
  sampler: { name: SamplerName; ratio: number };
  /** How long one export may take (OTEL_EXPORTER_OTLP_TIMEOUT / _TRACES_TIMEOUT). @default 10000 */
  exportTimeoutMs: number;
}

const DEFAULT_SERVICE_NAME = 'ses-graphql-gateway';
const DEFAULT_MAX_OPERATION_NAMES = 100;

const optionalText = z
  .string()
  .transform((text) => text.trim())
  .optional()
  .transform((text) => (text === '' ? undefined : text));

const otlpUrl = optionalText.pipe(
  z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. http://otel-collector:4318' })
    .optional(),
);

/** OTEL_EXPORTER_OTLP_HEADERS: `key=value` pairs separated by commas, values URL-encoded (the OpenTelemetry format). */
const otlpHeaders = optionalText.transform((text, ctx) => {
  const headers: Record<string, string> = {};
  if (text === undefined) return headers;
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = part.indexOf('=');
    const key = at > 0 ? part.slice(0, at).trim().toLowerCase() : '';
    if (!/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(key)) {
      // The value may be a secret: name the key's position, never the text.
      ctx.addIssue({ code: 'custom', message: 'expected key=value pairs separated by commas (e.g. "x-api-key=abc,tenant=ops"); one entry has no valid header name' });
      return z.NEVER;
    }
    try {
      headers[key] = decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      ctx.addIssue({ code: 'custom', message: `the value of "${key}" is not valid URL encoding` });
      return z.NEVER;
    }
  }
  return headers;
});

const protocol = optionalText.pipe(
  z
    .enum(['http/json'], {
      error:
        'this gateway exports OTLP over HTTP with JSON bodies only: set http/json or leave it unset (the OpenTelemetry Collector and Jaeger accept JSON on their OTLP/HTTP port, 4318)',
    })
    .optional(),
);

/** An empty variable counts as unset (z.coerce.number would read it as 0). */
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const timeoutMs = z.preprocess(blankAsUnset, z.coerce.number().int('must be whole milliseconds').min(100, 'must be at least 100 ms').max(120_000, 'must be at most 120000 ms').optional());

/** The environment variables of metrics and tracing, for config.ts's schema. */
export const observabilityEnvShape = {
  METRICS_ACCESS: optionalText.pipe(z.enum(METRICS_ACCESS_MODES, { error: `must be one of ${METRICS_ACCESS_MODES.join(', ')}` }).optional()),
  METRICS_TOKEN: optionalText.pipe(
    z
      .string()
      .min(16, 'must be at least 16 characters (generate one with `openssl rand -hex 32`)')
      .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces (it is sent as a bearer token)')
      .optional(),
  ),
  METRICS_MAX_OPERATION_NAMES: z.coerce.number().int('must be a whole number').min(1).max(10_000).default(DEFAULT_MAX_OPERATION_NAMES),
  OTEL_SDK_DISABLED: optionalText.pipe(z.enum(['true', 'false'], { error: 'must be true or false' }).optional()),
  OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpUrl,
  OTEL_EXPORTER_OTLP_PROTOCOL: protocol,
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: protocol,
  OTEL_EXPORTER_OTLP_HEADERS: otlpHeaders,
  OTEL_EXPORTER_OTLP_TRACES_HEADERS: otlpHeaders,
  OTEL_EXPORTER_OTLP_TIMEOUT: timeoutMs,
  OTEL_EXPORTER_OTLP_TRACES_TIMEOUT: timeoutMs,
  OTEL_SERVICE_NAME: optionalText,
  OTEL_TRACES_SAMPLER: optionalText.pipe(
    z
      .enum(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'], {
        error: 'must be one of always_on, always_off, traceidratio, parentbased_always_on, parentbased_always_off, parentbased_traceidratio',
      })
      .optional(),
  ),
  OTEL_TRACES_SAMPLER_ARG: z.preprocess(blankAsUnset, z.coerce.number().min(0, 'must be a ratio from 0 to 1').max(1, 'must be a ratio from 0 to 1').optional()),
};

type ObservabilityEnv = z.output<z.ZodObject<typeof observabilityEnvShape>>;

/**
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is used as is; OTEL_EXPORTER_OTLP_ENDPOINT
 * is a base URL to which the signal's path is appended (the OpenTelemetry rule).
 */
function tracesUrlOf(env: Pick<ObservabilityEnv, 'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'>): string | undefined {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
}

export interface ObservabilityConfig {
  metrics: MetricsConfig;
  /** Undefined when no OTLP endpoint is set (or OTEL_SDK_DISABLED=true): nothing is traced. */
  tracing?: TracingConfig;
}

/**
 * The settings, or the problems with them (each naming its variable).
 * `authEnabled` decides METRICS_ACCESS's default: with authentication on,
 * /metrics asks for a credential too.
 */
export function observabilityFromEnv(env: ObservabilityEnv, authEnabled: boolean): { config: ObservabilityConfig; problems: string[] } {
  const problems: string[] = [];
  const token = env.METRICS_TOKEN;
  const access: MetricsAccess = env.METRICS_ACCESS ?? (token !== undefined ? 'token' : authEnabled ? 'authenticated' : 'open');
  if (access === 'token' && token === undefined) problems.push('METRICS_ACCESS: token needs METRICS_TOKEN (the bearer token Prometheus sends)');
  if (access === 'authenticated' && !authEnabled) {
    problems.push('METRICS_ACCESS: authenticated needs authentication configured (API keys or JWT); use token with METRICS_TOKEN, or open');
  }
  if (token !== undefined && (access === 'open' || access === 'off')) {
    problems.push(`METRICS_TOKEN: set, but METRICS_ACCESS=${access} never asks for it; remove one of them`);
  }
  const metrics: MetricsConfig = { access, ...(token !== undefined && { token }), maxOperationNames: env.METRICS_MAX_OPERATION_NAMES };
  const tracesUrl = tracesUrlOf(env);
  if (tracesUrl === undefined || env.OTEL_SDK_DISABLED === 'true') return { config: { metrics }, problems };
  const samplerName = env.OTEL_TRACES_SAMPLER ?? 'parentbased_always_on';
  return {
    config: {
      metrics,
      tracing: {
        tracesUrl,
        headers: { ...env.OTEL_EXPORTER_OTLP_HEADERS, ...env.OTEL_EXPORTER_OTLP_TRACES_HEADERS },
        serviceName: env.OTEL_SERVICE_NAME ?? DEFAULT_SERVICE_NAME,
        sampler: { name: samplerName, ratio: env.OTEL_TRACES_SAMPLER_ARG ?? 1 },
        exportTimeoutMs: env.OTEL_EXPORTER_OTLP_TRACES_TIMEOUT ?? env.OTEL_EXPORTER_OTLP_TIMEOUT ?? 10_000,
      },
    },
    problems,
  };
}
