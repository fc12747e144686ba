import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffMs, classifySesFailure, isAmbiguousWriteFailure, isRetryable, retrySesCall, SesCallTimeoutError, type SesFailure } from '../../src/gateway/ses/retry.js';

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
