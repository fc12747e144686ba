import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SesLimiter } from '../../src/gateway/ses/limiter.js';
import { retrySesCall } from '../../src/gateway/ses/retry.js';

// Bottleneck runs on Date.now() and setTimeout, both faked here, so its spacing is exact and the tests take no time.
const limiterAt = (defaultRate: number, queueTimeoutMs = 60_000) => new SesLimiter({ defaultRate, rates: {}, limiterId: 'test', queueTimeoutMs });
const settle = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: Error) => error.name);
const throttle = () => Object.assign(new Error('Too many requests.'), { name: 'TooManyRequestsException' });

let limiter: SesLimiter;
beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(async () => {
  // Closing waits on Bottleneck's timers: fake time must run for it, or a test that failed mid-burst hangs here.
  const closed = limiter.close();
  await vi.advanceTimersByTimeAsync(60_000);
  await closed;
  vi.useRealTimers();
});

describe(SesLimiter.name, () => {
  it('gives the rate slot of a call that timed out in the queue to the next call', async () => {
    // The probe from the report: 5 calls a second (one per 206 ms with the margin), a 300 ms queue timeout, a burst of 5.
    limiter = limiterAt(5, 300);
    const sent: number[] = [];
    const call = async () => {
      sent.push(Date.now());
    };
    const burst = Array.from({ length: 5 }, () => settle(limiter.rated('us-east-1', 'GetAccount', call)));
    await vi.advanceTimersByTimeAsync(350);
    // SES has been idle since the second call (206 ms); the sixth call must take the next slot, not time out.
    const sixth = settle(limiter.rated('us-east-1', 'GetAccount', call));
    await vi.advanceTimersByTimeAsync(2000);
    expect(await Promise.all(burst)).toEqual(['ok', 'ok', 'QueueTimeoutError', 'QueueTimeoutError', 'QueueTimeoutError']);
    expect(await sixth).toBe('ok');
    // Three SES calls in all, about 206 ms apart (Bottleneck's own ticks shift each by a millisecond), the third the sixth call's.
    expect(sent).toHaveLength(3);
    expect(sent[1]! - sent[0]!).toBeGreaterThanOrEqual(200);
    expect(sent[2]! - sent[1]!).toBeGreaterThanOrEqual(200);
    expect(sent[2]).toBeLessThan(350 + 300);
  });

  it('serves a caller with one call after one turn of a caller with forty queued', async () => {
    limiter = limiterAt(10);
    const started: string[] = [];
    const callOf = (name: string) => async () => {
      started.push(name);
    };
    const big = Array.from({ length: 40 }, (_, i) => limiter.rated('us-east-1', 'GetConfigurationSet', callOf(`a${i}`), { callerId: 'a' }));
    await vi.advanceTimersByTimeAsync(50);
    const small = limiter.rated('us-east-1', 'GetConfigurationSet', callOf('b'), { callerId: 'b' });
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all([...big, small]);
    // a0 was sent before b arrived; b takes the very next slot.
    expect(started.indexOf('b')).toBe(1);
    expect(started).toHaveLength(41);
  });

  it('releases every queued call of a caller that gave up, and moves the others up', async () => {
    limiter = limiterAt(10);
    const started: string[] = [];
    const callOf = (name: string) => async () => {
      started.push(name);
    };
    const gaveUp = new AbortController();
    const big = Array.from({ length: 20 }, (_, i) => settle(limiter.rated('us-east-1', 'GetConfigurationSet', callOf(`a${i}`), { callerId: 'a', signal: gaveUp.signal })));
    const others = Array.from({ length: 3 }, (_, i) => limiter.rated('us-east-1', 'GetConfigurationSet', callOf(`b${i}`), { callerId: 'b' }));
    await vi.advanceTimersByTimeAsync(150);
    gaveUp.abort();
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(others);
    const outcomes = await Promise.all(big);
    // a0 and b0 had started (0 and 103 ms); nothing of a's starts after the abort, and b's calls take the next slots.
    expect(started).toEqual(['a0', 'b0', 'b1', 'b2']);
    expect(outcomes.filter((outcome) => outcome === 'CallAbandonedError')).toHaveLength(19);
    // A caller already gone queues nothing.
    await expect(limiter.rated('us-east-1', 'GetConfigurationSet', callOf('late'), { callerId: 'a', signal: gaveUp.signal })).rejects.toMatchObject({ name: 'CallAbandonedError' });
    expect(started).not.toContain('late');
  });

  it('keeps each caller\'s writes in arrival order and takes callers in turn', async () => {
    limiter = limiterAt(1000);
    const order: string[] = [];
    const writeOf = (name: string) => async () => {
      order.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      order.push(`${name} end`);
    };
    const writes = [
      limiter.exclusive('us-east-1', writeOf('a1'), { callerId: 'a' }),
      limiter.exclusive('us-east-1', writeOf('a2'), { callerId: 'a' }),
      limiter.exclusive('us-east-1', writeOf('a3'), { callerId: 'a' }),
    ];
    await vi.advanceTimersByTimeAsync(10);
    writes.push(limiter.exclusive('us-east-1', writeOf('b1'), { callerId: 'b' }));
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all(writes);
    // One at a time (each ends before the next starts), a's in order, b right after the write in flight.
    expect(order).toEqual(['a1 start', 'a1 end', 'b1 start', 'b1 end', 'a2 start', 'a2 end', 'a3 start', 'a3 end']);
  });

  it('widens an operation\'s spacing when SES throttles it and eases back as calls are answered', async () => {
    limiter = limiterAt(1);
    expect(limiter.spacingOf('us-east-1', 'CreateConfigurationSet')).toBe(1030);
    const throttled = settle(limiter.rated('us-east-1', 'CreateConfigurationSet', () => Promise.reject(throttle())));
    await vi.advanceTimersByTimeAsync(10);
    expect(await throttled).toBe('TooManyRequestsException');
    expect(limiter.spacingOf('us-east-1', 'CreateConfigurationSet')).toBe(1545);
    const sent: number[] = [];
    const answered = Array.from({ length: 10 }, () =>
      limiter.rated('us-east-1', 'CreateConfigurationSet', async () => {
        sent.push(Date.now());
      }),
    );
    await vi.advanceTimersByTimeAsync(20_000);
    await Promise.all(answered);
    // The next call waits the widened spacing after the throttled one (sent at 0), then the gaps shrink back to the base.
    const gaps = sent.slice(1).map((at, i) => at - (sent[i] as number));
    expect(sent[0]).toBeGreaterThanOrEqual(1545);
    expect(gaps[0]).toBeGreaterThanOrEqual(Math.round(1545 * 0.95));
    expect(gaps.at(-1)).toBeLessThan(gaps[0] as number);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1030);
    expect(limiter.spacingOf('us-east-1', 'CreateConfigurationSet')).toBe(1030);
    // Other operations keep their own spacing.
    expect(limiter.spacingOf('us-east-1', 'GetConfigurationSet')).toBe(1030);
  });

  it('leaves a call that was slower than usual to arrive more room before the next one', async () => {
    limiter = limiterAt(1);
    const sent: number[] = [];
    const callTaking = (ms: number) => async () => {
      sent.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, ms));
    };
    // A cold first call may have reached SES up to 200 ms after it was sent: the next one keeps 1030 ms from then.
    const calls = [limiter.rated('us-east-1', 'GetAccount', callTaking(200)), limiter.rated('us-east-1', 'GetAccount', callTaking(200)), limiter.rated('us-east-1', 'GetAccount', callTaking(200))];
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(calls);
    const gaps = sent.slice(1).map((at, i) => at - (sent[i] as number));
    expect(gaps[0]).toBeGreaterThanOrEqual(1030 + 200);
    // As slow as usual now: back to the plain spacing.
    expect(gaps[1]).toBeGreaterThanOrEqual(1030);
    expect(gaps[1]).toBeLessThan(1100);
  });

  it('caps the spacing at four intervals however often SES throttles', async () => {
    limiter = limiterAt(1);
    for (let i = 0; i < 6; i += 1) {
      const throttled = settle(limiter.rated('us-east-1', 'GetAccount', () => Promise.reject(throttle())));
      await vi.advanceTimersByTimeAsync(5000);
      await throttled;
    }
    expect(limiter.spacingOf('us-east-1', 'GetAccount')).toBe(4000);
  });
});

describe('SesLimiter pacing, in fake time', () => {
  /** Advances fake time to `at` (ms since the epoch of the fake clock). */
  const advanceTo = (at: number) => vi.advanceTimersByTimeAsync(at - Date.now());

  // The spacing is SES's interval (1000 / rate ms) widened by the 3% margin, rounded up.
  it.each([
    [10, 103],
    [7, 148],
    [3, 344],
    [1, 1030],
  ])('at %i calls a second, starts the k-th call of a burst exactly k times %i ms after the first, and not a millisecond sooner', async (rate, spacing) => {
    limiter = limiterAt(rate);
    expect(limiter.spacingOf('us-east-1', 'GetAccount')).toBe(spacing);
    const sent: number[] = [];
    const burst = Array.from({ length: 6 }, () =>
      limiter.rated('us-east-1', 'GetAccount', async () => {
        sent.push(Date.now());
      }),
    );
    // The first goes at once (Bottleneck's own ticks take a millisecond or two).
    await vi.advanceTimersByTimeAsync(5);
    expect(sent).toHaveLength(1);
    const first = sent[0] as number;
    for (let k = 1; k < 6; k += 1) {
      await advanceTo(first + k * spacing - 1);
      expect(sent).toHaveLength(k);
      await advanceTo(first + k * spacing);
      expect(sent).toHaveLength(k + 1);
    }
    await Promise.all(burst);
    expect(sent.map((at) => at - first)).toEqual([0, 1, 2, 3, 4, 5].map((k) => k * spacing));
  });

  it('spaces each operation and region at its own quota: a slow operation does not hold up a fast one', async () => {
    limiter = new SesLimiter({ defaultRate: 1, rates: { GetAccount: 10 }, limiterId: 'test', queueTimeoutMs: 60_000 });
    const sent: Record<string, number[]> = {};
    const callOf = (name: string) => async () => {
      (sent[name] ??= []).push(Date.now());
    };
    const calls = [];
    for (let i = 0; i < 4; i += 1) {
      calls.push(limiter.rated('us-east-1', 'GetAccount', callOf('fast')));
      calls.push(limiter.rated('us-east-1', 'CreateConfigurationSet', callOf('slow')));
      calls.push(limiter.rated('eu-west-1', 'CreateConfigurationSet', callOf('slow elsewhere')));
    }
    await vi.advanceTimersByTimeAsync(5);
    const first = Math.min(...Object.values(sent).flat());
    await advanceTo(first + 3 * 1030);
    await Promise.all(calls);
    const relative = Object.fromEntries(Object.entries(sent).map(([name, times]) => [name, times.map((at) => at - first)]));
    expect(relative).toEqual({
      fast: [0, 103, 206, 309],
      slow: [0, 1030, 2060, 3090],
      'slow elsewhere': [0, 1030, 2060, 3090],
    });
  });

  /** A read through the limiter at 10 calls a second, throttled twice and then answered; its asks and sends by time since it began. */
  async function throttledTwice(random: () => number, baseMs: number) {
    limiter = limiterAt(10);
    const start = Date.now();
    const asks: number[] = [];
    const sends: number[] = [];
    const answer = retrySesCall(
      () => {
        asks.push(Date.now() - start);
        return limiter.rated('us-east-1', 'GetAccount', async () => {
          sends.push(Date.now() - start);
          if (sends.length < 3) throw throttle();
          return 'ok';
        });
      },
      { kind: 'read', policy: { attempts: 3, baseMs, maxMs: 10_000 }, random },
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await answer).toBe('ok');
    return { asks, sends };
  }

  it('sends a retry without backoff in its rate slot, widened by half after each throttle', async () => {
    const { sends } = await throttledTwice(() => 0, 100);
    // 103 ms widened to 155, then to 233.
    expect([sends[1]! - sends[0]!, sends[2]! - sends[1]!]).toEqual([155, 233]);
  });

  it('asks the limiter for a retry exactly its backoff after the throttle, and sends it then when the slot is free', async () => {
    const { asks, sends } = await throttledTwice(() => 0.9995, 1000);
    // Backoffs of 999 and 1999 ms, both longer than the widened spacing (155, 233).
    expect([asks[1]! - sends[0]!, asks[2]! - sends[1]!]).toEqual([999, 1999]);
    // Sent within Bottleneck's own ticks of the ask, not a slot later.
    for (const [k, ask] of asks.entries()) expect(sends[k]! - ask).toBeLessThan(5);
  });
});
