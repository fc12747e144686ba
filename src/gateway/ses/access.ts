/**
 * The SES access layer: the only code that talks to SES.
 *
 *   reads:  shared cache -> retry -> limiter (region, operation) -> SESv2Client with a deadline per call
 *   writes: write queue (one per region) -> retry -> limiter -> SESv2Client with a deadline per call
 *           -> cache invalidation; after an ambiguous failure, outside the write slot: read back, report the truth
 *
 * Resolvers never hold an SDK client: every call goes through this layer.
 * Reads of one resource by name go through the per-request DataLoaders
 * (loaders.ts), so a request never asks twice; the four list resolvers
 * (configuration sets, email identities, dedicated IP pools,
 * recommendations) page with `context.ses.read` directly, since a page is
 * keyed by its token and asked once. Changes go through `write` and
 * `readModifyWrite`.
 */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { badUserInput, isExpectedSesError, isFault, toFault } from '../errors.js';
import type { SesObserver } from '../observability/sesObserver.js';
import { UNKNOWN_REGION_HINT, type KnownRegions } from '../regions.js';
import { SesBreakers, CircuitOpenError, DEFAULT_BREAKER, type BreakerOptions, type BreakerState, type BreakerStateChange } from './breaker.js';
import type { Load, ReadCache } from './cache.js';
import { CallAbandonedError, type SesLimiter } from './limiter.js';
import { invalidationsFor, subjectOf } from './invalidation.js';
import { COMMANDS, type InputOf, type OutputOf, type SesOperationName, type SesReads, type SesWrites } from './operations.js';
import { AmbiguousWriteError, ambiguousWriteFault, verificationSubject, verifyWrite, type VerificationRead, type WriteOutcome } from './ambiguousWrites.js';
import { withCallDeadline } from './callDeadline.js';
import { classifySesFailure, isAmbiguousWriteFailure, retrySesCall, type CallKind, type RetryPolicy, type SesFailure } from './retry.js';
import { SYSTEM_SCOPE, type CallScope } from './scope.js';

export interface SesClientOptions {
  /** An explicit endpoint (the emulator, or AWS_ENDPOINT_URL_SESV2); undefined uses the SDK's default for the region. */
  endpoint?: string;
  /** Fixed credentials (the embedded emulator); undefined uses the SDK's default credential chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** The hard deadline of one SES call, connection included (SES_TIMEOUT_MS). */
  timeoutMs: number;
  /** How long connecting to SES may take (SES_CONNECT_TIMEOUT_MS). @default min(timeoutMs, 3000) */
  connectTimeoutMs?: number;
}

/** What checking SES's state after an ambiguous write failure found, for the log. */
interface WriteCheck {
  region: string;
  operation: string;
  outcome: WriteOutcome;
  /** How the write failed: a timeout, a reset or a server error after it was sent. */
  failure: SesFailure;
  /** Why the state could not be read (outcome UNKNOWN). */
  readError?: unknown;
}

export type ReadModifyWritePrepare<K extends keyof SesWrites, T> = (
  readFresh: <R extends keyof SesReads>(read: R, input: InputOf<R>) => Promise<OutputOf<R>>,
) => Promise<{ input: InputOf<K>; result: T } | undefined>;

/** The SES layer as one request sees it: every call carries the request's scope. */
export interface ScopedSes {
  read<K extends keyof SesReads>(region: string, operation: K, input: InputOf<K>): Promise<OutputOf<K>>;
  write<K extends keyof SesWrites>(region: string, operation: K, input: InputOf<K>): Promise<OutputOf<K>>;
  readModifyWrite<K extends keyof SesWrites, T>(region: string, operation: K, prepare: ReadModifyWritePrepare<K, T>): Promise<{ output: OutputOf<K>; result: T } | undefined>;
  /** Whether calls in `region` are allowed: ids that carry an unknown region name nothing. */
  servesRegion(region: string): boolean;
}

export interface SesAccessOptions {
  client: SesClientOptions;
  limiter: SesLimiter;
  cache: ReadCache;
  retry: RetryPolicy;
  /** For tests: the retry backoff's jitter source (retry.ts), so a test can fix the wait. @default Math.random */
  retryRandom?: () => number;
  /** Called for every SES call that failed for a reason not the caller's, before it is mapped; `scope` is the call's (its log carries the request id). */
  onFault?: (operation: string, error: unknown, scope: CallScope) => void;
  /** Told what checking SES's state found after each ambiguous write failure. */
  onWriteChecked?: (check: WriteCheck, scope: CallScope) => void;
  /**
   * The only regions calls may go to. Clients, limiters and write queues are
   * kept per region for the life of the process, so this set is their bound.
   */
  regions: KnownRegions;
  /** The circuit breaker per (region, operation). @default DEFAULT_BREAKER */
  breaker?: BreakerOptions;
  /** Told when a breaker opens, probes or closes (for the log), with the scope of the call that changed it. */
  onBreakerChange?: (change: BreakerStateChange, scope: CallScope | undefined) => void;
  /** Told of every cache lookup, call, attempt and wait, for metrics and traces (observability/sesObserver.ts). */
  observer?: SesObserver;
  /**
   * Told of every SES call that succeeded (reads, writes, and the read-backs
   * after an ambiguous write) with its input and output, after the cache was
   * updated: what keeps derived state such as the identity index current.
   * It must not throw, and must not block.
   */
  onAnswer?: (answer: SesAnswer) => void;
}

/** One successful SES call, as `onAnswer` is told of it. */
export interface SesAnswer {
  region: string;
  operation: SesOperationName;
  kind: CallKind;
  input: unknown;
  output: unknown;
}

/** A write an open breaker refused was never sent: say so, as for a write SES throttled. */
async function neverSentIfRefused<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof CircuitOpenError ? ambiguousWriteFault(error, 'NOT_APPLIED') : error;
  }
}

export class SesAccess {
  private readonly clients = new Map<string, SESv2Client>();

  private readonly breakers: SesBreakers;

  constructor(private readonly options: SesAccessOptions) {
    this.breakers = new SesBreakers({
      ...(options.breaker ?? DEFAULT_BREAKER),
      regions: options.regions,
      ...(options.onBreakerChange !== undefined && { onStateChange: options.onBreakerChange }),
    });
  }

  /** The state of every breaker made so far, for /readyz and /metrics. */
  breakerStates(): BreakerState[] {
    return this.breakers.states();
  }

  /** This access layer with every call made on behalf of `scope`: what a request's context holds. */
  forScope(scope: CallScope): ScopedSes {
    return {
      read: (region, operation, input) => this.read(region, operation, input, scope),
      write: (region, operation, input) => this.write(region, operation, input, scope),
      readModifyWrite: (region, operation, prepare) => this.readModifyWrite(region, operation, prepare, scope),
      servesRegion: (region) => this.options.regions.has(region),
    };
  }

  /** A read, served from the shared cache when another request (or replica) made it recently, unless the request asked for fresh data. */
  read<K extends keyof SesReads>(region: string, operation: K, input: InputOf<K>, scope: CallScope = SYSTEM_SCOPE): Promise<OutputOf<K>> {
    // A shared read runs in the first requester's turn, and is given up only when every requester waiting on it gave up.
    const load = (signal?: AbortSignal) =>
      this.guard(operation, scope, () => this.attempt(region, operation, input, { ...scope, ...(signal !== undefined && { signal }) }, 'read'));
    const subject = subjectOf(operation, input);
    // A fresh read may find SES changed: whatever was kept about its subject, whole responses included, is made
    // stale first, so the read that follows misses (and shares a load only with reads that began after it).
    if (scope.fresh === true) return this.options.cache.invalidate(region, operation, subject).then(() => this.cachedRead(region, operation, input, subject, load, scope));
    return this.cachedRead(region, operation, input, subject, load, scope);
  }

  /** A read through the shared cache, recording what the request's response is made of. */
  private cachedRead<K extends keyof SesReads>(region: string, operation: K, input: InputOf<K>, subject: string | undefined, load: Load<OutputOf<K>>, scope: CallScope): Promise<OutputOf<K>> {
    const observer = this.options.observer;
    const dependencies = scope.dependencies;
    const answer = this.options.cache.get({ region, operation, subject, input: JSON.stringify(input) }, load, {
      ...(scope.signal !== undefined && { signal: scope.signal }),
      ...(dependencies !== undefined && { dependencies }),
      ...(observer !== undefined && { onLookup: (hit: boolean) => observer.cacheLookup(region, operation, hit) }),
    });
    // A failed read is never kept, so neither is a response made with it (a NotFound answered as null included).
    if (dependencies) answer.catch(() => dependencies.uncacheable());
    return answer;
  }

  /**
   * A write: it waits for the region's write slot, retries a throttled call
   * inside it (so it keeps its place), then drops every cached read it may
   * have changed.
   */
  async write<K extends keyof SesWrites>(region: string, operation: K, input: InputOf<K>, scope: CallScope = SYSTEM_SCOPE): Promise<OutputOf<K>> {
    this.assertServed(region);
    return this.guard(operation, scope, () =>
      neverSentIfRefused(async () => {
        // Before the write slot, as reads check before their rate slot: an open breaker answers at once.
        this.breakers.assertAvailable(region, operation);
        const slotRequested = performance.now();
        return this.settled(region, scope, () =>
          this.options.limiter.exclusive(region, () => this.writeNow(region, operation, input, scope, performance.now() - slotRequested), scope),
        );
      }),
    );
  }

  /**
   * A read-modify-write, atomic with respect to every other write in the
   * region: `prepare` reads fresh from SES (not from the cache) while the
   * write slot is held, and returns the write's input, or undefined to write
   * nothing. Two concurrent updates of one resource therefore never merge
   * onto the same old state.
   */
  async readModifyWrite<K extends keyof SesWrites, T>(
    region: string,
    operation: K,
    prepare: ReadModifyWritePrepare<K, T>,
    scope: CallScope = SYSTEM_SCOPE,
  ): Promise<{ output: OutputOf<K>; result: T } | undefined> {
    this.assertServed(region);
    return this.guard(operation, scope, () => neverSentIfRefused(() => {
      this.breakers.assertAvailable(region, operation);
      // The prepared result, kept for an ambiguous write settled after the write slot is released.
      let prepared: { result: T } | undefined;
      const slotRequested = performance.now();
      return this.settled(
        region,
        scope,
        () =>
          this.options.limiter.exclusive(
            region,
            async () => {
              const slotWaitMs = performance.now() - slotRequested;
              const next = await prepare((read, input) => this.attempt(region, read, input, scope, 'read'));
              if (!next) return undefined;
              prepared = next;
              return { output: await this.writeNow(region, operation, next.input, scope, slotWaitMs), result: next.result };
            },
            scope,
          ),
        (output) => ({ output, result: (prepared as { result: T }).result }),
      );
    }));
  }

  /** Closes every circuit breaker, forgetting the faults it counted (tests). */
  resetBreakers(): void {
    this.breakers.reset();
  }

  /** The shared read cache, which also keeps whole responses (responseCache.ts). */
  get cache(): ReadCache {
    return this.options.cache;
  }

  /** Forgets every cached read, on every replica sharing the cache (tests, and operators after changing SES outside the gateway). */
  clearCache(): Promise<void> {
    return this.options.cache.clear();
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  /**
   * The write's SES call, retried only while SES cannot have applied it. A
   * failure after the request was sent (timeout, reset, server error) leaves
   * as AmbiguousWriteError, to be settled once the write slot is released; a
   * failure before SES acted (throttled, never sent) says so.
   */
  private async writeNow<K extends keyof SesWrites>(region: string, operation: K, input: InputOf<K>, scope: CallScope, slotWaitMs: number): Promise<OutputOf<K>> {
    try {
      return await this.attempt(region, operation, input, scope, 'write', slotWaitMs);
    } catch (error) {
      const failure = classifySesFailure(error);
      if (isAmbiguousWriteFailure(failure)) throw new AmbiguousWriteError(operation, input, failure, error);
      if (failure === 'throttled' || failure === 'notSent') {
        this.options.onFault?.(operation, error, scope);
        throw ambiguousWriteFault(error, 'NOT_APPLIED');
      }
      throw error;
    } finally {
      // Also after a failure: a write that timed out may still have landed. Before the mutation returns,
      // so that every replica reads this write from then on.
      await Promise.all(invalidationsFor(operation, input).map(({ operation: read, subject }) => this.options.cache.invalidate(region, read, subject)));
    }
  }

  /**
   * One SES call at the operation's rate, each attempt ended by a hard
   * deadline (SES_TIMEOUT_MS) or the request giving up, retried where that is
   * safe for its kind (retry.ts: the only retry there is).
   */
  private attempt<K extends keyof (SesReads & SesWrites)>(
    region: string,
    operation: K,
    input: InputOf<K>,
    scope: CallScope,
    kind: CallKind,
    slotWaitMs = 0,
  ): Promise<OutputOf<K>> {
    const client = this.client(region);
    const Command = COMMANDS[operation];
    const observed = this.options.observer?.callStarted({ region, operation, kind, slotWaitMs });
    const send = () =>
      withCallDeadline(this.options.client.timeoutMs, scope.signal, (abortSignal) => {
        scope.onCall?.(operation);
        observed?.sent();
        return client.send(new Command(input), { abortSignal });
      });
    const retry = {
      kind,
      policy: this.options.retry,
      ...(this.options.retryRandom !== undefined && { random: this.options.retryRandom }),
      ...(scope.signal !== undefined && { signal: scope.signal }),
    };
    if (!observed) return this.told(region, operation, kind, input, retrySesCall(() => this.rated(region, operation, send, scope), retry));
    const result = retrySesCall(
      () => {
        observed.queued();
        return this.rated(region, operation, send, scope);
      },
      { ...retry, onRetry: (_attempt, failure) => observed.retrying(failure) },
    );
    result.then(
      () => observed.ended(),
      (error: unknown) => observed.ended(error),
    );
    return this.told(region, operation, kind, input, result);
  }

  /** Tells `onAnswer` of a call's success (see SesAccessOptions.onAnswer). */
  private told<T>(region: string, operation: SesOperationName, kind: CallKind, input: unknown, result: Promise<T>): Promise<T> {
    const onAnswer = this.options.onAnswer;
    if (!onAnswer) return result;
    return result.then((output) => {
      onAnswer({ region, operation, kind, input, output });
      return output;
    });
  }

  /**
   * Runs a write (`run` holds and releases the write slot) and, when it failed
   * ambiguously, reads SES's state to report the truth: outside the slot, so
   * a hung SES holds it for no longer than the write's own call.
   */
  private async settled<K extends keyof SesWrites, R>(region: string, scope: CallScope, run: () => Promise<R>, fromOutput?: (output: OutputOf<K>) => R): Promise<R> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof AmbiguousWriteError)) throw error;
      const output = await this.truthOf(region, error as AmbiguousWriteError<K>, scope);
      return fromOutput ? fromOutput(output) : (output as R);
    }
  }

  /**
   * Whether a write that failed after it was sent happened: read back with
   * the write's verifier (ambiguousWrites.ts), never from the cache, through
   * the limiter like any read. Applied: the write's output. Not applied, or
   * unknown because the state could not be read: a fault saying which.
   */
  private async truthOf<K extends keyof SesWrites>(region: string, ambiguous: AmbiguousWriteError<K>, scope: CallScope): Promise<OutputOf<K>> {
    const { operation, input, failure } = ambiguous;
    this.options.onFault?.(operation, ambiguous.cause, scope);
    const read: VerificationRead = (readOperation, readInput) => this.attempt(region, readOperation, readInput, scope, 'read');
    const subject = verificationSubject(operation, input, region);
    let verdict;
    try {
      verdict = await verifyWrite(operation, input, read);
    } catch (readError) {
      this.options.onWriteChecked?.({ region, operation, outcome: 'UNKNOWN', failure, readError }, scope);
      throw ambiguousWriteFault(ambiguous.cause, 'UNKNOWN', { failure, subject });
    }
    // A call that timed out may still be running at SES: absent now is not absent for good.
    const outcome: WriteOutcome = verdict.applied ? 'APPLIED' : failure === 'timeout' ? 'UNKNOWN' : 'NOT_APPLIED';
    this.options.onWriteChecked?.({ region, operation, outcome, failure }, scope);
    if (verdict.applied) {
      // The write's own call failed, so onAnswer never heard of it: the read-back says it happened.
      this.options.onAnswer?.({ region, operation, kind: 'write', input, output: verdict.output });
      return verdict.output;
    }
    throw ambiguousWriteFault(ambiguous.cause, outcome === 'UNKNOWN' ? 'UNKNOWN' : 'NOT_APPLIED', { failure, subject, readBack: 'notYet' });
  }

  /**
   * The limiter's rated call behind the (region, operation) circuit breaker
   * (breaker.ts): refused before it waits for a rate slot while the breaker
   * is open, released from the queue when it opens, and the single SES send
   * counted by it.
   */
  private rated<T>(region: string, operation: string, send: () => Promise<T>, scope: CallScope): Promise<T> {
    return this.breakers.admit(region, operation, scope, (queued) =>
      this.options.limiter.rated(region, operation, () => this.breakers.call(region, operation, scope, send), queued),
    );
  }

  /** Expected SES exceptions pass through for the caller to turn into userErrors or null; faults are mapped here. */
  private async guard<T>(operation: string, scope: CallScope, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isExpectedSesError(error) || isFault(error)) throw error;
      // A caller that gave up is no SES failure worth logging.
      // Nor is a call an open breaker refused: the breaker logs its state changes instead.
      if (!(error instanceof CallAbandonedError) && !(error instanceof CircuitOpenError)) this.options.onFault?.(operation, error, scope);
      throw toFault(error);
    }
  }

  /** Resolvers check regions first (the Region scalar, ids); this keeps a slip from growing the per-region state. */
  private assertServed(region: string): void {
    if (!this.options.regions.has(region)) {
      throw badUserInput(`The gateway does not serve the region ${JSON.stringify(region)}. ${UNKNOWN_REGION_HINT}`);
    }
  }

  private client(region: string): SESv2Client {
    this.assertServed(region);
    let client = this.clients.get(region);
    if (!client) {
      const { endpoint, credentials, timeoutMs, connectTimeoutMs } = this.options.client;
      client = new SESv2Client({
        region,
        // Retries happen in exactly one place (retry.ts), through the limiter.
        maxAttempts: 1,
        requestHandler: {
          connectionTimeout: Math.min(timeoutMs, connectTimeoutMs ?? 3000),
          // Without throwOnRequestTimeout the handler only logs a warning when requestTimeout passes.
          requestTimeout: timeoutMs,
          throwOnRequestTimeout: true,
          // An idle socket (SES accepted the request and went silent) ends too; the call's own deadline (attempt) backs all three.
          socketTimeout: timeoutMs,
        },
        ...(endpoint !== undefined && { endpoint }),
        ...(credentials !== undefined && { credentials }),
      });
      this.clients.set(region, client);
    }
    return client;
  }
}
