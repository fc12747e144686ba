/**
 * The identity index in Redis, shared by every replica (store.ts has the
 * rules). Per region, under one hash tag so a cluster keeps them together:
 *
 *   <prefix>{<region>}:sets    hash  identity -> default set name ('' for none)
 *   <prefix>{<region>}:stamps  hash  identity -> "<generation>:<fenceUntil>:<writtenAt>"
 *   <prefix>{<region>}:meta    hash  generation, passStartedAt, completedAt, completedPassStartedAt
 *   <prefix>{<region>}:lock    string, the reconciler's lock (owner token, with a TTL)
 *   <prefix>regions            set of the regions held
 *
 * Every change is one Lua script, so a pass, writes and reads never
 * interleave inside one another, and the fence is measured on Redis's clock.
 *
 * The connection is the index's own, separate from the limiter's, with short
 * timeouts and no offline queue: while Redis is away every call fails at once
 * and the gateway answers by scanning SES instead.
 */
import { Redis } from 'ioredis';
import type { DefaultSet, IdentityIndexStore, IndexMeta, IndexSnapshot } from './store.js';

/** How long connecting, and then any one command, may take: a request waits no longer than this for the index. */
const INDEX_REDIS_TIMEOUT_MS = 500;

const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

const STAMP = `local function stampOf(value)
  if not value then return 0, 0, 0 end
  local g, f, w = string.match(value, '^(%d+):(%d+):(%d+)$')
  return tonumber(g) or 0, tonumber(f) or 0, tonumber(w) or 0
end`;

/** KEYS: meta, sets, stamps. ARGV: identity, set, exists ('1'/'0'), kind ('w'/'r'), fenceMs, writtenAt. */
const APPLY = `${NOW}
${STAMP}
local id, set, exists = ARGV[1], ARGV[2], ARGV[3] == '1'
local gen = tonumber(redis.call('HGET', KEYS[1], 'generation') or '0')
local _, fence, writtenAt = stampOf(redis.call('HGET', KEYS[3], id))
if ARGV[4] == 'w' then
  local at = tonumber(ARGV[6])
  if writtenAt > at then return 0 end
  writtenAt = at
  fence = math.max(fence, at + tonumber(ARGV[5]))
elseif now < fence then
  local current = redis.call('HGET', KEYS[2], id)
  local agrees = (exists and current == set) or (not exists and not current)
  if not agrees then
    redis.call('HSET', KEYS[3], id, gen .. ':' .. fence .. ':' .. writtenAt)
    return 0
  end
end
if exists then
  redis.call('HSET', KEYS[2], id, set)
  redis.call('HSET', KEYS[3], id, gen .. ':' .. fence .. ':' .. writtenAt)
else
  redis.call('HDEL', KEYS[2], id)
  if fence > now then
    redis.call('HSET', KEYS[3], id, gen .. ':' .. fence .. ':' .. writtenAt)
  else
    redis.call('HDEL', KEYS[3], id)
  end
end
return 1`;

/** KEYS: meta. */
const START_PASS = `${NOW}
local gen = redis.call('HINCRBY', KEYS[1], 'generation', 1)
redis.call('HSET', KEYS[1], 'passStartedAt', now)
return gen`;

/** KEYS: meta, sets, stamps. ARGV: generation. */
const FINISH_PASS = `${NOW}
${STAMP}
local gen = tonumber(ARGV[1])
if tonumber(redis.call('HGET', KEYS[1], 'generation') or '-1') ~= gen then return 0 end
local stamps = redis.call('HGETALL', KEYS[3])
for i = 1, #stamps, 2 do
  local id = stamps[i]
  local g, fence = stampOf(stamps[i + 1])
  if fence <= now then
    if g < gen then
      redis.call('HDEL', KEYS[2], id)
      redis.call('HDEL', KEYS[3], id)
    elseif redis.call('HEXISTS', KEYS[2], id) == 0 then
      redis.call('HDEL', KEYS[3], id)
    end
  end
end
-- An entry without a stamp (its stamps key evicted) was not seen by this pass either.
local ids = redis.call('HKEYS', KEYS[2])
for i = 1, #ids do
  if redis.call('HEXISTS', KEYS[3], ids[i]) == 0 then redis.call('HDEL', KEYS[2], ids[i]) end
end
redis.call('HSET', KEYS[1], 'completedAt', now, 'completedPassStartedAt', redis.call('HGET', KEYS[1], 'passStartedAt') or now)
return 1`;

/** KEYS: meta, sets. ARGV: withSets. The entries only once a pass completed: before, they are not an answer. */
const READ = `local meta = redis.call('HGETALL', KEYS[1])
if ARGV[1] == '1' and redis.call('HEXISTS', KEYS[1], 'completedAt') == 1 then
  return {meta, redis.call('HGETALL', KEYS[2])}
end
return {meta, {}}`;

/** KEYS: lock. ARGV: owner, ttlMs. */
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

/** KEYS: lock. ARGV: owner. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

interface IndexCommands {
  indexApply(meta: string, sets: string, stamps: string, identity: string, set: string, exists: string, kind: string, fenceMs: number, writtenAt: number): Promise<number>;
  indexStartPass(meta: string): Promise<number>;
  indexFinishPass(meta: string, sets: string, stamps: string, generation: number): Promise<number>;
  indexRead(meta: string, sets: string, withSets: string): Promise<[string[], string[]]>;
  indexRenew(lock: string, owner: string, ttlMs: number): Promise<number>;
  indexRelease(lock: string, owner: string): Promise<number>;
}

const SCRIPTS: Record<keyof IndexCommands, { numberOfKeys: number; lua: string }> = {
  indexApply: { numberOfKeys: 3, lua: APPLY },
  indexStartPass: { numberOfKeys: 1, lua: START_PASS },
  indexFinishPass: { numberOfKeys: 3, lua: FINISH_PASS },
  indexRead: { numberOfKeys: 2, lua: READ },
  indexRenew: { numberOfKeys: 1, lua: RENEW },
  indexRelease: { numberOfKeys: 1, lua: RELEASE },
};

function pairs(flat: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < flat.length; i += 2) map.set(flat[i] as string, flat[i + 1] as string);
  return map;
}

const numberOrNull = (value: string | undefined) => (value === undefined ? null : Number(value));

interface RedisIndexStoreOptions {
  url: string;
  /** Key prefix: LIMITER_ID, so replicas that share a quota (one account) share the index. */
  prefix: string;
  fenceMs: number;
  /** Where connection errors go; called at most once per outage. */
  onError?: (error: unknown) => void;
}

export class RedisIndexStore implements IdentityIndexStore {
  readonly shared = true;
  private readonly redis: Redis;
  private readonly commands: IndexCommands;
  private readonly prefix: string;
  private reported = false;

  constructor(private readonly options: RedisIndexStoreOptions) {
    this.prefix = `${options.prefix}:identity-index:`;
    this.redis = new Redis(options.url, {
      // Fail at once while Redis is away rather than queueing: the caller scans SES instead.
      enableOfflineQueue: false,
      connectTimeout: INDEX_REDIS_TIMEOUT_MS * 2,
      // A Redis that accepts connections but does not answer (hung, paused) must not hold requests either.
      commandTimeout: INDEX_REDIS_TIMEOUT_MS,
      maxRetriesPerRequest: 0,
    });
    this.redis.on('error', (error: unknown) => {
      if (this.reported) return;
      this.reported = true;
      options.onError?.(error);
    });
    this.redis.on('ready', () => {
      this.reported = false;
    });
    for (const [name, { numberOfKeys, lua }] of Object.entries(SCRIPTS)) this.redis.defineCommand(name, { numberOfKeys, lua });
    this.commands = this.redis as Redis & IndexCommands;
  }

  usable(): boolean {
    return this.redis.status === 'ready';
  }

  ready(): Promise<void> {
    const redis = this.redis;
    if (redis.status === 'ready') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const settle = (error?: unknown) => {
        redis.off('ready', onReady);
        redis.off('error', settle);
        if (error === undefined) resolve();
        else reject(error instanceof Error ? error : new Error(String(error)));
      };
      const onReady = () => settle();
      redis.once('ready', onReady);
      redis.once('error', settle);
    });
  }

  async read(region: string, withSets: boolean): Promise<IndexSnapshot> {
    const [meta, sets] = await this.commands.indexRead(this.key(region, 'meta'), this.key(region, 'sets'), withSets ? '1' : '0');
    const fields = pairs(meta);
    const completedAt = numberOrNull(fields.get('completedAt'));
    const snapshot: IndexMeta = {
      generation: Number(fields.get('generation') ?? 0),
      completedAt,
      completedPassStartedAt: numberOrNull(fields.get('completedPassStartedAt')),
    };
    return { meta: snapshot, sets: withSets && completedAt !== null ? pairs(sets) : null };
  }

  async applyWrite(region: string, identity: string, set: DefaultSet, at: number): Promise<void> {
    await this.apply(region, identity, set, 'w', at);
  }

  async applyRead(region: string, identity: string, set: DefaultSet): Promise<void> {
    await this.apply(region, identity, set, 'r', 0);
  }

  startPass(region: string): Promise<number> {
    return this.commands.indexStartPass(this.key(region, 'meta'));
  }

  async finishPass(region: string, generation: number): Promise<boolean> {
    return (await this.commands.indexFinishPass(this.key(region, 'meta'), this.key(region, 'sets'), this.key(region, 'stamps'), generation)) === 1;
  }

  async invalidate(region: string): Promise<void> {
    await this.redis.hdel(this.key(region, 'meta'), 'completedAt', 'completedPassStartedAt');
  }

  async acquire(region: string, owner: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.key(region, 'lock'), owner, 'PX', ttlMs, 'NX')) === 'OK';
  }

  async renew(region: string, owner: string, ttlMs: number): Promise<boolean> {
    return (await this.commands.indexRenew(this.key(region, 'lock'), owner, ttlMs)) === 1;
  }

  async release(region: string, owner: string): Promise<void> {
    await this.commands.indexRelease(this.key(region, 'lock'), owner);
  }

  regions(): Promise<string[]> {
    return this.redis.smembers(`${this.prefix}regions`);
  }

  async addRegion(region: string): Promise<void> {
    await this.redis.sadd(`${this.prefix}regions`, region);
  }

  async close(): Promise<void> {
    // quit() would wait for a Redis that is away; nothing queued here needs to be sent.
    this.redis.disconnect();
  }

  private async apply(region: string, identity: string, set: DefaultSet, kind: 'w' | 'r', at: number): Promise<void> {
    await this.commands.indexApply(
      this.key(region, 'meta'),
      this.key(region, 'sets'),
      this.key(region, 'stamps'),
      identity,
      set ?? '',
      set === null ? '0' : '1',
      kind,
      this.options.fenceMs,
      at,
    );
  }

  private key(region: string, name: 'meta' | 'sets' | 'stamps' | 'lock'): string {
    return `${this.prefix}{${region}}:${name}`;
  }
}
