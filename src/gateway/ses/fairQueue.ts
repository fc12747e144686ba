/**
 * Fair queueing in front of a rate gate. Every caller waits in its own FIFO
 * queue; the gate (Bottleneck, which is what makes a fleet share one quota
 * through Redis) is handed one ticket at a time, and each ticket that starts
 * serves the next caller in turn. A caller with one call waiting behind
 * another caller's forty therefore waits about one turn per active caller.
 *
 * Calls whose caller gave up (queue timeout, or the scope's signal aborted)
 * leave their queue at once: they never take a turn, a rate slot or an SES
 * call, and the calls behind them move up.
 */
import { AsyncResource } from 'node:async_hooks';

/** The call waited longer than the queue timeout for SES quota: no SES call was made. */
class QueueTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(`Waited ${waitedMs} ms for SES quota.`);
    this.name = 'QueueTimeoutError';
  }
}

/** The caller gave up (disconnected, or its deadline passed) before the call's turn came: no SES call was made. */
export class CallAbandonedError extends Error {
  constructor(reason: unknown) {
    super('The caller gave up before its SES call started.', { cause: reason });
    this.name = 'CallAbandonedError';
  }
}

/**
 * What a caller's give-up becomes: a reason the aborting code chose (for
 * example a deadline's own error) passes through; a bare abort becomes
 * CallAbandonedError.
 */
export function abandonment(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  return reason instanceof Error && reason.name !== 'AbortError' ? reason : new CallAbandonedError(reason);
}

/**
 * One 'abort' listener per signal, however many queued calls watch it: a
 * request with hundreds of queued calls would otherwise trip Node's
 * listener-leak warning. The signal's listener is removed with the last
 * watcher: Node keeps a composite or timeout signal (AbortSignal.any,
 * AbortSignal.timeout) alive for as long as it has an 'abort' listener, and
 * with it everything the listener reaches, such as a whole request context.
 */
const watchers = new WeakMap<AbortSignal, { listeners: Set<() => void>; onSignal: () => void }>();

export function onAbort(signal: AbortSignal, listener: () => void): () => void {
  let watch = watchers.get(signal);
  if (!watch) {
    const listeners = new Set<() => void>();
    const onSignal = () => {
      watchers.delete(signal);
      for (const notify of [...listeners]) notify();
    };
    watch = { listeners, onSignal };
    watchers.set(signal, watch);
    signal.addEventListener('abort', onSignal, { once: true });
  }
  const { listeners, onSignal } = watch;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && watchers.get(signal)?.listeners === listeners) {
      watchers.delete(signal);
      signal.removeEventListener('abort', onSignal);
    }
  };
}

/** Starts a ticket when the rate allows; settles when the ticket does, or rejects if the gate itself failed. */
export type Gate = (ticket: () => Promise<void>) => Promise<void>;

interface FairQueueOptions {
  gate: Gate;
  /** How long a call may wait for its turn before it fails with QueueTimeoutError. */
  queueTimeoutMs: number;
  /** What a call gets when the gate failed before serving it (the limiter's Redis is away). */
  gateFailure: (error: unknown) => Error;
  /** Where gate failures are reported. */
  onError?: (error: unknown) => void;
}

interface QueuedCall {
  readonly callerId: string;
  /** Runs the call and settles its promise; never rejects. */
  run(): Promise<void>;
  /** Settles the call's promise with `error` without running it. */
  fail(error: unknown): void;
}

export class FairQueue {
  /** Callers with calls waiting, in turn order; a caller leaves the map when its queue empties. */
  private readonly callers = new Map<string, QueuedCall[]>();
  private ticketWaiting = false;
  /** The caller served by the last ticket, still at the front of the round. */
  private lastServed: string | undefined;
  private closedWith: Error | undefined;

  constructor(private readonly options: FairQueueOptions) {}

  /** Calls waiting for their turn, all callers together. */
  get size(): number {
    let size = 0;
    for (const queue of this.callers.values()) size += queue.length;
    return size;
  }

  /** Callers with at least one call waiting. */
  get activeCallers(): number {
    return this.callers.size;
  }

  /** Runs `work` in `callerId`'s turn; rejects without running it if the caller gives up first. */
  submit<T>(callerId: string, work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    // A ticket serves whichever caller's turn it is, in the flow of whoever asked for the ticket: the work runs
    // in its own submitter's async context instead, so AsyncLocalStorage (a trace's resolver) follows the call.
    const inOwnContext = AsyncResource.bind(work);
    if (signal?.aborted) return Promise.reject(abandonment(signal));
    return new Promise<T>((resolve, reject) => {
      const unwatch = signal ? onAbort(signal, () => this.release(call, abandonment(signal))) : () => {};
      const timer = setTimeout(() => this.release(call, new QueueTimeoutError(this.options.queueTimeoutMs)), this.options.queueTimeoutMs);
      timer.unref?.();
      const settled = () => {
        clearTimeout(timer);
        unwatch();
      };
      const call: QueuedCall = {
        callerId,
        async run() {
          settled();
          try {
            resolve(await inOwnContext());
          } catch (error) {
            reject(error);
          }
        },
        fail(error) {
          settled();
          reject(error);
        },
      };
      const queue = this.callers.get(callerId);
      if (queue) queue.push(call);
      else this.callers.set(callerId, [call]);
      this.requestTicket();
    });
  }

  /** Fails every waiting call with `error` and refuses new ones. */
  close(error: Error): void {
    this.closedWith = error;
    for (const queue of this.callers.values()) for (const call of queue) call.fail(error);
    this.callers.clear();
  }

  /** Takes a call that is still waiting out of its queue and fails it; a call already started is left alone. */
  private release(call: QueuedCall, error: unknown): void {
    const queue = this.callers.get(call.callerId);
    const index = queue?.indexOf(call) ?? -1;
    if (!queue || index < 0) return;
    queue.splice(index, 1);
    if (queue.length === 0) this.callers.delete(call.callerId);
    call.fail(error);
  }

  /**
   * The oldest call of the caller whose turn it is. The caller served last
   * goes to the back of the round only now, not when it was served, so a
   * caller that arrived in between is served next.
   */
  private next(): QueuedCall | undefined {
    const last = this.lastServed === undefined ? undefined : this.callers.get(this.lastServed);
    if (last && this.lastServed !== undefined) {
      this.callers.delete(this.lastServed);
      this.callers.set(this.lastServed, last);
    }
    this.lastServed = undefined;
    for (const [callerId, queue] of this.callers) {
      const call = queue.shift();
      if (queue.length === 0) this.callers.delete(callerId);
      else this.lastServed = callerId;
      return call;
    }
    return undefined;
  }

  /**
   * At most one ticket waits at the gate. When it starts, the next one is
   * asked for at once, so throughput is bound by the gate's rate, not by how
   * long SES takes to answer; and a call abandoned meanwhile is simply not
   * there to be picked.
   */
  private requestTicket(): void {
    if (this.ticketWaiting || this.callers.size === 0 || this.closedWith) return;
    this.ticketWaiting = true;
    let started = false;
    this.options
      .gate(async () => {
        started = true;
        this.ticketWaiting = false;
        const call = this.next();
        this.requestTicket();
        await call?.run();
      })
      .catch((error: unknown) => {
        this.options.onError?.(error);
        if (started) return;
        // The gate failed before serving anyone: the call whose turn it was fails, the others try again.
        this.ticketWaiting = false;
        this.next()?.fail(this.options.gateFailure(error));
        this.requestTicket();
      });
  }
}
