/**
 * The shared read cache: SES answers kept for a short time and shared by all
 * requests. Two stores keep them:
 *
 *   - MemoryReadCache: this process alone (the default without Redis);
 *   - RedisReadCache (redisCache.ts): every replica and every restart, with
 *     REDIS_URL set.
 *
 * Both share one read in flight between the requests that want it, never keep
 * a failed read, and give a read in flight up only when every request waiting
 * on it gave up: its load gets a signal that aborts then, so its queued SES
 * call is released, and the next request starts afresh.
 *
 * Entries are found again by what a write can make stale: the region, the SES
 * operation and its subject (the resource the read is about, as
 * invalidation.ts names it). A write drops them by the same three before the
 * mutation returns.
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

/** What a read is, as the cache files it. */
export interface ReadKey {
  region: string;
  operation: string;
  /** The resource the read is about (a set's name, an identity, an ARN); undefined for listings and account reads. */
  subject: string | undefined;
  /** The read's input, serialised (JSON): reads of one subject with other inputs are other entries. */
  input: string;
}

/**
 * What one request's reads were made of, for the whole-response cache
 * (responseCache.ts): a response may be served again only while every read
 * it was made of is still current, and no longer than the shortest of their
 * remaining lives. A read the cache cannot vouch for (a fresh read, Redis
 * unavailable, an answer from outside the cache) makes it not cacheable.
 */
export class ReadDependencies {
  cacheable = true;

  /** The shortest remaining life, in ms, of the answers read. */
  ttlMs = Number.POSITIVE_INFINITY;

  /** Redis: generation key -> the value the reads saw. */
  readonly generations = new Map<string, string>();

  /** @param epoch the memory cache's write count when the request began. */
  constructor(readonly epoch: number) {}

  /** An answer read that lives `ttlMs` more. */
  noteAnswer(ttlMs: number): void {
    if (ttlMs < this.ttlMs) this.ttlMs = ttlMs;
  }

  /** The response cannot be kept: part of it came from somewhere the cache cannot check. */
  uncacheable(): void {
    this.cacheable = false;
  }
}

export interface ReadOptions {
  /** Aborted when this requester gives up. */
  signal?: AbortSignal;
  /** Told whether the answer came from the cache (a kept answer, or the same read in flight) or from a new load. */
  onLookup?: (hit: boolean) => void;
  /** Where the request records what its response is made of (whole-response cache). */
  dependencies?: ReadDependencies;
}

/** The cache as the SES layer uses it: the memory store and the Redis store both are one. */
export interface ReadCache {
  readonly store: 'memory' | 'redis';
  get<T>(key: ReadKey, load: Load<T>, options?: ReadOptions): Promise<T>;
  /** Makes every answer of `operation` in `region` about `subject` (all of them when undefined) stale, for every replica, before it resolves. */
  invalidate(region: string, operation: string, subject?: string): Promise<void>;
  /** Forgets every answer (tests, and operators after changing SES outside the gateway). */
  clear(): Promise<void>;
  close(): Promise<void>;
  /** A record for one request's reads; undefined when the cache is off (nothing can be kept). */
  dependencies(): ReadDependencies | undefined;
  /** A whole response kept under `key`, while every read it was made of is current. */
  getResponse(key: string): Promise<string | undefined>;
  /** Keeps a whole response made of the reads in `dependencies`, unless one of them is stale already. */
  putResponse(key: string, body: string, dependencies: ReadDependencies): Promise<void>;
}

/** At most this many bytes of whole responses are kept in process (the largest go first). */
const RESPONSE_CACHE_MAX_BYTES = 32 * 1024 * 1024;

/** The key of a read in this process: its parts, each ended by NUL, so a prefix names a subject or an operation. */
export function localKey(key: ReadKey): string {
  return `${key.region}\u0000${key.operation}\u0000${key.subject ?? ''}\u0000${key.input}`;
}

/** The prefix of every local key `invalidate(region, operation, subject)` drops. */
export function localPrefix(region: string, operation: string, subject?: string): string {
  return subject === undefined ? `${region}\u0000${operation}\u0000` : `${region}\u0000${operation}\u0000${subject}\u0000`;
}

/**
 * One load shared by its requesters. A requester without a signal never gives
 * up, so the load is never abandoned while it waits; one that gives up is
 * answered at once with its give-up, and the load goes on for the others.
 */
class SharedLoad<T = unknown> {
  readonly promise: Promise<T>;

  /** Requests still waiting while the load is in flight; undefined once it settled. */
  private waiters: { count: number; abandon: AbortController } | undefined;

  constructor(load: Load<T>, onAbandoned: () => void) {
    const abandon = new AbortController();
    this.waiters = { count: 0, abandon };
    this.promise = load(abandon.signal);
    const settled = () => {
      this.waiters = undefined;
    };
    this.promise.then(settled, settled);
    abandon.signal.addEventListener('abort', onAbandoned, { once: true });
  }

  join(signal: AbortSignal | undefined): Promise<T> {
    const waiters = this.waiters;
    if (!waiters) return this.promise;
    if (!signal) {
      waiters.count = Number.POSITIVE_INFINITY;
      return this.promise;
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
      this.promise.then(resolve, reject).finally(unwatch);
    });
  }
}

/**
 * Loads in flight in this process, by key: a requester of a key being loaded
 * joins that load. Settled loads are forgotten (a store keeps answers).
 */
export class InFlight {
  private readonly loads = new Map<string, SharedLoad>();

  get<T>(key: string, load: Load<T>, signal: AbortSignal | undefined, onLookup?: (hit: boolean) => void): Promise<T> {
    const running = this.loads.get(key) as SharedLoad<T> | undefined;
    if (running) {
      onLookup?.(true);
      return running.join(signal);
    }
    onLookup?.(false);
    const shared: SharedLoad<T> = new SharedLoad<T>(load, () => this.forget(key, shared));
    this.loads.set(key, shared);
    const forget = () => this.forget(key, shared);
    shared.promise.then(forget, forget);
    return shared.join(signal);
  }

  /** Later requesters of keys under `prefix` start their own load (a write made these stale). */
  dropPrefix(prefix: string): void {
    for (const key of this.loads.keys()) if (key.startsWith(prefix)) this.loads.delete(key);
  }

  clear(): void {
    this.loads.clear();
  }

  private forget(key: string, shared: SharedLoad): void {
    if (this.loads.get(key) === shared) this.loads.delete(key);
  }
}

/**
 * The cache of this process. It keeps the shared load itself, in flight and
 * then settled, so a load a write made stale while in flight is dropped with
 * it and never kept.
 */
export class MemoryReadCache implements ReadCache {
  readonly store = 'memory' as const;

  private readonly entries: LRUCache<string, SharedLoad> | undefined;

  /** Whole responses, each with the write count it was made at: any write since makes it stale. */
  private readonly responses: LRUCache<string, { body: string; epoch: number }> | undefined;

  /** Writes (invalidations) so far: coarser than Redis's generations, and enough for one process. */
  private epoch = 0;

  constructor(private readonly options: ReadCacheOptions) {
    this.entries = options.ttlMs > 0 ? new LRUCache({ max: options.maxEntries, ttl: options.ttlMs }) : undefined;
    this.responses =
      options.ttlMs > 0 ? new LRUCache({ maxSize: RESPONSE_CACHE_MAX_BYTES, sizeCalculation: (entry) => Math.max(1, entry.body.length), ttl: options.ttlMs }) : undefined;
  }

  get<T>(key: ReadKey, load: Load<T>, { signal, onLookup, dependencies }: ReadOptions = {}): Promise<T> {
    const entries = this.entries;
    if (!entries) {
      onLookup?.(false);
      dependencies?.uncacheable();
      return load(signal);
    }
    const id = localKey(key);
    const hit = entries.get(id) as SharedLoad<T> | undefined;
    if (hit) {
      onLookup?.(true);
      dependencies?.noteAnswer(entries.getRemainingTTL(id));
      return hit.join(signal);
    }
    onLookup?.(false);
    dependencies?.noteAnswer(this.options.ttlMs);
    const shared: SharedLoad<T> = new SharedLoad<T>(load, () => this.drop(id, shared));
    entries.set(id, shared);
    shared.promise.catch(() => this.drop(id, shared));
    return shared.join(signal);
  }

  invalidate(region: string, operation: string, subject?: string): Promise<void> {
    this.epoch += 1;
    if (this.entries) {
      const prefix = localPrefix(region, operation, subject);
      for (const id of [...this.entries.keys()]) if (id.startsWith(prefix)) this.entries.delete(id);
    }
    return Promise.resolve();
  }

  clear(): Promise<void> {
    this.epoch += 1;
    this.entries?.clear();
    this.responses?.clear();
    return Promise.resolve();
  }

  close(): Promise<void> {
    return this.clear();
  }

  dependencies(): ReadDependencies | undefined {
    return this.entries ? new ReadDependencies(this.epoch) : undefined;
  }

  getResponse(key: string): Promise<string | undefined> {
    const kept = this.responses?.get(key);
    if (!kept) return Promise.resolve(undefined);
    if (kept.epoch !== this.epoch) {
      this.responses?.delete(key);
      return Promise.resolve(undefined);
    }
    return Promise.resolve(kept.body);
  }

  putResponse(key: string, body: string, dependencies: ReadDependencies): Promise<void> {
    // A write since the request began may have changed what it read.
    if (this.responses && dependencies.cacheable && dependencies.epoch === this.epoch && dependencies.ttlMs >= 1) {
      this.responses.set(key, { body, epoch: this.epoch }, { ttl: Math.min(this.options.ttlMs, Math.floor(dependencies.ttlMs)) });
    }
    return Promise.resolve();
  }

  private drop(id: string, shared: SharedLoad): void {
    if (this.entries?.get(id) === shared) this.entries.delete(id);
  }
}
