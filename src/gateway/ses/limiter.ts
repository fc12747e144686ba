/**
 * SES quotas, on the calling side: one Bottleneck limiter per (region,
 * operation) spacing calls at the operation's rate, and one write slot per
 * region that lets a single write through at a time, in arrival order.
 *
 * With REDIS_URL set, every limiter keeps its state in Redis (Bottleneck's
 * cluster mode), so all replicas together stay within one quota and hold one
 * write slot per region.
 */
import Bottleneck from 'bottleneck';
import { Redis } from 'ioredis';
import type { CallScope } from './scope.js';

export interface LimiterOptions {
  /** Calls per second for operations without their own rate. */
  defaultRate: number;
  /** Calls per second by SES operation name. */
  rates: Record<string, number>;
  /** Redis for state shared by replicas. */
  redisUrl?: string;
  /** Prefix of the limiter keys in Redis; replicas sharing a quota share it. */
  limiterId: string;
  /** How long a call may wait for its turn before it fails. @default 60000 */
  queueTimeoutMs: number;
  /** Where limiter and Redis failures are reported. */
  onError?: (error: unknown) => void;
}

/** The limiter itself failed (Redis unreachable): no SES call was made. */
export class LimiterUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The rate limiter is unavailable.', { cause });
    this.name = 'LimiterUnavailableError';
  }
}

/** The call waited longer than the queue timeout for SES quota: no SES call was made. */
export class QueueTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(`Waited ${waitedMs} ms for SES quota.`);
    this.name = 'QueueTimeoutError';
  }
}

/**
 * Spacing calls exactly 1/rate apart would let network jitter squeeze two of
 * them into less than an interval at SES; 3% more spacing absorbs that.
 */
const SPACING_MARGIN = 1.03;

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export class SesLimiter {
  private readonly limiters = new Map<string, Bottleneck>();
  private readonly connection: Bottleneck.IORedisConnection | undefined;
  private readonly report: (error: unknown) => void;

  constructor(private readonly options: LimiterOptions) {
    this.report = options.onError ?? (() => {});
    if (options.redisUrl) {
      const client = new Redis(options.redisUrl, {
        // Fail fast while Redis is away instead of queueing commands, so
        // requests get LIMITER_UNAVAILABLE rather than hanging.
        enableOfflineQueue: false,
        connectTimeout: 2000,
        maxRetriesPerRequest: 1,
      });
      client.on('error', this.report);
      this.connection = new Bottleneck.IORedisConnection({ client });
      this.connection.on('error', this.report);
    }
  }

  rateOf(operation: string): number {
    return this.options.rates[operation] ?? this.options.defaultRate;
  }

  /** Runs one SES call when the operation's rate allows. */
  rated<T>(region: string, operation: string, call: () => Promise<T>, _scope?: CallScope): Promise<T> {
    const minTime = Math.ceil((1000 / this.rateOf(operation)) * SPACING_MARGIN);
    return this.run(this.limiter(`${region}:${operation}`, { minTime }), call);
  }

  /**
   * Runs `work` while holding the region's write slot: one at a time, in
   * arrival order. Retries of a throttled write happen inside `work`, so a
   * write never loses its place to a later one.
   */
  exclusive<T>(region: string, work: () => Promise<T>, _scope?: CallScope): Promise<T> {
    return this.run(this.limiter(`${region}:writes`, { maxConcurrent: 1 }), work);
  }

  async close(): Promise<void> {
    await Promise.all([...this.limiters.values()].map((limiter) => limiter.stop({ dropWaitingJobs: true }).catch(() => undefined)));
    this.limiters.clear();
    await this.connection?.disconnect(true).catch(() => undefined);
  }

  /**
   * Schedules `work` on `limiter`, telling apart a failure of `work` (passed
   * on as it is) from a failure of the limiter (LimiterUnavailableError), and
   * giving up with QueueTimeoutError if `work` has not started in time. A job
   * that starts after its caller gave up returns at once without calling SES.
   */
  private async run<T>(limiter: Bottleneck, work: () => Promise<T>): Promise<T> {
    let abandoned = false;
    let timer: NodeJS.Timeout | undefined;
    const scheduled = limiter
      .schedule(async (): Promise<Outcome<T> | undefined> => {
        if (abandoned) return undefined;
        clearTimeout(timer);
        try {
          return { ok: true, value: await work() };
        } catch (error) {
          return { ok: false, error };
        }
      })
      .catch((error: unknown) => {
        this.report(error);
        throw new LimiterUnavailableError(error);
      });
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abandoned = true;
        reject(new QueueTimeoutError(this.options.queueTimeoutMs));
      }, this.options.queueTimeoutMs);
      timer.unref();
    });
    try {
      const outcome = await Promise.race([scheduled, deadline]);
      if (!outcome) throw new QueueTimeoutError(this.options.queueTimeoutMs);
      if (!outcome.ok) throw outcome.error;
      return outcome.value;
    } finally {
      clearTimeout(timer);
      // The losing promise of the race must not become an unhandled rejection.
      scheduled.catch(() => undefined);
    }
  }

  private limiter(key: string, settings: Bottleneck.ConstructorOptions): Bottleneck {
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = this.connection
        ? new Bottleneck({
            ...settings,
            id: `${this.options.limiterId}:${key}`,
            datastore: 'ioredis',
            connection: this.connection,
            clearDatastore: false,
            // Idle limiters keep their Redis keys for a day, not Bottleneck's 5 minutes of in-process use.
            timeout: 24 * 60 * 60 * 1000,
          })
        : new Bottleneck(settings);
      limiter.on('error', this.report);
      if (this.connection) {
        // With clearDatastore: false, settings already stored in Redis win over the constructor's: re-apply ours.
        // Typed as returning the limiter, it returns a promise in cluster mode; a rejection must not go unhandled.
        Promise.resolve(limiter.updateSettings(settings) as unknown).catch(this.report);
      }
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
}
