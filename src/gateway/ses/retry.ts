/**
 * The one retry mechanism for SES throttling. SDK retries are switched off
 * (maxAttempts: 1 on the client), so each attempt here is one SES call and
 * passes through the rate limiter again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { isThrottle } from '../errors.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. @default 5 */
  attempts: number;
  /** The first backoff's upper bound, doubled each attempt. @default 250 */
  baseMs: number;
  /** The largest backoff. @default 8000 */
  maxMs: number;
}

/** "Full jitter" backoff: a uniformly random wait up to the exponential bound, so throttled callers spread out. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1)));
}

export async function retryThrottled<T>(call: () => Promise<T>, policy: RetryPolicy, onRetry?: (attempt: number) => void): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (!isThrottle(error) || attempt >= policy.attempts) throw error;
      onRetry?.(attempt);
      await sleep(backoffMs(attempt, policy));
    }
  }
}
