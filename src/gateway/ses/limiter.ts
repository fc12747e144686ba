/**
 * SES quotas, on the calling side: one Bottleneck limiter per (region,
 * operation) spacing calls at the operation's rate, and one write queue per
 * region that lets a single write through at a time, in arrival order.
 *
 * With REDIS_URL set, every limiter keeps its state in Redis (Bottleneck's
 * cluster mode), so all replicas together stay within one quota.
 */
import Bottleneck from 'bottleneck';
import { Redis } from 'ioredis';

export interface LimiterOptions {
  /** Calls per second for operations without their own rate. */
  defaultRate: number;
  /** Calls per second by SES operation name. */
  rates: Record<string, number>;
  /** Redis for state shared by replicas. */
  redisUrl?: string;
  /** Prefix of the limiter keys in Redis; replicas sharing a quota share it. */
  limiterId: string;
}

/**
 * Spacing calls exactly 1/rate apart would let network jitter squeeze two of
 * them into less than an interval at SES; 3% more spacing absorbs that.
 */
const SPACING_MARGIN = 1.03;

export class SesLimiter {
  private readonly limiters = new Map<string, Bottleneck>();
  private readonly connection: Bottleneck.IORedisConnection | undefined;

  constructor(private readonly options: LimiterOptions) {
    if (options.redisUrl) {
      const url = options.redisUrl;
      this.connection = new Bottleneck.IORedisConnection({ client: new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: false }) });
    }
  }

  rateOf(operation: string): number {
    return this.options.rates[operation] ?? this.options.defaultRate;
  }

  /** Runs `call` when the operation's quota allows; writes also wait for the region's write queue. */
  schedule<T>(region: string, operation: string, kind: 'read' | 'write', call: () => Promise<T>): Promise<T> {
    const rated = () => this.limiter(`${region}:${operation}`, { minTime: Math.ceil((1000 / this.rateOf(operation)) * SPACING_MARGIN) }).schedule(call);
    if (kind === 'read') return rated();
    return this.limiter(`${region}:writes`, { maxConcurrent: 1 }).schedule(rated);
  }

  async close(): Promise<void> {
    await Promise.all([...this.limiters.values()].map((limiter) => limiter.stop({ dropWaitingJobs: true }).catch(() => undefined)));
    this.limiters.clear();
    await this.connection?.disconnect(true);
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
      if (this.connection) {
        // With clearDatastore: false, settings already stored in Redis win over the constructor's: re-apply ours.
        void limiter.updateSettings(settings);
      }
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
}
