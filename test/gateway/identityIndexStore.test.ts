import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisIndexStore } from '../../src/gateway/identityIndex/redisStore.js';
import { MemoryIndexStore, type IdentityIndexStore } from '../../src/gateway/identityIndex/store.js';
import { startRedis, type RedisServer } from '../support/redis.js';

/**
 * The rules both stores keep (store.ts), run against each: the memory store
 * of a gateway without Redis, and the Redis store with its Lua scripts.
 */
const FENCE_MS = 300;
const REGION = 'us-east-1';

let redis: RedisServer;
let prefixes = 0;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis.stop());

const stores: [string, () => Promise<IdentityIndexStore>][] = [
  ['MemoryIndexStore', async () => new MemoryIndexStore(FENCE_MS)],
  [
    'RedisIndexStore',
    async () => {
      prefixes += 1;
      const store = new RedisIndexStore({ url: redis.url, prefix: `store-test-${prefixes}`, fenceMs: FENCE_MS });
      await store.ready();
      return store;
    },
  ],
];

/** A store whose region has completed one (empty) pass, so its entries can be read. */
async function completed(make: () => Promise<IdentityIndexStore>): Promise<IdentityIndexStore> {
  const store = await make();
  expect(await store.finishPass(REGION, await store.startPass(REGION))).toBe(true);
  return store;
}

async function entries(store: IdentityIndexStore): Promise<Record<string, string>> {
  const { sets } = await store.read(REGION, true);
  return Object.fromEntries([...(sets ?? new Map<string, string>())].sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe.each(stores)('%s', (_name, make) => {
  it('answers no entries until a full pass has completed', async () => {
    const store = await make();
    try {
      await store.applyRead(REGION, 'a.example.com', 'set-a');
      expect(await store.read(REGION, true)).toEqual({ meta: { generation: 0, completedAt: null, completedPassStartedAt: null }, sets: null });
      const generation = await store.startPass(REGION);
      expect(await store.finishPass(REGION, generation)).toBe(true);
      const { meta, sets } = await store.read(REGION, true);
      expect(meta).toMatchObject({ generation: 1, completedAt: expect.any(Number), completedPassStartedAt: expect.any(Number) });
      // Not stamped by the pass: gone.
      expect(sets).toEqual(new Map());
    } finally {
      await store.close();
    }
  });

  it('drops a read that disagrees with a write it may predate, until the fence passes', async () => {
    const store = await completed(make);
    try {
      await store.applyWrite(REGION, 'a.example.com', 'set-b', Date.now());
      await store.applyRead(REGION, 'a.example.com', 'set-a');
      expect(await entries(store)).toEqual({ 'a.example.com': 'set-b' });
      await sleep(FENCE_MS + 50);
      await store.applyRead(REGION, 'a.example.com', 'set-a');
      expect(await entries(store)).toEqual({ 'a.example.com': 'set-a' });
    } finally {
      await store.close();
    }
  });

  it('keeps a deletion through the gateway against a stale read that still finds the identity', async () => {
    const store = await completed(make);
    try {
      await store.applyRead(REGION, 'a.example.com', 'set-a');
      await store.applyWrite(REGION, 'a.example.com', null, Date.now());
      await store.applyRead(REGION, 'a.example.com', 'set-a');
      expect(await entries(store)).toEqual({});
    } finally {
      await store.close();
    }
  });

  it('lets the later of two writes win, whichever arrives last (a write replayed after an outage)', async () => {
    const store = await completed(make);
    try {
      const now = Date.now();
      await store.applyWrite(REGION, 'a.example.com', 'set-new', now);
      await store.applyWrite(REGION, 'a.example.com', 'set-old', now - 5000);
      expect(await entries(store)).toEqual({ 'a.example.com': 'set-new' });
    } finally {
      await store.close();
    }
  });

  it('ends a pass by removing what it did not see, keeping what was written or read while it ran', async () => {
    const store = await make();
    try {
      const first = await store.startPass(REGION);
      for (const identity of ['kept.example.com', 'gone.example.com']) await store.applyRead(REGION, identity, 'set-a');
      expect(await store.finishPass(REGION, first)).toBe(true);
      await sleep(FENCE_MS + 50);
      const second = await store.startPass(REGION);
      await store.applyRead(REGION, 'kept.example.com', '');
      await store.applyWrite(REGION, 'created.example.com', 'set-b', Date.now());
      expect(await store.finishPass(REGION, second)).toBe(true);
      expect(await entries(store)).toEqual({ 'created.example.com': 'set-b', 'kept.example.com': '' });
    } finally {
      await store.close();
    }
  });

  it('does not complete a pass another pass superseded', async () => {
    const store = await make();
    try {
      const stale = await store.startPass(REGION);
      const current = await store.startPass(REGION);
      expect(await store.finishPass(REGION, stale)).toBe(false);
      expect((await store.read(REGION, false)).meta.completedAt).toBeNull();
      expect(await store.finishPass(REGION, current)).toBe(true);
      await store.invalidate(REGION);
      expect((await store.read(REGION, false)).meta.completedAt).toBeNull();
    } finally {
      await store.close();
    }
  });
});

describe('RedisIndexStore lock', () => {
  it('is held by one owner at a time, and only the owner renews or releases it', async () => {
    const store = new RedisIndexStore({ url: redis.url, prefix: 'lock-test', fenceMs: FENCE_MS });
    try {
      await store.ready();
      expect(await store.acquire(REGION, 'replica-1', 1000)).toBe(true);
      expect(await store.acquire(REGION, 'replica-2', 1000)).toBe(false);
      expect(await store.renew(REGION, 'replica-2', 1000)).toBe(false);
      await store.release(REGION, 'replica-2');
      expect(await store.renew(REGION, 'replica-1', 1000)).toBe(true);
      await store.release(REGION, 'replica-1');
      expect(await store.acquire(REGION, 'replica-2', 200)).toBe(true);
      // Not renewed: it lapses, and another replica takes over.
      await sleep(300);
      expect(await store.acquire(REGION, 'replica-1', 1000)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('fails at once, without waiting, while Redis is unreachable', async () => {
    const store = new RedisIndexStore({ url: 'redis://127.0.0.1:1', prefix: 'down-test', fenceMs: FENCE_MS });
    try {
      expect(store.usable()).toBe(false);
      const started = performance.now();
      await expect(store.read(REGION, true)).rejects.toThrow();
      expect(performance.now() - started).toBeLessThan(200);
    } finally {
      await store.close();
    }
  });
});
