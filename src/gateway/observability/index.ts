/**
 * Metrics and traces, put together for the HTTP layer (server.ts): what to
 * hook where, and nothing at all for what is switched off. With
 * METRICS_ACCESS=off and no OTLP endpoint, every method here is a no-op and
 * the SES layer gets no observer.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthConfig } from '../auth/config.js';
import type { GatewayContext } from '../context.js';
import type { ObservabilityConfig } from './config.js';
import { GatewayMetrics, type MetricsSources } from './metrics.js';
import { registerMetricsRoute } from './metricsRoute.js';
import { registerRefusalCounting } from './refusals.js';
import { requestObservationPlugin } from './requestPlugin.js';
import { createSesObserver, type SesObserver } from './sesObserver.js';
import { GatewayTracing } from './tracing.js';

interface ObservabilityLog {
  warn(details: object, message: string): void;
}

export class Observability {
  readonly metrics: GatewayMetrics | undefined;
  readonly tracing: GatewayTracing | undefined;
  /** For SesAccess's `observer` option. */
  readonly sesObserver: SesObserver | undefined;

  constructor(
    private readonly config: ObservabilityConfig,
    log: ObservabilityLog,
  ) {
    this.metrics = config.metrics.access === 'off' ? undefined : new GatewayMetrics({ maxOperationNames: config.metrics.maxOperationNames });
    this.tracing = config.tracing
      ? new GatewayTracing({
          config: config.tracing,
          // The URL may carry credentials in its query; the error's own text names the failure.
          onExportError: (error) => log.warn({ err: error }, 'could not export traces to the OTLP endpoint (logged at most once a minute)'),
        })
      : undefined;
    this.sesObserver = createSesObserver(this.metrics, this.tracing);
  }

  /** Hooks that must come before others: refusals are counted before a later hook (compression) encodes the body. */
  registerHooks(app: FastifyInstance): void {
    const metrics = this.metrics;
    if (metrics) registerRefusalCounting(app, (reason) => metrics.refusal(reason));
  }

  /** GET /metrics, reading the queues and breakers from `sources` at each scrape. */
  registerRoutes(app: FastifyInstance, { auth, sources }: { auth: AuthConfig; sources: MetricsSources }): void {
    if (!this.metrics) return;
    this.metrics.watch(sources);
    registerMetricsRoute(app, { metrics: this.metrics, config: this.config.metrics, auth });
  }

  /** Put after every plugin that changes the response. */
  plugins(): ApolloServerPlugin<GatewayContext>[] {
    return this.metrics || this.tracing ? [requestObservationPlugin({ ...(this.metrics && { metrics: this.metrics }), ...(this.tracing && { tracing: this.tracing }) })] : [];
  }

  wrapResolvers<R extends object>(resolvers: R): R {
    return this.tracing ? this.tracing.wrapResolvers(resolvers) : resolvers;
  }

  /** From the context factory: starts the request's operation span, continuing its traceparent. */
  startRequest(context: GatewayContext, request: FastifyRequest): void {
    this.tracing?.startRequest(context, request.headers, request.method, request.url.split('?', 1)[0] ?? request.url);
  }

  /** Exports the spans ended so far. */
  async flush(): Promise<void> {
    await this.tracing?.flush();
  }

  /** After the server stopped taking requests: exports what is left and stops the exporter. */
  async close(): Promise<void> {
    await this.tracing?.shutdown().catch(() => undefined);
  }
}
