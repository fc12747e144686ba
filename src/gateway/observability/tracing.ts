/**
 * OpenTelemetry traces, exported over OTLP/HTTP (JSON) when
 * OTEL_EXPORTER_OTLP_ENDPOINT (or _TRACES_ENDPOINT) is set. Without it this
 * module is never loaded into the request path: no provider, no plugin hooks,
 * no wrapped resolvers.
 *
 * One trace per GraphQL request:
 *   `query ConfigurationSets` (SERVER: the operation, continuing an incoming W3C traceparent)
 *     `graphql.resolve Query.configurationSets` (a resolver whose work waited on SES)
 *       `SESv2/ListConfigurationSets` (CLIENT: one SES call, its retries and quota wait included)
 *
 * Which resolvers get a span: only those with code of their own (the schema's
 * plain fields, read by the default resolver, never call SES) are wrapped,
 * and a wrapped resolver's span is made only when its work reaches SES: an
 * SES call starts in its asynchronous flow (tracked with AsyncLocalStorage),
 * or it waits on a request DataLoader (every SES read of a field goes through
 * one). A resolver answered from what it was given makes no span. Calls a
 * DataLoader batches for several resolvers run in the flow of the first
 * resolver that asked, so they hang under its span; the others show their
 * wait as a span with a `loader.load` event.
 *
 * The provider is the gateway's own, not the global one: two gateways in one
 * process (tests) keep apart, and other OpenTelemetry users in the process
 * are not affected. Parents are passed explicitly, so no context manager is
 * registered either.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingHttpHeaders } from 'node:http';
import { performance } from 'node:perf_hooks';
import { defaultTextMapGetter, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { ExportResultCode, W3CTraceContextPropagator, type ExportResult } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type ReadableSpan,
  type Sampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { TracingConfig } from './config.js';
import type { GraphQLOutcome } from './metrics.js';
import type { SesCallSummary, SesTraceSink } from './sesObserver.js';
import { TRACE } from './traced.js';

/** Attribute names. GraphQL and RPC ones are OpenTelemetry's (incubating, so written out here as the package advises); `sesgw.*` are the gateway's. */
const ATTR = {
  GRAPHQL_OPERATION_NAME: 'graphql.operation.name',
  GRAPHQL_OPERATION_TYPE: 'graphql.operation.type',
  GRAPHQL_FIELD_NAME: 'graphql.field.name',
  GRAPHQL_FIELD_PATH: 'graphql.field.path',
  GRAPHQL_PARENT_NAME: 'graphql.parent.name',
  RPC_SYSTEM: 'rpc.system',
  RPC_SERVICE: 'rpc.service',
  RPC_METHOD: 'rpc.method',
  AWS_REGION: 'aws.region',
  CLOUD_REGION: 'cloud.region',
  HTTP_METHOD: 'http.request.method',
  URL_PATH: 'url.path',
  QUOTA_WAIT_MS: 'sesgw.quota_wait_ms',
  RETRIES: 'sesgw.retries',
  ATTEMPTS: 'sesgw.attempts',
  CALL_KIND: 'sesgw.call_kind',
  OUTCOME: 'sesgw.outcome',
  ERROR_CODE: 'sesgw.error_code',
  SES_CALLS: 'sesgw.ses_calls',
  LOADER: 'sesgw.loader',
} as const;


/** A traced request: its operation span, recording. */
interface RequestTrace {
  span: Span;
  context: Context;
  ended: boolean;
}

type TracedContext = GatewayContext & { [TRACE]?: RequestTrace };

/** A wrapped resolver running for a traced request; its span is made on the first wait on SES. */
interface ResolverFrame {
  request: RequestTrace;
  info: GraphQLResolveInfo;
  startedAt: number;
  /** The resolver's result settled: no span may be made for it any more. */
  done?: boolean;
  span?: Span;
  context?: Context;
}

/** A request DataLoader as the tracer watches it; `_cacheKeyFn` is DataLoader's own key function (not in its types). */
interface WatchedLoader {
  load(key: unknown): Promise<unknown>;
  clearAll(): unknown;
  _cacheKeyFn?: (key: unknown) => unknown;
}

type Resolve = (source: unknown, args: unknown, context: TracedContext, info: GraphQLResolveInfo) => unknown;

function samplerOf({ name, ratio }: TracingConfig['sampler']): Sampler {
  switch (name) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(ratio);
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) });
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

/** How often a failing export is logged: a collector that is down should not flood the log. */
const EXPORT_FAILURE_LOG_INTERVAL_MS = 60_000;

/** The OTLP exporter, telling the gateway's log when an export fails (the SDK would only tell its own diag logger, off by default). */
class ReportingExporter implements SpanExporter {
  private lastReport = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly inner: SpanExporter,
    private readonly report: (error: Error | undefined) => void,
  ) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.inner.export(spans, (result) => {
      if (result.code !== ExportResultCode.SUCCESS && Date.now() - this.lastReport > EXPORT_FAILURE_LOG_INTERVAL_MS) {
        this.lastReport = Date.now();
        this.report(result.error);
      }
      done(result);
    });
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** `configurationSets.nodes.0.eventDestinations`, the response path of a field. */
function pathOf(info: GraphQLResolveInfo): string {
  const keys: (string | number)[] = [];
  for (let path: GraphQLResolveInfo['path'] | undefined = info.path; path; path = path.prev) keys.push(path.key);
  return keys.reverse().join('.');
}

interface GatewayTracingOptions {
  config: TracingConfig;
  /** Told when an export fails (at most once a minute). */
  onExportError?: (error: Error | undefined) => void;
  /** For tests: the exporter, instead of OTLP/HTTP. */
  exporter?: SpanExporter;
}

export class GatewayTracing implements SesTraceSink<Context> {
  private readonly provider: BasicTracerProvider;
  private readonly tracer: Tracer;
  private readonly propagator = new W3CTraceContextPropagator();
  private readonly frames = new AsyncLocalStorage<ResolverFrame>();

  constructor({ config, onExportError, exporter }: GatewayTracingOptions) {
    const otlp =
      exporter ??
      new OTLPTraceExporter({
        url: config.tracesUrl,
        headers: config.headers,
        timeoutMillis: config.exportTimeoutMs,
      });
    this.provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
      sampler: samplerOf(config.sampler),
      spanProcessors: [new BatchSpanProcessor(new ReportingExporter(otlp, onExportError ?? (() => {})))],
    });
    this.tracer = this.provider.getTracer('ses-graphql-gateway');
  }

  /**
   * Starts the operation span of a GraphQL request, continuing the caller's
   * trace when `headers` carry a W3C traceparent. A request the sampler
   * leaves out gets nothing attached, so its resolvers run unwrapped.
   */
  startRequest(context: GatewayContext, headers: IncomingHttpHeaders, method: string, path: string): void {
    const parent = headers.traceparent === undefined ? ROOT_CONTEXT : this.propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
    const span = this.tracer.startSpan('GraphQL Operation', { kind: SpanKind.SERVER }, parent);
    if (!span.isRecording()) return;
    span.setAttributes({ [ATTR.HTTP_METHOD]: method, [ATTR.URL_PATH]: path });
    const request: RequestTrace = { span, context: trace.setSpan(ROOT_CONTEXT, span), ended: false };
    (context as TracedContext)[TRACE] = request;
    this.watchLoaders(context, request);
  }

  /** Names the operation span and ends it (semantic conventions: `{type} {name}`, or `{type}` for an unnamed operation). */
  endRequest(context: GatewayContext, operation: { type?: string; name?: string }, outcome: GraphQLOutcome, code: string): void {
    const request = (context as TracedContext)[TRACE];
    if (!request || request.ended) return;
    request.ended = true;
    const { span } = request;
    if (operation.type) {
      span.updateName(operation.name ? `${operation.type} ${operation.name}` : operation.type);
      span.setAttribute(ATTR.GRAPHQL_OPERATION_TYPE, operation.type);
    }
    if (operation.name) span.setAttribute(ATTR.GRAPHQL_OPERATION_NAME, operation.name);
    span.setAttribute(ATTR.OUTCOME, outcome);
    if (code) span.setAttribute(ATTR.ERROR_CODE, code);
    span.setAttribute(ATTR.SES_CALLS, Object.values(context.sesCalls).reduce((sum, n) => sum + n, 0));
    // A user error is the client's: the server span stays unset (semantic conventions for server spans).
    if (outcome === 'fault') span.setStatus({ code: SpanStatusCode.ERROR, message: code });
    span.end();
  }

  /** Every resolver with code of its own, wrapped to open a frame for a traced request (resolvers of other requests run as they are). */
  wrapResolvers<R extends object>(resolvers: R): R {
    const wrapped: Record<string, unknown> = {};
    for (const [typeName, fields] of Object.entries(resolvers) as [string, unknown][]) {
      if (!fields || typeof fields !== 'object' || isScalar(fields)) {
        wrapped[typeName] = fields;
        continue;
      }
      const out: Record<string, unknown> = {};
      for (const [fieldName, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (fieldName.startsWith('__')) out[fieldName] = resolver;
        else if (typeof resolver === 'function') out[fieldName] = this.wrap(resolver as Resolve);
        else if (resolver && typeof resolver === 'object' && typeof (resolver as { resolve?: unknown }).resolve === 'function') {
          out[fieldName] = { ...resolver, resolve: this.wrap((resolver as { resolve: Resolve }).resolve) };
        } else out[fieldName] = resolver;
      }
      wrapped[typeName] = out;
    }
    return wrapped as R;
  }

  /** The parent of an SES call starting now: the resolver it runs for (its span made now if need be); undefined outside a traced request. */
  parentOfCall(): Context | undefined {
    const frame = this.frames.getStore();
    return frame && !frame.request.ended ? this.resolverContext(frame) : undefined;
  }

  callEnded(parent: Context, call: SesCallSummary): void {
    const failed = call.outcome !== 'ok' && call.outcome !== 'client_error';
    const attributes: Attributes = {
      [ATTR.RPC_SYSTEM]: 'aws-api',
      [ATTR.RPC_SERVICE]: 'SESv2',
      [ATTR.RPC_METHOD]: call.operation,
      [ATTR.AWS_REGION]: call.region,
      [ATTR.CLOUD_REGION]: call.region,
      [ATTR.CALL_KIND]: call.kind,
      [ATTR.QUOTA_WAIT_MS]: Math.round(call.quotaWaitMs),
      [ATTR.RETRIES]: call.retries,
      [ATTR.ATTEMPTS]: call.attempts,
      [ATTR.OUTCOME]: call.outcome,
      ...(call.code !== '' && { [ATTR.ERROR_CODE]: call.code }),
    };
    const span = this.tracer.startSpan(`SESv2/${call.operation}`, { kind: SpanKind.CLIENT, startTime: call.startedAt, attributes }, parent);
    if (failed) span.setStatus({ code: SpanStatusCode.ERROR, message: call.code || call.outcome });
    span.end(call.endedAt);
  }

  /** Exports every span ended so far (tests, and before a shutdown). */
  flush(): Promise<void> {
    return this.provider.forceFlush();
  }

  /** Exports what is left and stops; bounded by the exporter's timeout. */
  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }

  private wrap(resolve: Resolve): Resolve {
    const frames = this.frames;
    const end = (frame: ResolverFrame, error?: unknown) => this.endResolver(frame, error);
    return (source, args, context, info) => {
      const request = context?.[TRACE];
      if (request === undefined || request.ended) return resolve(source, args, context, info);
      const frame: ResolverFrame = { request, info, startedAt: performance.now() };
      let result: unknown;
      try {
        result = frames.run(frame, resolve, source, args, context, info);
      } catch (error) {
        end(frame, error);
        throw error;
      }
      if (isPromise(result)) {
        result.then(
          () => end(frame),
          (error: unknown) => end(frame, error),
        );
      } else end(frame);
      return result;
    };
  }

  private resolverContext(frame: ResolverFrame): Context {
    if (frame.context) return frame.context;
    const { info } = frame;
    const span = this.tracer.startSpan(
      `graphql.resolve ${info.parentType.name}.${info.fieldName}`,
      {
        kind: SpanKind.INTERNAL,
        startTime: frame.startedAt,
        attributes: { [ATTR.GRAPHQL_FIELD_NAME]: info.fieldName, [ATTR.GRAPHQL_PARENT_NAME]: info.parentType.name, [ATTR.GRAPHQL_FIELD_PATH]: pathOf(info) },
      },
      frame.request.context,
    );
    frame.span = span;
    frame.context = trace.setSpan(ROOT_CONTEXT, span);
    return frame.context;
  }

  private endResolver(frame: ResolverFrame, error?: unknown): void {
    frame.done = true;
    const { span } = frame;
    if (!span) return;
    if (error !== undefined) {
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      span.setStatus({ code: SpanStatusCode.ERROR, ...(typeof code === 'string' && { message: code }) });
    }
    span.end(performance.now());
  }

  /**
   * A resolver that waits on a DataLoader waits on SES: its span is made
   * then. A load of a key this request's loader has already answered is no
   * wait and makes no span; the first load of a key, and a load joining one
   * still pending, wait on an SES call (this resolver's batch or another's)
   * or on a read another request made. What was answered is kept per key
   * (the loader's own cache key function where it has one), and forgotten
   * with the loader's cache after a write.
   */
  private watchLoaders(context: GatewayContext, request: RequestTrace): void {
    for (const [name, loader] of Object.entries(context.loaders) as [string, WatchedLoader][]) {
      const load = loader.load.bind(loader);
      const clearAll = loader.clearAll.bind(loader);
      const keyOf = loader._cacheKeyFn?.bind(loader) ?? ((key: unknown) => JSON.stringify(key));
      const answered = new Map<unknown, { settled: boolean }>();
      loader.clearAll = () => {
        answered.clear();
        return clearAll();
      };
      loader.load = (key) => {
        const promise = load(key);
        const cacheKey = keyOf(key);
        const known = answered.get(cacheKey);
        if (known?.settled) return promise;
        if (!known) {
          const state = { settled: false };
          answered.set(cacheKey, state);
          const settle = () => {
            state.settled = true;
          };
          promise.then(settle, settle);
        }
        const frame = this.frames.getStore();
        if (frame && frame.request === request && !request.ended && !frame.done) {
          this.resolverContext(frame);
          frame.span?.addEvent('loader.load', { [ATTR.LOADER]: name });
        }
        return promise;
      };
    }
  }
}

/** A custom scalar (GraphQLScalarType), by shape: Apollo and the gateway may hold different copies of graphql. */
function isScalar(value: object): boolean {
  return typeof (value as { serialize?: unknown }).serialize === 'function' && typeof (value as { parseValue?: unknown }).parseValue === 'function';
}
