/**
 * SES sending-independent quotas, as token buckets per (account, region,
 * operation). SES documents most control-plane operations as "no more than
 * once per second" and BatchGetMetricData as 16 calls and 160 queries per
 * second; a bucket holds one second's worth of tokens and refills evenly.
 */
export interface QuotaConfig {
  enabled: boolean;
  /** Calls per second for operations without their own rate. @default 1 */
  defaultRate: number;
  /** Calls per second by operation name. */
  rates: Record<string, number>;
  /** BatchGetMetricData queries per second (each call carries 1 to 10). @default 160 */
  metricQueriesPerSecond: number;
}

const DEFAULT_QUOTAS: QuotaConfig = {
  enabled: true,
  defaultRate: 1,
  rates: { BatchGetMetricData: 16 },
  metricQueriesPerSecond: 160,
};

export function quotaConfig(overrides: Partial<QuotaConfig> | boolean | undefined): QuotaConfig {
  if (overrides === false) return { ...DEFAULT_QUOTAS, enabled: false };
  if (overrides === true || overrides === undefined) return { ...DEFAULT_QUOTAS, rates: { ...DEFAULT_QUOTAS.rates } };
  return {
    ...DEFAULT_QUOTAS,
    ...overrides,
    rates: { ...DEFAULT_QUOTAS.rates, ...overrides.rates },
  };
}

class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly ratePerSecond: number,
    now: number,
  ) {
    this.tokens = ratePerSecond;
    this.updatedAt = now;
  }

  available(now: number): number {
    const elapsed = Math.max(0, now - this.updatedAt) / 1000;
    this.tokens = Math.min(this.ratePerSecond, this.tokens + elapsed * this.ratePerSecond);
    this.updatedAt = now;
    return this.tokens;
  }

  take(count: number): void {
    this.tokens -= count;
  }
}

/**
 * Timers in separate processes drift by fractions of a millisecond; a call
 * spaced exactly one interval after the last must not be refused for that.
 */
const TOLERANCE = 1e-3;

export class QuotaEnforcer {
  private readonly buckets = new Map<string, TokenBucket>();
  config: QuotaConfig;

  constructor(config: QuotaConfig, private readonly clock: () => number = () => performance.now()) {
    this.config = config;
  }

  reconfigure(config: QuotaConfig): void {
    this.config = config;
    this.buckets.clear();
  }

  reset(): void {
    this.buckets.clear();
  }

  rateOf(operation: string): number {
    return this.config.rates[operation] ?? this.config.defaultRate;
  }

  /** Takes the tokens a call needs and returns true, or takes none and returns false. */
  admit(scopeKey: string, operation: string, metricQueries = 0): boolean {
    if (!this.config.enabled) return true;
    const now = this.clock();
    const calls = this.bucket(`${scopeKey}/${operation}`, this.rateOf(operation), now);
    const queries =
      metricQueries > 0 ? this.bucket(`${scopeKey}/${operation}#queries`, this.config.metricQueriesPerSecond, now) : undefined;
    if (calls.available(now) < 1 - TOLERANCE) return false;
    if (queries && queries.available(now) < metricQueries - TOLERANCE) return false;
    calls.take(1);
    queries?.take(metricQueries);
    return true;
  }

  private bucket(key: string, rate: number, now: number): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(rate, now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}
