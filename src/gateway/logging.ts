/**
 * Request logs. Every line of a request carries its `requestId`, the caller
 * (bound by the authentication hook) and, once Apollo has resolved it, the
 * GraphQL `operationName` and `operationType`; so do the lines the SES layer
 * writes for the request's calls (faults, ambiguous writes, the breaker
 * changes it caused) and the error formatter's. Secrets are kept out by
 * redact paths, a request serializer without headers or query string, and a
 * last scrub of every written line (redaction.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream, LoggerOptions } from 'pino';
import pretty from 'pino-pretty';
import { z } from 'zod';
import type { GatewayContext } from './context.js';
import type { ErrorLog } from './errorFormatting.js';
import { scrubSecrets } from './redaction.js';
import type { SesAccessOptions } from './ses/access.js';
import type { ScopeLog } from './ses/scope.js';

export interface LoggingConfig {
  /** `json` (one JSON object a line, the default) or `pretty` (pino-pretty, for development). */
  format: 'json' | 'pretty';
  /** A file that receives every audit line as well (JSON lines, appended, flushed before the response). */
  auditLogFile?: string;
}

/** The environment variables of logging, for config.ts's schema (LOG_LEVEL is there already). */
export const loggingEnvShape = {
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'LOG_FORMAT must be json or pretty' }).default('json'),
  AUDIT_LOG_FILE: z.string().trim().min(1, 'AUDIT_LOG_FILE must name a file').optional(),
};

export function loggingFromEnv(env: { LOG_FORMAT: 'json' | 'pretty'; AUDIT_LOG_FILE?: string | undefined }): LoggingConfig {
  return { format: env.LOG_FORMAT, ...(env.AUDIT_LOG_FILE !== undefined && { auditLogFile: env.AUDIT_LOG_FILE }) };
}

/** Where a logged object could carry a credential, should anything log headers. */
const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers.cookie',
  'res.headers["set-cookie"]',
];

interface RequestLike {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Fastify's request serializer without the query string: a GET request carries its document and variables there. */
function requestSerializer(request: RequestLike): Record<string, unknown> {
  const query = request.url.indexOf('?');
  return {
    method: request.method,
    url: query < 0 ? request.url : request.url.slice(0, query),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

function callerText(caller: unknown): string {
  if (caller === null || typeof caller !== 'object') return String(caller);
  const { kind, name, role } = caller as { kind?: unknown; name?: unknown; role?: unknown };
  return `${String(kind)} ${String(name)} (${String(role)})`;
}

/** The pino options for Fastify's `logger`. `stream` replaces stdout (tests capture the log with it). */
export function loggerOptions(level: string, logging: LoggingConfig, stream?: DestinationStream): LoggerOptions & { stream?: DestinationStream } {
  const destination =
    logging.format === 'pretty'
      ? pretty({
          destination: stream ?? 1,
          sync: true,
          colorize: stream === undefined && process.stdout.isTTY,
          translateTime: 'SYS:HH:MM:ss.l',
          ignore: 'pid,hostname',
          // pino-pretty prints a `caller` field as text in the line's header; ours is an object.
          customPrettifiers: { caller: (caller) => callerText(caller) },
        })
      : stream;
  return {
    level,
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
    serializers: { req: requestSerializer },
    // The last net: whatever a line carries, secret-shaped text is not written.
    hooks: { streamWrite: scrubSecrets },
    ...(destination !== undefined && { stream: destination }),
  };
}

/** Whether a logger is set to write nothing at all (LOG_LEVEL=silent); Fastify's no-op logger has no level and is not. */
export function isSilent(log: { level?: string }): boolean {
  return log.level === 'silent';
}

/** One request's logger, as the context, the SES layer and the plugins see it. */
export interface RequestLog extends ScopeLog, ErrorLog {
  readonly requestId: string;
  /** Adds fields to every later line of this request, "request completed" included. A field already bound keeps its first value. */
  bind(bindings: Record<string, unknown>): void;
}

/** The request's logger; `bind` rebinds Fastify's request and reply loggers, so Fastify's own lines carry the fields too. */
export function requestLog(request: FastifyRequest, reply: FastifyReply): RequestLog {
  const bound = new Set<string>();
  return {
    requestId: request.id,
    info: (details, message) => request.log.info(details, message),
    warn: (details, message) => request.log.warn(details, message),
    error: (details, message) => request.log.error(details, message),
    bind(bindings) {
      // A silent log writes no line, so there is nothing to bind to (a pino child per binding is dear).
      if (isSilent(request.log)) return;
      // Batched operations share one request: a second binding of a key would write it twice in one JSON line.
      let fresh: Record<string, unknown> | undefined;
      for (const key of Object.keys(bindings)) {
        if (bound.has(key)) continue;
        bound.add(key);
        (fresh ??= {})[key] = bindings[key];
      }
      if (fresh === undefined) return;
      const child = request.log.child(fresh);
      request.log = child;
      reply.log = child;
    },
  };
}

/** A request log that writes to `log` (work outside an HTTP request, tests). */
export function detachedLog(log: FastifyBaseLogger | ErrorLog & ScopeLog, requestId: string): RequestLog {
  return {
    requestId,
    info: (details, message) => log.info(details, message),
    warn: (details, message) => log.warn(details, message),
    error: (details, message) => log.error(details, message),
    bind: () => undefined,
  };
}

const errorLogs = new WeakMap<object, ErrorLog>();

/** The log of the request an error came from (see requestLogPlugin), for the error formatter. */
export function errorLogOf(error: unknown): ErrorLog | undefined {
  return typeof error === 'object' && error !== null ? errorLogs.get(error) : undefined;
}

/**
 * Binds the operation's name and type to the request's log once Apollo has
 * resolved it, and remembers which request each error came from: Apollo's
 * formatError is given no context, and it runs after didEncounterErrors.
 */
export function requestLogPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, operationName }) {
          contextValue.log.bind({ operationName: operationName ?? null, operationType: operation?.operation ?? null });
        },
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) errorLogs.set(error, contextValue.log);
        },
      };
    },
  };
}

type SesLogHooks = Required<Pick<SesAccessOptions, 'onFault' | 'onBreakerChange' | 'onWriteChecked'>>;

/**
 * The SES layer's log lines, written to the log of the request whose call it
 * was (so they carry its request id), or to `log` for the gateway's own calls.
 * A breaker is process-wide; its change is logged with the request whose call
 * tripped it.
 */
export function sesLogHooks(log: ScopeLog): SesLogHooks {
  return {
    onFault: (operation, error, scope) => (scope?.log ?? log).warn({ operation, err: error }, 'SES call failed'),
    onBreakerChange: (change, scope) => {
      const target = scope?.log ?? log;
      const message = `SES circuit breaker ${change.state}: ${change.operation} in ${change.region}`;
      if (change.state === 'open') target.warn({ breaker: change }, message);
      else target.info({ breaker: change }, message);
    },
    onWriteChecked: ({ readError, ...check }, scope) =>
      (scope?.log ?? log).warn({ ...check, ...(readError !== undefined && { err: readError }) }, 'SES write failed after it was sent; its outcome was read back from SES'),
  };
}
