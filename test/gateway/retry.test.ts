import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffMs, classifySesFailure, isAmbiguousWriteFailure, isRetryable, retrySesCall, SesCallTimeoutError, type SesFailure } from '../../src/gateway/ses/retry.js';
import { seededRandom } from '../support/seededRandom.js';

const policy = { attempts: 4, baseMs: 100, maxMs: 300 };
const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name, ...extra });
const throttle = () => named('TooManyRequestsException', { $metadata: { httpStatusCode: 429 }, $fault: 'client' });
const serverError = () => named('InternalServiceErrorException', { $metadata: { httpStatusCode: 500 }, $fault: 'server' });
const reset = () => named('TimeoutError', { code: 'ECONNRESET', message: 'socket hang up' });
const refused = () => named('Error', { code: 'ECONNREFUSED', syscall: 'connect' });

describe(classifySesFailure.name, () => {
  const cases: [string, unknown, SesFailure][] = [
    ['a 429', throttle(), 'throttled'],
    ['an SDK error marked as throttling', named('SlowDown', { $retryable: { throttling: true } }), 'throttled'],
    ['a 500', serverError(), 'server'],
    ['a 503 with an unknown name', named('Unknown', { $metadata: { httpStatusCode: 503 }, $fault: 'server' }), 'server'],
    ['a 200 the SDK could not parse', Object.defineProperty(named('SyntaxError', { $metadata: { httpStatusCode: 200 } }), '$response', { value: {} }), 'server'],
    ['the SDK request timeout', named('TimeoutError', { code: 'ETIMEDOUT' }), 'timeout'],
    ['the SDK socket timeout', named('TimeoutError', { message: 'the request socket timed out after 500 ms of inactivity' }), 'timeout'],
    ["the gateway's own deadline", new SesCallTimeoutError(500), 'timeout'],
    ['a reset the SDK renamed to TimeoutError', reset(), 'reset'],
    ['a broken pipe', named('Error', { code: 'EPIPE' }), 'reset'],
    ['a refused connection', refused(), 'notSent'],
    ['an unknown host', named('Error', { code: 'ENOTFOUND', syscall: 'getaddrinfo' }), 'notSent'],
    ['a DNS failure to retry', named('Error', { code: 'EAI_AGAIN' }), 'notSent'],
    ['a connect() that timed out', named('Error', { code: 'ETIMEDOUT', syscall: 'connect' }), 'notSent'],
    ["the SDK's connection timeout", named('TimeoutError', { message: '@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 3000 ms.' }), 'notSent'],
    ['an expected SES exception sent as a 500', named('ConcurrentModificationException', { $metadata: { httpStatusCode: 500 }, $fault: 'server' }), 'other'],
    ['NotFound', named('NotFoundException', { $metadata: { httpStatusCode: 404 }, $fault: 'client' }), 'other'],
    ['a caller that gave up', named('CallAbandonedError'), 'other'],
    ['a wait for quota that timed out', named('QueueTimeoutError'), 'other'],
    ['a bare value', 'boom', 'other'],
  ];
  it.each(cases)('classifies %s', (_label, error, expected) => {
    expect(classifySesFailure(error)).toBe(expected);
  });
});

describe(isRetryable.name, () => {
  it('retries reads on every transient failure and writes only when SES cannot have applied them', () => {
    const failures: SesFailure[] = ['throttled', 'server', 'timeout', 'reset', 'notSent', 'other'];
    expect(failures.filter((f) => isRetryable('read', f))).toEqual(['throttled', 'server', 'timeout', 'reset', 'notSent']);
    expect(failures.filter((f) => isRetryable('write', f))).toEqual(['throttled', 'notSent']);
    expect(failures.filter(isAmbiguousWriteFailure)).toEqual(['server', 'timeout', 'reset']);
  });
});

describe(backoffMs.name, () => {
  it('doubles the bound each attempt up to maxMs, and draws below it', () => {
    const atTop = () => 0.999999;
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, policy, atTop))).toEqual([99, 199, 299, 299]);
    expect(backoffMs(3, policy, () => 0)).toBe(0);
  });
});

describe(retrySesCall.name, () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A call failing with `errors` in turn, then answering 'ok'; counts its calls. */
  function scripted(errors: (() => Error)[]) {
    const state = { calls: 0 };
    const call = async () => {
      const error = errors[state.calls];
      state.calls += 1;
      if (error) throw error();
      return 'ok';
    };
    return { state, call };
  }

  it('retries a read through throttles, 5xx, timeouts and resets, waiting the jittered backoff before each retry', async () => {
    const { state, call } = scripted([throttle, serverError, () => new SesCallTimeoutError(500)]);
    const waits: number[] = [];
    const answer = retrySesCall(call, {
      kind: 'read',
      policy,
      random: () => 0.5,
      sleep: (ms) => {
        waits.push(ms);
        return new Promise((resolve) => setTimeout(resolve, ms));
      },
    });
    await vi.runAllTimersAsync();
    expect([await answer, state.calls, waits]).toEqual(['ok', 4, [50, 100, 150]]);
  });

  it('uses real timers by default, so fake time drives the backoff', async () => {
    const { state, call } = scripted([reset]);
    const answer = retrySesCall(call, { kind: 'read', policy, random: () => 0.999 });
    await Promise.resolve();
    expect(state.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(98);
    expect(state.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.calls).toBe(2);
    expect(await answer).toBe('ok');
  });

  it('gives up after the budget of attempts with the last error', async () => {
    const { state, call } = scripted([serverError, serverError, serverError, serverError, serverError]);
    const failing = retrySesCall(call, { kind: 'read', policy });
    const settled = expect(failing).rejects.toMatchObject({ name: 'InternalServiceErrorException' });
    await vi.runAllTimersAsync();
    await settled;
    expect(state.calls).toBe(4);
  });

  it.each([
    ['a server error', serverError],
    ['a timeout', () => new SesCallTimeoutError(500)],
    ['a reset', reset],
  ])('does not retry a write after %s: SES may have applied it', async (_label, error) => {
    const { state, call } = scripted([error]);
    const failing = retrySesCall(call, { kind: 'write', policy });
    await expect(failing).rejects.toSatisfy((e: unknown) => classifySesFailure(e) === classifySesFailure(error()));
    expect(state.calls).toBe(1);
  });

  it('retries a write that was throttled or never sent', async () => {
    const { state, call } = scripted([throttle, refused]);
    const answer = retrySesCall(call, { kind: 'write', policy });
    await vi.runAllTimersAsync();
    expect([await answer, state.calls]).toEqual(['ok', 3]);
  });

  it('does not retry what is no SES failure', async () => {
    const { state, call } = scripted([() => named('NotFoundException', { $fault: 'client', $metadata: { httpStatusCode: 404 } })]);
    await expect(retrySesCall(call, { kind: 'read', policy })).rejects.toMatchObject({ name: 'NotFoundException' });
    expect(state.calls).toBe(1);
  });

  it('stops retrying when the request gives up during the backoff', async () => {
    const { state, call } = scripted([throttle, throttle, throttle]);
    const gaveUp = new AbortController();
    const failing = retrySesCall(call, { kind: 'read', policy, signal: gaveUp.signal, random: () => 0.999 });
    const settled = expect(failing).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    await vi.advanceTimersByTimeAsync(50);
    gaveUp.abort();
    await vi.advanceTimersByTimeAsync(0);
    await settled;
    expect(state.calls).toBe(1);
    // Nothing left scheduled: the backoff's timer went with the abort.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts no retry once the request has given up', async () => {
    const gaveUp = new AbortController();
    let calls = 0;
    const failing = retrySesCall(
      async () => {
        calls += 1;
        gaveUp.abort();
        throw serverError();
      },
      { kind: 'read', policy, signal: gaveUp.signal },
    );
    await expect(failing).rejects.toMatchObject({ name: 'InternalServiceErrorException' });
    expect(calls).toBe(1);
  });
});

describe('retrySesCall in fake time', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  /** A call that fails with `error` every time, recording when each attempt started. */
  function failingWith(error: () => Error) {
    const started: number[] = [];
    const call = async () => {
      started.push(Date.now());
      throw error();
    };
    return { started, call };
  }

  it('starts each retry exactly its drawn backoff after the failure, and not a millisecond sooner', async () => {
    const { started, call } = failingWith(throttle);
    const draws = [0.5, 0.25, 0.999];
    const failing = retrySesCall(call, { kind: 'read', policy, random: () => draws.shift() ?? 0 });
    const settled = expect(failing).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    // Bounds 100, 200, 300 (the cap): waits of 50, 50 and 299 ms.
    const expected = [0, 50, 100, 399];
    for (const [k, at] of expected.entries()) {
      if (k > 0) {
        await vi.advanceTimersByTimeAsync(at - 1 - Date.now());
        expect(started).toHaveLength(k);
      }
      await vi.advanceTimersByTimeAsync(at - Date.now());
      expect(started).toHaveLength(k + 1);
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started).toEqual(expected);
    await settled;
  });

  it('draws each backoff below its bound, which doubles per attempt up to maxMs, from Math.random by default', () => {
    const bounded = { attempts: 10, baseMs: 250, maxMs: 8000 };
    const random = seededRandom(7);
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      const bound = Math.min(8000, 250 * 2 ** (attempt - 1));
      const waits = Array.from({ length: 500 }, () => backoffMs(attempt, bounded, random));
      expect(waits.every((wait) => Number.isInteger(wait) && wait >= 0 && wait < bound)).toBe(true);
      // Spread over the whole range (jitter), not one fixed wait.
      expect(Math.min(...waits)).toBeLessThan(bound * 0.1);
      expect(Math.max(...waits)).toBeGreaterThan(bound * 0.9);
    }
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect([1, 2, 3].map((attempt) => backoffMs(attempt, bounded))).toEqual([125, 250, 500]);
  });

  it.each([1, 2, 4])('makes %i attempts in all when every one fails, then rejects with the last error and leaves nothing scheduled', async (attempts) => {
    let calls = 0;
    const failing = retrySesCall(
      async () => {
        calls += 1;
        throw named('InternalServiceErrorException', { $metadata: { httpStatusCode: 500 }, $fault: 'server', attempt: calls });
      },
      { kind: 'read', policy: { ...policy, attempts }, random: () => 0.999 },
    );
    const settled = expect(failing).rejects.toMatchObject({ name: 'InternalServiceErrorException', attempt: attempts });
    // Waits of 99, 199 and 299 ms between the four attempts of the largest budget: all spent by then.
    await vi.advanceTimersByTimeAsync(99 + 199 + 299);
    expect(calls).toBe(attempts);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(attempts);
    await settled;
  });

  it.each([
    ['read', 'NotFound', () => named('NotFoundException', { $fault: 'client', $metadata: { httpStatusCode: 404 } })],
    ['read', 'a wait for quota that timed out', () => named('QueueTimeoutError')],
    ['read', 'a caller that gave up', () => named('CallAbandonedError')],
    ['write', 'a server error', serverError],
    ['write', 'a timeout', () => new SesCallTimeoutError(500)],
    ['write', 'a reset', reset],
    ['write', 'a BadRequest', () => named('BadRequestException', { $fault: 'client', $metadata: { httpStatusCode: 400 } })],
  ] as const)('schedules no retry of a %s after %s', async (kind, _label, error) => {
    const { started, call } = failingWith(error);
    const settled = expect(retrySesCall(call, { kind, policy })).rejects.toMatchObject({ name: error().name });
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started).toEqual([0]);
    await settled;
  });
});
