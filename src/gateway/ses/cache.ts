/**
 * The shared read cache: SES answers kept for a short time and shared by all
 * requests of this process. It holds promises, so concurrent requests for the
 * same read share one SES call; a failed read is dropped at once.
 *
 * A read in flight is given up only when every request waiting on it gave
 * up: its load gets a signal that aborts then, so its queued SES call is
 * released, and the entry is dropped so the next request starts afresh.
 */
import { LRUCache } from 'lru-cache';
import { abandonment, onAbort } from './fairQueue.js';

export interface ReadCacheOptions {
  /** How long an answer is served without asking SES again; 0 disables the cache. */
  ttlMs: number;
  maxEntries: number;
}

/** Loads an answer; `signal` aborts when no one waits for it any more. */
export type Load<T> = (signal?: AbortSignal) => Promise<T>;

interface Entry {
  promise: Promise<unknown>;
  /** Requests still waiting while the load is in flight; undefined once it settled. */
  waiters?: { count: number; abandon: AbortController };
}

export class ReadCache {
  private readonly entries: LRUCache<string, Entry> | undefined;

  constructor(options: ReadCacheOptions) {
    this.entries = options.ttlMs > 0 ? new LRUCache({ max: options.maxEntries, ttl: options.ttlMs }) : undefined;
  }

  static key(region: string, operation: string, input: unknown): string {
    return `${region}\u0000${operation}\u0000${JSON.stringify(input)}`;
  }

  /** The answer for `key`, loading it if no one has; `signal` is this requester's give-up. */
  get<T>(key: string, load: Load<T>, signal?: AbortSignal): Promise<T> {
    if (!this.entries) return load(signal);
    const hit = this.entries.get(key);
    if (hit) return this.wait(hit, signal) as Promise<T>;
    const abandon = new AbortController();
    const entry: Entry = { promise: load(abandon.signal), waiters: { count: 0, abandon } };
    this.entries.set(key, entry);
    entry.promise.then(
      () => {
        delete entry.waiters;
      },
      () => {
        delete entry.waiters;
        if (this.entries?.get(key) === entry) this.entries.delete(key);
      },
    );
    abandon.signal.addEventListener('abort', () => {
      if (this.entries?.get(key) === entry) this.entries.delete(key);
    });
    return this.wait(entry, signal) as Promise<T>;
  }

  /** Forgets every answer of `operation` in `region` whose input matches `matches` (all of them without it). */
  invalidate(region: string, operation: string, matches?: (input: Record<string, unknown>) => boolean): void {
    if (!this.entries) return;
    const prefix = `${region}\u0000${operation}\u0000`;
    for (const key of [...this.entries.keys()]) {
      if (!key.startsWith(prefix)) continue;
      if (!matches || matches(JSON.parse(key.slice(prefix.length)) as Record<string, unknown>)) this.entries.delete(key);
    }
  }

  clear(): void {
    this.entries?.clear();
  }

  /**
   * Joins a requester to an entry. A requester without a signal never gives
   * up, so the load is never abandoned while it waits; one that gives up is
   * answered at once with its give-up, and the load goes on for the others.
   */
  private wait(entry: Entry, signal: AbortSignal | undefined): Promise<unknown> {
    const waiters = entry.waiters;
    if (!waiters) return entry.promise;
    if (!signal) {
      waiters.count = Number.POSITIVE_INFINITY;
      return entry.promise;
    }
    if (signal.aborted) {
      if (waiters.count === 0) waiters.abandon.abort(abandonment(signal));
      return Promise.reject(abandonment(signal));
    }
    waiters.count += 1;
    return new Promise((resolve, reject) => {
      const unwatch = onAbort(signal, () => {
        waiters.count -= 1;
        if (waiters.count === 0) waiters.abandon.abort(abandonment(signal));
        reject(abandonment(signal));
      });
      entry.promise.then(resolve, reject).finally(unwatch);
    });
  }
}
