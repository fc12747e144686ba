/**
 * The one retry mechanism for SES calls. SDK retries are switched off
 * (maxAttempts: 1 on the client), so each attempt here is one SES call and
 * passes through the rate limiter again.
 *
 * What may be retried depends on whether SES can have acted on the call:
 * a read can always be sent again; a write only when SES certainly did not
 * apply it (it throttled the call, or the connection failed before the
 * request left the gateway). A write that failed after it was sent is
 * ambiguous: the access layer reads SES's state to find out what happened.
 */
import { isExpectedSesError, isThrottle, isTimeout, type SesErrorLike } from '../errors.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. @default 5 */
  attempts: number;
  /** The first backoff's upper bound, doubled each attempt. @default 250 */
  baseMs: number;
  /** The largest backoff. @default 8000 */
  maxMs: number;
}

/**
 * Why an SES call failed, as far as retrying is concerned.
 * - `throttled`: SES refused the call for its rate (429); it did nothing.
 * - `server`: SES answered with a 5xx, or with a response the SDK could not parse.
 * - `timeout`: no complete answer within the call's timeout, after the request was (possibly) sent.
 * - `reset`: the connection was reset or closed after the request was (possibly) sent.
 * - `notSent`: the connection failed before anything was sent (refused, DNS, connect timeout).
 * - `other`: anything else (SES's answer about the request, credentials, the gateway's own errors).
 */
export type SesFailure = 'throttled' | 'server' | 'timeout' | 'reset' | 'notSent' | 'other';

export type CallKind = 'read' | 'write';

/** The gateway's own hard deadline for one SES call (SES_TIMEOUT_MS) passed. */
export class SesCallTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`SES did not answer within ${timeoutMs} ms.`);
    this.name = 'SesCallTimeoutError';
  }
}

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET']);
/** The SDK's connection timeout (node-http-handler's setConnectionTimeout) carries no code, only this text. */
const CONNECT_TIMEOUT_TEXT = 'did not establish a connection';

interface NodeErrorLike extends SesErrorLike {
  code?: unknown;
  syscall?: unknown;
  message?: unknown;
  $fault?: unknown;
  $response?: unknown;
}

export function classifySesFailure(error: unknown): SesFailure {
  if (!error || typeof error !== 'object') return 'other';
  const e = error as NodeErrorLike;
  if (isThrottle(error)) return 'throttled';
  // An exception SES modelled for the request (ConcurrentModificationException comes as a 500) is an answer, not a fault.
  if (isExpectedSesError(error)) return 'other';
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  // Before the codes below: a connect that timed out (ETIMEDOUT from connect()) never sent a byte.
  if (NOT_SENT_CODES.has(code) || e.syscall === 'connect' || e.syscall === 'getaddrinfo' || message.includes(CONNECT_TIMEOUT_TEXT)) return 'notSent';
  // Before the names: node-http-handler renames ECONNRESET and EPIPE errors to TimeoutError.
  if (RESET_CODES.has(code)) return 'reset';
  if (isTimeout(error)) return 'timeout';
  const status = e.$metadata?.httpStatusCode;
  if ((status !== undefined && status >= 500) || e.$fault === 'server') return 'server';
  // A response the SDK could not deserialize (malformed JSON, a proxy's HTML page): SES's side, not the request's.
  if ('$response' in e && e.$fault === undefined) return 'server';
  return 'other';
}

/** Reads are retried on every transient failure; writes only when SES cannot have applied them. */
export function isRetryable(kind: CallKind, failure: SesFailure): boolean {
  if (failure === 'other') return false;
  return kind === 'read' || failure === 'throttled' || failure === 'notSent';
}

/** A write failure after which SES may or may not have applied the write. */
export function isAmbiguousWriteFailure(failure: SesFailure): boolean {
  return failure === 'server' || failure === 'timeout' || failure === 'reset';
}

/** "Full jitter" backoff: a uniformly random wait up to the exponential bound, so retrying callers spread out. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1)));
}

/** Waits `ms`, or less if `signal` aborts first (then it resolves early: the caller checks the signal). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

interface RetryOptions {
  kind: CallKind;
  policy: RetryPolicy;
  /** The request's give-up signal: no retry starts after it aborts. */
  signal?: AbortSignal;
  /** Told before each retry's backoff. */
  onRetry?: (attempt: number, failure: SesFailure, error: unknown) => void;
  /** For tests: the backoff wait. @default sleep */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** For tests: the jitter's random source. @default Math.random */
  random?: () => number;
}

/**
 * Runs `call` until it succeeds, fails for a reason not retryable for its
 * kind, the attempts are spent, or the request gives up. Rejects with the last
 * call's error.
 */
export async function retrySesCall<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const wait = options.sleep ?? sleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const failure = classifySesFailure(error);
      if (!isRetryable(options.kind, failure) || attempt >= options.policy.attempts || options.signal?.aborted) throw error;
      options.onRetry?.(attempt, failure, error);
      await wait(backoffMs(attempt, options.policy, options.random), options.signal);
      if (options.signal?.aborted) throw error;
    }
  }
}
