/**
 * The shared read cache: SES answers kept for a short time and shared by all
 * requests of this process. It holds promises, so concurrent requests for the
 * same read share one SES call; a failed read is dropped at once.
 */
import { LRUCache } from 'lru-cache';

export interface ReadCacheOptions {
  /** How long an answer is served without asking SES again; 0 disables the cache. */
  ttlMs: number;
  maxEntries: number;
}

export class ReadCache {
  private readonly entries: LRUCache<string, { promise: Promise<unknown> }> | undefined;

  constructor(options: ReadCacheOptions) {
    this.entries = options.ttlMs > 0 ? new LRUCache({ max: options.maxEntries, ttl: options.ttlMs }) : undefined;
  }

  static key(region: string, operation: string, input: unknown): string {
    return `${region}\u0000${operation}\u0000${JSON.stringify(input)}`;
  }

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.entries) return load();
    const hit = this.entries.get(key);
    if (hit) return hit.promise as Promise<T>;
    const entry = { promise: load() as Promise<unknown> };
    this.entries.set(key, entry);
    entry.promise.catch(() => {
      if (this.entries?.get(key) === entry) this.entries.delete(key);
    });
    return entry.promise as Promise<T>;
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
}
