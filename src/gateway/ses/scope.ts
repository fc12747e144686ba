/**
 * On whose behalf an SES call is made. The context of every request binds one
 * scope, so the layers below it can queue callers fairly, release what a
 * caller gave up on, and count what a request cost.
 */
import type { ReadDependencies } from './cache.js';

export interface CallScope {
  /** The caller's fairness key: calls of different callers wait in separate queues. */
  callerId: string;
  /** Aborted when the caller gives up (it disconnected, or its request deadline passed). */
  signal?: AbortSignal;
  /** Told of every SES call made for this request (each attempt, retries included). */
  onCall?: (operation: string) => void;
  /** The request asked for fresh data (`Cache-Control: no-cache`): its reads skip the kept answers and ask SES. */
  fresh?: boolean;
  /** Where the request's reads record what its response is made of (the whole-response cache). */
  dependencies?: ReadDependencies;
  /** The request's log: lines about its SES calls (faults, ambiguous writes, breaker changes it caused) carry its request id. */
  log?: ScopeLog;
}

/** The levels the SES layer writes at; a pino (Fastify) logger fits. */
export interface ScopeLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** The scope of work the gateway does for itself (start-up checks, tests). */
export const SYSTEM_SCOPE: CallScope = { callerId: 'system' };
