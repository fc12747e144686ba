/**
 * The gateway's Prometheus metrics (prom-client), in a registry of its own.
 * Every family the gateway defines starts with `sesgw_`; names follow the
 * Prometheus conventions (`_total` counters, `_seconds` histograms, base units).
 * Node's process metrics keep their standard names (process_*, nodejs_*) so
 * the usual Node.js dashboards work unchanged.
 *
 * Label values are bounded: regions by KnownRegions, SES operations by the
 * gateway's own command table, codes by the error mapper; GraphQL operation
 * names, which clients choose, are capped (METRICS_MAX_OPERATION_NAMES).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BreakerState, BreakerStateName } from '../ses/breaker.js';
import type { SesAttemptOutcome, SesMetricsSink } from './sesObserver.js';

const METRIC_PREFIX = 'sesgw_';

/** The label value of operations without a name, and of names past the cap. */
const ANONYMOUS_OPERATION = 'anonymous';
const OTHER_OPERATION = 'other';
/** The operation name and type of a request refused before its operation was known (parse or validation errors). */
export const UNKNOWN_OPERATION = 'unknown';

export type GraphQLOutcome = 'ok' | 'user_error' | 'fault';

/** Why a request was refused before (or instead of) running: the `reason` label of sesgw_refused_requests_total. */
export const REFUSAL_REASONS = [
  'host',
  'cors',
  'auth',
  'auth_unavailable',
  'forbidden',
  'body_size',
  'depth',
  'aliases',
  'directives',
  'tokens',
  'cost',
  'quota_budget',
  'response_size',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A fair queue's depth, for the queue gauge: `queue` is an SES operation, or `writes` for a region's write slot. */
interface QueueDepth {
  region: string;
  queue: string;
  depth: number;
}

export interface MetricsSources {
  queueDepths(): QueueDepth[];
  breakerStates(): BreakerState[];
}

/** Request durations: a warm read answers in milliseconds, a cold one waits about a second per SES call of an operation, REQUEST_TIMEOUT_MS stops at 75 s. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 75];
/** One SES call: tens of ms in a region, SES_TIMEOUT_MS stops at 10 s. */
const CALL_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Quota waits: none while under the rate, about a second per queued call at 1/s, SES_QUEUE_TIMEOUT_MS stops at 60 s. */
const WAIT_BUCKETS = [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60];

const BREAKER_STATES: readonly BreakerStateName[] = ['closed', 'open', 'halfOpen'];
/** Label values in Prometheus's snake_case. */
const BREAKER_LABEL: Record<BreakerStateName, string> = { closed: 'closed', open: 'open', halfOpen: 'half_open' };

/** Keeps the first `max` distinct values and maps every later one to `overflow`. */
class BoundedValues {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly overflow: string,
  ) {}

  value(candidate: string): string {
    if (this.seen.has(candidate)) return candidate;
    if (this.seen.size >= this.max) return this.overflow;
    this.seen.add(candidate);
    return candidate;
  }
}

/** Children of a labelled metric by their label values, so the hot path skips prom-client's label hashing. */
class Children<T> {
  private readonly children = new Map<string, T>();

  constructor(private readonly make: (...values: string[]) => T) {}

  get(...values: string[]): T {
    const key = values.join('\u0000');
    let child = this.children.get(key);
    if (child === undefined) {
      child = this.make(...values);
      this.children.set(key, child);
    }
    return child;
  }
}

/**
 * Node's process metrics, one set per process: each collectDefaultMetrics
 * call starts its own event-loop monitor and GC observer, which a gateway
 * started again in the same process (tests) would otherwise pile up.
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

interface GatewayMetricsOptions {
  /** Distinct operation names kept as label values. @default 100 */
  maxOperationNames: number;
}

export class GatewayMetrics implements SesMetricsSink {
  /** The gateway's own families. */
  readonly registry = new Registry();
  /** What /metrics serves: the gateway's families and the process's. */
  private readonly served: Registry;
  private sources: MetricsSources | undefined;

  private readonly operationNames: BoundedValues;
  /** Codes come from the error mapper and are few; the cap only guards against a bug leaking free text into a label. */
  private readonly codes = new BoundedValues(200, OTHER_OPERATION);

  private readonly requests: Children<Counter.Internal>;
  private readonly requestDuration: Children<Histogram.Internal<string>>;
  private readonly calls: Children<Counter.Internal>;
  private readonly callDuration: Children<Histogram.Internal<string>>;
  private readonly quotaWaits: Children<Histogram.Internal<string>>;
  private readonly cache: Children<Counter.Internal>;
  private readonly responseHits: Counter.Internal;
  private readonly responseMisses: Counter.Internal;
  /** By SES operation (a bounded set: the gateway's command table). */
  private readonly cacheChildren = new Map<string, { hit: Counter.Internal; miss: Counter.Internal }>();
  private readonly refused: Children<Counter.Internal>;

  constructor(options: GatewayMetricsOptions) {
    this.operationNames = new BoundedValues(options.maxOperationNames, OTHER_OPERATION);
    const registers = [this.registry];
    const sources = () => this.sources;

    const requests = new Counter({
      name: `${METRIC_PREFIX}graphql_requests_total`,
      help: 'GraphQL requests answered, by operation name (capped; unnamed: anonymous), operation type and outcome (ok, user_error, fault), with the error code of the first error.',
      labelNames: ['operation_name', 'operation_type', 'outcome', 'code'],
      registers,
    });
    const requestDuration = new Histogram({
      name: `${METRIC_PREFIX}graphql_request_duration_seconds`,
      help: 'Time from the start of a GraphQL request to its response, by operation name and type.',
      labelNames: ['operation_name', 'operation_type'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    const calls = new Counter({
      name: `${METRIC_PREFIX}ses_calls_total`,
      help: 'Requests sent to SES (each attempt, retries included: what SES counts against its quota), by region, SES operation and outcome (ok, client_error, throttled, retried, fault); code: fault code, SES exception or retried failure kind.',
      labelNames: ['region', 'operation', 'outcome', 'code'],
      registers,
    });
    const callDuration = new Histogram({
      name: `${METRIC_PREFIX}ses_call_duration_seconds`,
      help: 'Time SES took to answer one request (one attempt), from its hand-over to the SDK to its answer or failure.',
      labelNames: ['region', 'operation'],
      buckets: CALL_BUCKETS,
      registers,
    });
    const quotaWaits = new Histogram({
      name: `${METRIC_PREFIX}ses_quota_wait_seconds`,
      help: 'Time one SES request waited for quota before it was sent (or failed waiting): its fair-queue turn and rate slot, and for writes the region\'s write slot.',
      labelNames: ['region', 'operation'],
      buckets: WAIT_BUCKETS,
      registers,
    });
    const cache = new Counter({
      name: `${METRIC_PREFIX}ses_cache_lookups_total`,
      help: 'Reads looked up in the shared read cache, by SES operation and result (hit: answered without a new SES call; miss).',
      labelNames: ['operation', 'result'],
      registers,
    });
    const responses = new Counter({
      name: `${METRIC_PREFIX}response_cache_lookups_total`,
      help: 'Queries looked up in the whole-response cache, by result (hit: served without executing; miss: executed).',
      labelNames: ['result'],
      registers,
    });
    this.responseHits = responses.labels('hit');
    this.responseMisses = responses.labels('miss');
    const refused = new Counter({
      name: `${METRIC_PREFIX}refused_requests_total`,
      help: `Requests refused before or instead of running, by reason (${REFUSAL_REASONS.join(', ')}).`,
      labelNames: ['reason'],
      registers,
    });
    new Gauge({
      name: `${METRIC_PREFIX}ses_queue_depth`,
      help: 'SES calls waiting for their turn now, by region and queue (an SES operation\'s rate queue, or writes: the region\'s write slot).',
      labelNames: ['region', 'queue'],
      registers,
      collect() {
        this.reset();
        for (const { region, queue, depth } of sources()?.queueDepths() ?? []) this.set({ region, queue }, depth);
      },
    });
    new Gauge({
      name: `${METRIC_PREFIX}ses_circuit_breaker_state`,
      help: 'Circuit breaker per region and SES operation: 1 for its current state (closed, open, half_open), 0 for the others. Breakers appear once their operation was called.',
      labelNames: ['region', 'operation', 'state'],
      registers,
      collect() {
        this.reset();
        for (const breaker of sources()?.breakerStates() ?? []) {
          for (const state of BREAKER_STATES) this.set({ region: breaker.region, operation: breaker.operation, state: BREAKER_LABEL[state] }, breaker.state === state ? 1 : 0);
        }
      },
    });

    this.requests = new Children((...values) => requests.labels(...values));
    this.requestDuration = new Children((...values) => requestDuration.labels(...values));
    this.calls = new Children((...values) => calls.labels(...values));
    this.callDuration = new Children((...values) => callDuration.labels(...values));
    this.quotaWaits = new Children((...values) => quotaWaits.labels(...values));
    this.cache = new Children((...values) => cache.labels(...values));
    this.refused = new Children((...values) => refused.labels(...values));
    // Every reason shows from the start at 0, so a rate over it works before the first refusal.
    for (const reason of REFUSAL_REASONS) this.refused.get(reason);
    this.served = Registry.merge([this.registry, processMetrics()]);
  }

  /** Where the gauges read the queues and breakers at each scrape. */
  watch(sources: MetricsSources): void {
    this.sources = sources;
  }

  get contentType(): string {
    return this.served.contentType;
  }

  /** The exposition text for a scrape. */
  scrape(): Promise<string> {
    return this.served.metrics();
  }

  /** The label value for an operation name: `anonymous` without one, `other` past the cap. */
  operationName(name: string | null | undefined): string {
    return name ? this.operationNames.value(name) : ANONYMOUS_OPERATION;
  }

  graphqlRequest(operationName: string, operationType: string, outcome: GraphQLOutcome, code: string, seconds: number): void {
    this.requests.get(operationName, operationType, outcome, code === '' ? '' : this.codes.value(code)).inc();
    this.requestDuration.get(operationName, operationType).observe(seconds);
  }

  refusal(reason: RefusalReason): void {
    this.refused.get(reason).inc();
  }

  responseCacheLookup(hit: boolean): void {
    (hit ? this.responseHits : this.responseMisses).inc();
  }

  cacheLookup(operation: string, hit: boolean): void {
    // Every read of every request looks up the cache: its two children per operation are kept at hand.
    let children = this.cacheChildren.get(operation);
    if (children === undefined) {
      children = { hit: this.cache.get(operation, 'hit'), miss: this.cache.get(operation, 'miss') };
      this.cacheChildren.set(operation, children);
    }
    (hit ? children.hit : children.miss).inc();
  }

  attempt(region: string, operation: string, outcome: SesAttemptOutcome, code: string, seconds: number): void {
    this.calls.get(region, operation, outcome, code === '' ? '' : this.codes.value(code)).inc();
    this.callDuration.get(region, operation).observe(seconds);
  }

  quotaWait(region: string, operation: string, seconds: number): void {
    this.quotaWaits.get(region, operation).observe(seconds);
  }
}
