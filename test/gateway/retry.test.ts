import { describe, expect, it } from 'vitest';
import { backoffMs, retryThrottled } from '../../src/gateway/ses/retry.js';

const policy = { attempts: 4, baseMs: 100, maxMs: 300 };
const throttle = () => Object.assign(new Error('slow down'), { name: 'TooManyRequestsException' });

describe(backoffMs.name, () => {
  it('doubles the bound each attempt up to maxMs, and draws below it', () => {
    const atTop = () => 0.999999;
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, policy, atTop))).toEqual([99, 199, 299, 299]);
    expect(backoffMs(3, policy, () => 0)).toBe(0);
  });
});

describe(retryThrottled.name, () => {
  it('retries a throttled call and returns its eventual answer', async () => {
    let calls = 0;
    const answer = await retryThrottled(async () => {
      calls += 1;
      if (calls < 3) throw throttle();
      return 'ok';
    }, { ...policy, baseMs: 1 });
    expect([answer, calls]).toEqual(['ok', 3]);
  });

  it('gives up after the budget of attempts with the throttling error', async () => {
    let calls = 0;
    const failing = retryThrottled(async () => {
      calls += 1;
      throw throttle();
    }, { ...policy, baseMs: 1 });
    await expect(failing).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    expect(calls).toBe(4);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const failing = retryThrottled(async () => {
      calls += 1;
      throw Object.assign(new Error('nope'), { name: 'NotFoundException' });
    }, policy);
    await expect(failing).rejects.toMatchObject({ name: 'NotFoundException' });
    expect(calls).toBe(1);
  });
});
