/**
 * Circuit breakers for SES, one per (region, operation), built on cockatiel's
 * CircuitBreakerPolicy with a ConsecutiveBreaker. After `threshold` SES calls
 * in a row failed with an upstream fault, the operation's breaker opens:
 *
 * - New calls are refused at once, before they queue for a rate slot (a call
 *   bound to fail should not wait a second for quota first).
 * - Calls already queued are released at once, with the same refusal.
 * - After `halfOpenAfterMs` one call is let through as a probe; while it runs
 *   the others are still refused. Its success closes the breaker, its fault
 *   opens it again for another `halfOpenAfterMs`.
 *
 * Only upstream faults count: 5xx, timeouts, resets, malformed bodies.
 * Throttles (the limiter's adaptive spacing and the retry budget handle them),
 * the caller's own 4xx (NotFound, AlreadyExists, BadRequest, ...) and a caller
 * giving up are not SES being unwell; an answer of any of those counts as
 * SES being there.
 */
import { BrokenCircuitError, CircuitState, circuitBreaker, ConsecutiveBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import { FaultCode, toFault } from '../errors.js';
import type { KnownRegions } from '../regions.js';
import { onAbort } from './fairQueue.js';
import type { CallScope } from './scope.js';

export interface BreakerOptions {
  /** Upstream faults in a row that open an operation's breaker. @default 5 */
  threshold: number;
  /** How long an open breaker refuses calls before it lets a probe through. @default 10000 */
  halfOpenAfterMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { threshold: 5, halfOpenAfterMs: 10_000 };

export type BreakerStateName = 'closed' | 'open' | 'halfOpen';

/** One breaker's state, for logs, /readyz and /metrics. */
export interface BreakerState {
  region: string;
  operation: string;
  state: BreakerStateName;
  /** When the breaker entered this state (ISO 8601). */
  since: string;
  /** Upstream faults in a row so far (the breaker opens at the threshold). */
  consecutiveFaults: number;
}

export interface BreakerStateChange extends BreakerState {
  /** What the last counted fault was (an SES error name or a network error code), never SES's text. */
  lastFault?: string;
}

/** The operation's breaker is open: no SES call was made. */
export class CircuitOpenError extends Error {
  constructor(
    readonly region: string,
    readonly operation: string,
    /** How long until a probe may go through; 0 while a probe is running. */
    readonly retryAfterMs: number,
  ) {
    super(`SES ${operation} in ${region} failed repeatedly; calls are refused for now.`);
    this.name = 'CircuitOpenError';
  }
}

/** Faults that mean SES (or the way to it) is unwell, by the code the one error mapper gives them. */
const OUTAGE_CODES = new Set<string>([FaultCode.UPSTREAM_UNAVAILABLE, FaultCode.UPSTREAM_TIMEOUT, FaultCode.UPSTREAM_BAD_RESPONSE]);

export function isUpstreamOutage(error: unknown): boolean {
  if (error instanceof CallerGaveUp || error instanceof CircuitOpenError) return false;
  const code = toFault(error).extensions.code;
  return typeof code === 'string' && OUTAGE_CODES.has(code);
}

/** Wraps a failure of a call whose caller had already given up: an abort of ours, not SES's fault. */
class CallerGaveUp extends Error {
  constructor(readonly failure: unknown) {
    super('The caller gave up during the SES call.');
    this.name = 'CallerGaveUp';
  }
}

/** The scope of the call each failure came from: the breaker is shared, its state change is logged for the call that caused it. */
const faultScopes = new WeakMap<object, CallScope>();

const STATE_NAMES: Record<CircuitState, BreakerStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'halfOpen',
  // The gateway never isolates a breaker by hand; were it to, calls are refused as when open.
  [CircuitState.Isolated]: 'open',
};

class OperationBreaker {
  readonly counter: ConsecutiveBreaker;
  readonly policy: CircuitBreakerPolicy;
  since = Date.now();
  /** When the breaker last opened (Date.now()). */
  openedAt = 0;
  /** Whether a probe was let into the queue since the breaker last opened. */
  probeAdmitted = false;
  lastFault: string | undefined;
  /** The queued calls, told when the breaker opens. */
  readonly queued = new Set<(error: CircuitOpenError) => void>();
  /** The scope of the call entering the policy now: cockatiel turns half-open synchronously inside that call's execute. */
  entering: CallScope | undefined;
  /** The scope of the half-open probe, whose outcome closes or reopens the breaker. */
  probe: CallScope | undefined;

  constructor(
    readonly region: string,
    readonly operation: string,
    private readonly options: BreakerOptions,
    onChange: (breaker: OperationBreaker, scope: CallScope | undefined) => void,
  ) {
    this.counter = new ConsecutiveBreaker(options.threshold);
    this.policy = circuitBreaker(handleWhen(isUpstreamOutage), { halfOpenAfter: options.halfOpenAfterMs, breaker: this.counter });
    this.policy.onFailure(({ reason }) => {
      if ('error' in reason) this.lastFault = faultLabel(reason.error);
    });
    this.policy.onStateChange((state) => {
      this.since = Date.now();
      this.probeAdmitted = false;
      // Whose call changed the state: the one whose fault opened it, the probe that half-opened or closed it.
      const failure = this.policy.lastFailure;
      const scope =
        state === CircuitState.Open && failure && 'error' in failure ? (faultScopes.get(failure.error as object) ?? this.probe) : state === CircuitState.HalfOpen ? this.entering : this.probe;
      if (state === CircuitState.HalfOpen) this.probe = this.entering;
      // cockatiel closes on a probe that met an error it does not handle (NotFound: SES answered) without telling the counter.
      if (state === CircuitState.Closed) this.counter.success();
      if (state === CircuitState.Open) {
        this.openedAt = this.since;
        const refusal = this.refusal();
        for (const release of [...this.queued]) release(refusal);
      }
      onChange(this, scope);
    });
  }

  get stateName(): BreakerStateName {
    return STATE_NAMES[this.policy.state];
  }

  /** The refusal for a call now, or undefined when it may go on (as a probe, if `admitProbe` and the wait is over). */
  refuse(admitProbe: boolean): CircuitOpenError | undefined {
    const state = this.policy.state;
    if (state === CircuitState.Closed) return undefined;
    if (state === CircuitState.Open && Date.now() - this.openedAt >= this.options.halfOpenAfterMs && !this.probeAdmitted) {
      if (admitProbe) this.probeAdmitted = true;
      return undefined;
    }
    return this.refusal();
  }

  refusal(): CircuitOpenError {
    const wait = this.policy.state === CircuitState.Open ? Math.max(0, this.openedAt + this.options.halfOpenAfterMs - Date.now()) : 0;
    return new CircuitOpenError(this.region, this.operation, wait);
  }

  snapshot(): BreakerState {
    return {
      region: this.region,
      operation: this.operation,
      state: this.stateName,
      since: new Date(this.since).toISOString(),
      consecutiveFaults: this.counter.state,
    };
  }
}

/** An SES error name or network error code: what a log line may say of a fault. */
function faultLabel(error: unknown): string {
  if (error instanceof CallerGaveUp) return faultLabel(error.failure);
  const code = (error as { code?: unknown } | undefined)?.code;
  const name = error instanceof Error ? error.name : typeof error;
  return typeof code === 'string' ? `${name} (${code})` : name;
}

interface SesBreakersOptions extends BreakerOptions {
  /** Breakers exist only for these regions: the bound on their number, with the fixed set of operations. */
  regions: KnownRegions;
  /** Told of every state change, for the log, with the scope of the call that caused it. */
  onStateChange?: (change: BreakerStateChange, scope: CallScope | undefined) => void;
}

export class SesBreakers {
  private readonly breakers = new Map<string, OperationBreaker>();

  constructor(private readonly options: SesBreakersOptions) {}

  /** Every breaker made so far (one per region and operation called), for /readyz and /metrics. */
  states(): BreakerState[] {
    return [...this.breakers.values()].map((breaker) => breaker.snapshot());
  }

  /** Closes every breaker by forgetting it (tests start each case from a healthy SES). */
  reset(): void {
    this.breakers.clear();
  }

  /** Refuses at once when the operation's breaker would refuse the call; never takes the probe's place. */
  assertAvailable(region: string, operation: string): void {
    const refusal = this.breaker(region, operation).refuse(false);
    if (refusal) throw refusal;
  }

  /**
   * Runs `enqueue` (the call's wait for its rate slot, then the call) unless
   * the breaker refuses it. The scope handed to `enqueue` carries a signal
   * that also fires when the breaker opens, so a queued call leaves its
   * queue at once instead of waiting for a slot it cannot use.
   */
  async admit<T>(region: string, operation: string, scope: CallScope, enqueue: (scope: CallScope) => Promise<T>): Promise<T> {
    const breaker = this.breaker(region, operation);
    const wasProbeAdmitted = breaker.probeAdmitted;
    const refusal = breaker.refuse(true);
    if (refusal) throw refusal;
    const isProbe = !wasProbeAdmitted && breaker.probeAdmitted;
    const leave = new AbortController();
    const release = (error: CircuitOpenError) => leave.abort(error);
    breaker.queued.add(release);
    const outer = scope.signal;
    if (outer?.aborted) leave.abort(outer.reason);
    const unwatch = outer ? onAbort(outer, () => leave.abort(outer.reason)) : () => {};
    try {
      return await enqueue({ ...scope, signal: leave.signal });
    } finally {
      breaker.queued.delete(release);
      unwatch();
      // A probe that left before its call (its caller gave up) frees the place for the next one.
      if (isProbe && breaker.policy.state === CircuitState.Open) breaker.probeAdmitted = false;
    }
  }

  /** Makes the single SES call `send` through the breaker, which counts its outcome. */
  async call<T>(region: string, operation: string, scope: CallScope, send: () => Promise<T>): Promise<T> {
    const breaker = this.breaker(region, operation);
    breaker.entering = scope;
    try {
      return await breaker.policy.execute(async () => {
        try {
          return await send();
        } catch (error) {
          if (typeof error === 'object' && error !== null) faultScopes.set(error, scope);
          throw scope.signal?.aborted ? new CallerGaveUp(error) : error;
        }
      });
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw breaker.refusal();
      if (error instanceof CallerGaveUp) throw error.failure;
      // SES answered (NotFound, a throttle, ...): faults since are no longer in a row. cockatiel passes such errors by uncounted.
      if (!isUpstreamOutage(error) && breaker.policy.state === CircuitState.Closed) breaker.counter.success();
      throw error;
    }
  }

  private breaker(region: string, operation: string): OperationBreaker {
    const key = `${region}\u0000${operation}`;
    let breaker = this.breakers.get(key);
    if (!breaker) {
      if (!this.options.regions.has(region)) throw new Error(`No breaker for the region ${JSON.stringify(region)}: the gateway does not serve it.`);
      breaker = new OperationBreaker(region, operation, this.options, (changed, scope) =>
        this.options.onStateChange?.({ ...changed.snapshot(), ...(changed.lastFault !== undefined && { lastFault: changed.lastFault }) }, scope),
      );
      this.breakers.set(key, breaker);
    }
    return breaker;
  }
}
