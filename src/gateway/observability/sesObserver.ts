/**
 * The one instrumentation point of the SES access layer. SesAccess tells an
 * SesObserver what happens to each read and call; this module measures it
 * once (waits, attempts, outcomes) and hands the figures to the metrics and
 * to the tracer, so neither has hooks of its own in the SES layer.
 *
 * Vocabulary: a *call* is one logical SES request a resolver asked for; its
 * *attempts* are the HTTP requests sent for it (the first and each retry).
 * Attempts are what SES counts against its quota and what the emulator's
 * /_emulator/stats counts, so the call counter counts attempts.
 */
import { performance } from 'node:perf_hooks';
import { isExpectedSesError, sesErrorName, toFault } from '../errors.js';
import { classifySesFailure, type CallKind, type SesFailure } from '../ses/retry.js';

/**
 * What became of one attempt that reached SES.
 * - `ok`: SES answered 2xx.
 * - `client_error`: SES answered with an exception the gateway expects (NotFound, AlreadyExists, ...).
 * - `throttled`: SES answered 429 TooManyRequests (retried or not).
 * - `retried`: the attempt failed otherwise (5xx, timeout, reset) and another attempt followed.
 * - `fault`: the attempt failed and no other followed: the call ended with this fault.
 */
export type SesAttemptOutcome = 'ok' | 'client_error' | 'throttled' | 'retried' | 'fault';

/** What became of a whole call: an attempt outcome, or `not_sent` when its last attempt never left the gateway (breaker open, queue timeout, the caller gave up). */
type SesCallOutcome = Exclude<SesAttemptOutcome, 'retried'> | 'not_sent';

interface SesCallStart {
  region: string;
  operation: string;
  kind: CallKind;
  /** How long a write already waited for its region's write slot (ms); 0 for reads. */
  slotWaitMs: number;
}

/** What SesAccess reports. Every method is called on the caller's path: each must be cheap and must not throw. */
export interface SesObserver {
  /** A read looked up in the shared cache: `hit` when an answer (or the same read in flight) was there. */
  cacheLookup(region: string, operation: string, hit: boolean): void;
  /** A call begins; the returned observation follows its attempts. */
  callStarted(call: SesCallStart): SesCallObservation;
}

interface SesCallObservation {
  /** An attempt starts waiting for its rate slot (the fair queue, then the limiter's spacing). */
  queued(): void;
  /** The attempt leaves the queue and is handed to the SDK: one request to SES. */
  sent(): void;
  /** The attempt just made failed with `failure`, and will be retried after a backoff. */
  retrying(failure: SesFailure): void;
  /** The call is over: `error` is its final failure, undefined when it succeeded. */
  ended(error?: unknown): void;
}

/** What the metrics take from the observer. */
export interface SesMetricsSink {
  cacheLookup(operation: string, hit: boolean): void;
  attempt(region: string, operation: string, outcome: SesAttemptOutcome, code: string, seconds: number): void;
  quotaWait(region: string, operation: string, seconds: number): void;
}

/** One finished call, as the tracer records it. */
export interface SesCallSummary extends SesCallStart {
  /** performance.now() at the start and the end. */
  startedAt: number;
  endedAt: number;
  /** Rate-slot waits of every attempt plus the write-slot wait, in ms. */
  quotaWaitMs: number;
  /** Attempts that reached SES. */
  attempts: number;
  /** Retries made (attempts after the first, sent or not). */
  retries: number;
  outcome: SesCallOutcome;
  /** The fault code (UPSTREAM_*) or SES exception name; empty when ok. */
  code: string;
}

/** What the tracer takes: a parent picked when the call starts (undefined: the call is not traced), and the summary at its end. */
export interface SesTraceSink<Parent> {
  parentOfCall(): Parent | undefined;
  callEnded(parent: Parent, call: SesCallSummary): void;
}

/** The outcome and label code of a final failure. */
function failureOutcome(error: unknown): { outcome: Exclude<SesAttemptOutcome, 'ok' | 'retried'>; code: string } {
  if (classifySesFailure(error) === 'throttled') return { outcome: 'throttled', code: '' };
  if (isExpectedSesError(error)) return { outcome: 'client_error', code: sesErrorName(error) ?? '' };
  return { outcome: 'fault', code: String(toFault(error).extensions.code) };
}

class ObservedCall<Parent> implements SesCallObservation {
  private readonly startedAt = performance.now();
  private queuedAt = -1;
  private sentAt = -1;
  private quotaWaitMs = 0;
  /** A write's wait for its write slot, counted with its first attempt's wait for a rate slot. */
  private slotWaitMs: number;
  private attempts = 0;
  private retries = 0;
  private readonly parent: Parent | undefined;

  constructor(
    private readonly start: SesCallStart,
    private readonly metrics: SesMetricsSink | undefined,
    private readonly trace: SesTraceSink<Parent> | undefined,
  ) {
    this.slotWaitMs = start.slotWaitMs;
    this.parent = trace?.parentOfCall();
  }

  queued(): void {
    this.queuedAt = performance.now();
    this.sentAt = -1;
  }

  sent(): void {
    this.sentAt = performance.now();
    this.attempts += 1;
    this.waited(this.sentAt);
  }

  retrying(failure: SesFailure): void {
    const now = performance.now();
    this.retries += 1;
    if (this.sentAt >= 0) this.attemptEnded(now, failure === 'throttled' ? 'throttled' : 'retried', failure === 'throttled' ? '' : failure);
    else this.waited(now);
  }

  ended(error?: unknown): void {
    const now = performance.now();
    let outcome: SesCallOutcome = 'ok';
    let code = '';
    if (error !== undefined) ({ outcome, code } = failureOutcome(error));
    if (this.sentAt >= 0) this.attemptEnded(now, outcome as SesAttemptOutcome, code);
    else {
      // The last attempt never reached SES: its wait still counts, the call counter does not.
      this.waited(now);
      if (error !== undefined) outcome = 'not_sent';
    }
    this.quotaWaitMs += this.slotWaitMs;
    if (this.parent !== undefined && this.trace) {
      this.trace.callEnded(this.parent, {
        ...this.start,
        startedAt: this.startedAt,
        endedAt: now,
        quotaWaitMs: this.quotaWaitMs,
        attempts: this.attempts,
        retries: this.retries,
        outcome,
        code,
      });
    }
  }

  /** Ends the wait of the attempt in the queue (sent, or failed there). */
  private waited(until: number): void {
    if (this.queuedAt < 0) return;
    const ms = until - this.queuedAt + this.slotWaitMs;
    this.queuedAt = -1;
    this.slotWaitMs = 0;
    this.quotaWaitMs += ms;
    this.metrics?.quotaWait(this.start.region, this.start.operation, ms / 1000);
  }

  private attemptEnded(now: number, outcome: SesAttemptOutcome, code: string): void {
    this.metrics?.attempt(this.start.region, this.start.operation, outcome, code, (now - this.sentAt) / 1000);
    this.sentAt = -1;
  }
}

/** The observer SesAccess gets, or undefined when neither metrics nor tracing is on (SesAccess then does nothing extra). */
export function createSesObserver<Parent>(metrics?: SesMetricsSink, trace?: SesTraceSink<Parent>): SesObserver | undefined {
  if (!metrics && !trace) return undefined;
  return {
    cacheLookup: (_region, operation, hit) => metrics?.cacheLookup(operation, hit),
    callStarted: (start) => new ObservedCall(start, metrics, trace),
  };
}
