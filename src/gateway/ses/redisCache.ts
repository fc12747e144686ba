/**
 * The read cache in Redis: one for every replica and every restart.
 *
 * Read-your-writes without relying on a message arriving in time: every
 * answer is kept under a versioned key, made of the read and the current
 * generations of what can make it stale (everything, its operation in its
 * region, its subject). A write bumps the generations before the mutation
 * returns, so from then on every replica looks under new keys and misses; an
 * answer loaded before the write is kept only if the generations it was
 * looked up with are still current (checked atomically, in the script that
 * stores it). Keys expire with the cache's TTL; subject generations are
 * values of one counter, so an expired generation never comes back as an old
 * one.
 *
 * Single flight across replicas: the replica that misses first takes a short
 * lock and asks SES; the others wait for its answer (polling the key), and
 * take over if the lock is released without one (the load failed: failures
 * are never kept) or expires.
 *
 * Redis unwell degrades to SES at the quota, never to errors: every Redis
 * command has a short timeout and no offline queue, and on any Redis failure
 * the read goes to SES through this process's own single flight. A write
 * whose invalidation could not reach Redis is retried in the background for
 * as long as an answer could be kept (the TTL).
 */
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { abandonment } from './fairQueue.js';
import { InFlight, localKey, localPrefix, ReadDependencies, type Load, type ReadCache, type ReadCacheOptions, type ReadKey, type ReadOptions } from './cache.js';

interface RedisReadCacheOptions extends ReadCacheOptions {
  url: string;
  /** Keys start with this (REDIS_KEY_PREFIX-style namespacing for a shared Redis). @default 'sesgw:cache:' */
  prefix?: string;
  /** How long one replica's load holds the others back before they ask SES themselves. @default 10000 */
  lockMs?: number;
  /** How long a Redis command may take before the read goes to SES instead. @default 500 */
  commandTimeoutMs?: number;
  /** Told of Redis failures (at most one report per outage, and one when it ends). */
  onUnavailable?: (error: unknown) => void;
  onRecovered?: () => void;
}

/** Generations of (everything, the operation in its region, the subject): what makes a versioned key. */
type Generations = [string, string, string];

/** A JSON value of an SDK output, with Dates kept as Dates. */
const DATE_TAG = '$date';

function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, item: unknown) {
    // JSON.stringify has already called Date#toJSON on `item`; the holder still has the Date.
    const original = key === '' ? item : this[key];
    return original instanceof Date ? { [DATE_TAG]: original.toISOString() } : item;
  });
}

function decode<T>(text: string): T {
  // A reviver makes JSON.parse several times slower: most answers carry no Date at all.
  if (!text.includes(`"${DATE_TAG}"`)) return JSON.parse(text) as T;
  return JSON.parse(text, (_key, item: unknown) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const record = item as Record<string, unknown>;
      const tagged = record[DATE_TAG];
      if (typeof tagged === 'string' && Object.keys(record).length === 1) return new Date(tagged);
    }
    return item;
  }) as T;
}

/**
 * KEYS: the three generation keys. ARGV: the read's key without generations,
 * the lock's time to live, this load's token.
 * Returns the generations, the kept answer ('' for none) and 1 when this
 * caller now holds the load's lock, and the kept answer's remaining life in ms.
 */
const LOOKUP = `
local ga = redis.call('GET', KEYS[1]) or '0'
local go = redis.call('GET', KEYS[2]) or '0'
local gs = redis.call('GET', KEYS[3]) or '0'
local key = ARGV[1] .. '|' .. ga .. '|' .. go .. '|' .. gs
local kept = redis.call('GET', key)
if kept then return {ga, go, gs, kept, 0, redis.call('PTTL', key)} end
local locked = redis.call('SET', key .. '|lock', ARGV[3], 'NX', 'PX', ARGV[2])
return {ga, go, gs, '', locked and 1 or 0, 0}
`;

/**
 * While another replica loads: the answer when it has been kept, otherwise
 * the lock when it is free again. KEYS: the versioned key, its lock.
 * ARGV: lock time to live, token. Returns {answer or '', 1 when locked now}.
 */
const POLL = `
local kept = redis.call('GET', KEYS[1])
if kept then return {kept, 0} end
local locked = redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', ARGV[1])
return {'', locked and 1 or 0}
`;

/**
 * Keeps an answer if the generations it was looked up with are still
 * current, and releases the lock this load holds. KEYS: the three
 * generation keys, the versioned key, its lock. ARGV: the three generations,
 * the answer ('' to keep nothing: the load failed), the TTL, the token.
 */
const STORE = `
local current = (redis.call('GET', KEYS[1]) or '0') == ARGV[1]
  and (redis.call('GET', KEYS[2]) or '0') == ARGV[2]
  and (redis.call('GET', KEYS[3]) or '0') == ARGV[3]
if current and ARGV[4] ~= '' then redis.call('SET', KEYS[4], ARGV[4], 'PX', ARGV[5]) end
if redis.call('GET', KEYS[5]) == ARGV[6] then redis.call('DEL', KEYS[5]) end
return current and 1 or 0
`;

/**
 * Makes answers stale: a new value of the shared counter for each
 * generation key, kept longer than any answer made with the old one.
 * KEYS: the counter, then the generation keys. ARGV: their time to live (0: none).
 */
const BUMP = `
for i = 2, #KEYS do
  local next = redis.call('INCR', KEYS[1])
  if ARGV[1] == '0' then redis.call('SET', KEYS[i], next) else redis.call('SET', KEYS[i], next, 'PX', ARGV[1]) end
end
return 1
`;

/**
 * A whole response, if every generation it was made with is still current.
 * KEYS: the response's key. The value is JSON: {"g": [[key, value], ...], "b": body}.
 */
const RESPONSE_GET = `
local kept = redis.call('GET', KEYS[1])
if not kept then return false end
local entry = cjson.decode(kept)
for _, generation in ipairs(entry.g) do
  if (redis.call('GET', generation[1]) or '0') ~= generation[2] then
    redis.call('DEL', KEYS[1])
    return false
  end
end
return entry.b
`;

/**
 * Keeps a whole response if every generation it was made with is still
 * current. KEYS: the response's key. ARGV: the entry (as RESPONSE_GET reads
 * it), its time to live.
 */
const RESPONSE_PUT = `
local entry = cjson.decode(ARGV[1])
for _, generation in ipairs(entry.g) do
  if (redis.call('GET', generation[1]) or '0') ~= generation[2] then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`;

interface CacheCommands {
  sesgwCacheLookup(ga: string, go: string, gs: string, base: string, lockMs: number, token: string): Promise<[string, string, string, string, number, number]>;
  sesgwResponseGet(key: string): Promise<string | null>;
  sesgwResponsePut(key: string, entry: string, ttlMs: number): Promise<number>;
  sesgwCachePoll(key: string, lock: string, lockMs: number, token: string): Promise<[string, number]>;
  sesgwCacheStore(ga: string, go: string, gs: string, key: string, lock: string, g1: string, g2: string, g3: string, answer: string, ttlMs: number, token: string): Promise<number>;
  sesgwCacheBump(...args: (string | number)[]): Promise<number>;
}

/** Polling while another replica loads: short at first (a warm miss is answered in milliseconds), then slower. */
const POLL_DELAYS_MS = [5, 10, 20, 40, 80, 100];

export class RedisReadCache implements ReadCache {
  readonly store = 'redis' as const;

  private readonly redis: Redis & CacheCommands;

  private readonly prefix: string;

  private readonly lockMs: number;

  /** Loads in flight here, by versioned key; and by plain key while Redis is unavailable. */
  private readonly inFlight = new InFlight();

  private readonly degraded = new InFlight();

  private unavailable = false;

  private closed = false;

  constructor(private readonly options: RedisReadCacheOptions) {
    this.prefix = options.prefix ?? 'sesgw:cache:';
    this.lockMs = options.lockMs ?? 10_000;
    const redis = new Redis(options.url, {
      // Fail fast while disconnected: the read goes to SES rather than waiting for Redis.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 500,
      // Every read of a request asks Redis in the same tick: one round trip for all of them.
      enableAutoPipelining: true,
      retryStrategy: (times) => Math.min(times * 200, 2000),
      lazyConnect: false,
    });
    redis.on('error', (error: unknown) => this.failed(error));
    redis.on('ready', () => this.recovered());
    redis.defineCommand('sesgwCacheLookup', { numberOfKeys: 3, lua: LOOKUP });
    redis.defineCommand('sesgwCachePoll', { numberOfKeys: 2, lua: POLL });
    redis.defineCommand('sesgwCacheStore', { numberOfKeys: 5, lua: STORE });
    redis.defineCommand('sesgwCacheBump', { lua: BUMP });
    redis.defineCommand('sesgwResponseGet', { numberOfKeys: 1, lua: RESPONSE_GET });
    redis.defineCommand('sesgwResponsePut', { numberOfKeys: 1, lua: RESPONSE_PUT });
    this.redis = redis as Redis & CacheCommands;
  }

  async get<T>(key: ReadKey, load: Load<T>, { signal, onLookup, dependencies }: ReadOptions = {}): Promise<T> {
    if (this.options.ttlMs <= 0) {
      onLookup?.(false);
      dependencies?.uncacheable();
      return load(signal);
    }
    const base = this.baseKey(key);
    const token = randomUUID();
    const generationKeys = this.generationKeys(key);
    let looked: [string, string, string, string, number, number];
    try {
      const [ga, go, gs] = generationKeys;
      looked = await this.redis.sesgwCacheLookup(ga, go, gs, base, this.lockMs, token);
      this.recovered();
    } catch (error) {
      this.failed(error);
      dependencies?.uncacheable();
      // Without Redis: this process's own single flight, then SES at the quota.
      return this.degraded.get(localKey(key), load, signal, onLookup);
    }
    const [g1, g2, g3, kept, locked, remainingMs] = looked;
    if (dependencies) {
      generationKeys.forEach((generationKey, index) => dependencies.generations.set(generationKey, [g1, g2, g3][index] as string));
      dependencies.noteAnswer(kept !== '' ? remainingMs : this.options.ttlMs);
    }
    if (kept !== '') {
      onLookup?.(true);
      return decode<T>(kept);
    }
    const generations: Generations = [g1, g2, g3];
    const versioned = `${base}|${g1}|${g2}|${g3}`;
    return this.inFlight.get(versioned, (abandon) => this.fill<T>(key, versioned, generations, load, locked === 1, token, abandon), signal, onLookup);
  }

  async invalidate(region: string, operation: string, subject?: string): Promise<void> {
    // Loads in flight under the old generations need no dropping: every lookup from now on makes a new versioned key.
    this.degraded.dropPrefix(localPrefix(region, operation, subject));
    const keys = subject === undefined ? [this.operationGeneration(region, operation)] : [this.subjectGeneration(region, operation, subject)];
    await this.bump(keys, subject === undefined ? 0 : this.generationTtlMs());
  }

  async clear(): Promise<void> {
    this.inFlight.clear();
    this.degraded.clear();
    await this.bump([this.allGeneration()], 0);
  }

  dependencies(): ReadDependencies | undefined {
    return this.options.ttlMs > 0 ? new ReadDependencies(0) : undefined;
  }

  async getResponse(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.sesgwResponseGet(this.responseKey(key))) ?? undefined;
    } catch (error) {
      this.failed(error);
      return undefined;
    }
  }

  async putResponse(key: string, body: string, dependencies: ReadDependencies): Promise<void> {
    if (!dependencies.cacheable || dependencies.ttlMs < 1) return;
    const entry = JSON.stringify({ g: [...dependencies.generations], b: body });
    try {
      await this.redis.sesgwResponsePut(this.responseKey(key), entry, Math.min(this.options.ttlMs, Math.floor(dependencies.ttlMs)));
    } catch (error) {
      this.failed(error);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  /**
   * Loads an answer and keeps it. Holding the lock, this replica asks SES; otherwise it waits for the replica that does, and
   * takes over if that one gives up without an answer.
   */
  private async fill<T>(key: ReadKey, versioned: string, generations: Generations, load: Load<T>, locked: boolean, token: string, abandon: AbortSignal | undefined): Promise<T> {
    let holding = locked;
    const deadline = performance.now() + this.lockMs;
    for (let attempt = 0; !holding && performance.now() < deadline; attempt += 1) {
      await sleep(POLL_DELAYS_MS[Math.min(attempt, POLL_DELAYS_MS.length - 1)] as number, undefined, abandon ? { signal: abandon } : undefined).catch(() => {
        throw abandonment(abandon as AbortSignal);
      });
      let polled: [string, number];
      try {
        polled = await this.redis.sesgwCachePoll(versioned, `${versioned}|lock`, this.lockMs, token);
      } catch (error) {
        this.failed(error);
        break;
      }
      const [kept, nowLocked] = polled;
      if (kept !== '') return decode<T>(kept);
      holding = nowLocked === 1;
    }
    let answer: T;
    try {
      answer = await load(abandon);
    } catch (error) {
      // Never keep a failure: release the lock so a waiting replica asks SES itself.
      void this.keep(key, versioned, generations, '', token);
      throw error;
    }
    await this.keep(key, versioned, generations, encode(answer), token);
    return answer;
  }

  private async keep(key: ReadKey, versioned: string, [g1, g2, g3]: Generations, answer: string, token: string): Promise<void> {
    const [ga, go, gs] = this.generationKeys(key);
    try {
      await this.redis.sesgwCacheStore(ga, go, gs, versioned, `${versioned}|lock`, g1, g2, g3, answer, this.options.ttlMs, token);
    } catch (error) {
      this.failed(error);
    }
  }

  /**
   * Bumps generation keys before the write's mutation returns. When Redis
   * cannot be told, the bump is retried in the background for as long as an
   * answer from before the write could still be kept (the TTL).
   */
  private async bump(keys: string[], ttlMs: number): Promise<void> {
    const run = () => this.redis.sesgwCacheBump(keys.length + 1, this.counterKey(), ...keys, ttlMs);
    try {
      await run();
      return;
    } catch (error) {
      this.failed(error);
    }
    void (async () => {
      const until = performance.now() + Math.max(this.options.ttlMs, 1000);
      while (!this.closed && performance.now() < until) {
        await sleep(250);
        try {
          await run();
          return;
        } catch {
          // Still unavailable; the loop ends with the TTL.
        }
      }
    })();
  }

  /** Subject generations outlive every answer made with them; then they may go (the counter never repeats). */
  private generationTtlMs(): number {
    return this.options.ttlMs * 2 + this.lockMs;
  }

  private baseKey(key: ReadKey): string {
    const digest = createHash('sha1').update(key.input).digest('base64url');
    return `${this.prefix}v:${key.region}:${key.operation}:${digest}`;
  }

  private generationKeys(key: ReadKey): [string, string, string] {
    return [
      this.allGeneration(),
      this.operationGeneration(key.region, key.operation),
      key.subject === undefined ? `${this.prefix}g:none` : this.subjectGeneration(key.region, key.operation, key.subject),
    ];
  }

  private allGeneration(): string {
    return `${this.prefix}g`;
  }

  private operationGeneration(region: string, operation: string): string {
    return `${this.prefix}g:${region}:${operation}`;
  }

  private subjectGeneration(region: string, operation: string, subject: string): string {
    return `${this.prefix}g:${region}:${operation}:${createHash('sha1').update(subject).digest('base64url')}`;
  }

  private responseKey(key: string): string {
    return `${this.prefix}r:${key}`;
  }

  private counterKey(): string {
    return `${this.prefix}counter`;
  }

  private failed(error: unknown): void {
    if (this.closed || this.unavailable) return;
    this.unavailable = true;
    this.options.onUnavailable?.(error);
  }

  private recovered(): void {
    if (!this.unavailable || this.closed) return;
    this.unavailable = false;
    this.options.onRecovered?.();
  }
}
