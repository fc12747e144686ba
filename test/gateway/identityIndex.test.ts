import { CreateConfigurationSetCommand, CreateEmailIdentityCommand, DeleteEmailIdentityCommand, PutEmailIdentityConfigurationSetAttributesCommand } from '@aws-sdk/client-sesv2';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_ACCOUNT_ID, loadConfig } from '../../src/gateway/config.js';
import type { IdentityIndex, IdentityIndexReport, IndexFreshness } from '../../src/gateway/identityIndex/identityIndex.js';
import type { PassResult } from '../../src/gateway/identityIndex/reconciler.js';
import { startGateway, type RunningGateway } from '../../src/gateway/server.js';
import { startStack, type GatewayStack } from '../support/gateway.js';
import { startRedis, type RedisServer } from '../support/redis.js';

const REGION = 'us-east-1';
/**
 * The index on (test stacks turn it off), and the shared cache off, so every
 * read the gateway makes reaches the emulator's counters.
 */
const INDEX_ON = { IDENTITY_INDEX: 'on', CACHE_TTL_SECONDS: '0' };

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { identityIndex?: IdentityIndexReport[]; cost?: { estimate: { calls: Record<string, number> }; sesCalls: Record<string, number> } };
}

async function post(gateway: RunningGateway, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as Answer;
}

const USERS = 'query Users($name: String!) { configurationSet(name: $name) { defaultForIdentities { name } } }';

/** The names of the identities using `set`, failing on any error. */
async function usersOf(gateway: RunningGateway, set: string): Promise<{ names: string[]; answer: Answer }> {
  const answer = await post(gateway, USERS, { name: set });
  expect(answer.errors).toBeUndefined();
  const found = answer.data?.configurationSet as { defaultForIdentities: { name: string }[] } | null;
  return { names: (found?.defaultForIdentities ?? []).map(({ name }) => name).sort(), answer };
}

function indexOf(gateway: RunningGateway): IdentityIndex {
  if (!gateway.identityIndex) throw new Error('the identity index is off');
  return gateway.identityIndex;
}

/** Waits (bounded) until the region's index is complete from a pass that started after `after` (ms since the epoch). */
async function untilComplete(gateway: RunningGateway, after = 0, timeoutMs = 15_000): Promise<IndexFreshness> {
  const index = indexOf(gateway);
  // Asking marks the region as one to reconcile.
  index.completeNow(REGION);
  let freshness: IndexFreshness | undefined;
  for (const until = Date.now() + timeoutMs; Date.now() < until; await sleep(50)) {
    freshness = await index.freshness(REGION);
    if (freshness.complete && (freshness.lastFullPassStartedAt ?? 0) > after) return freshness;
  }
  throw new Error(`the identity index did not complete a pass in ${timeoutMs} ms: ${JSON.stringify(freshness)}`);
}

/** The next pass this replica ends. */
function nextPass(gateway: RunningGateway): Promise<PassResult> {
  return new Promise((resolve) => {
    const stop = indexOf(gateway).onPass((result) => {
      stop();
      resolve(result);
    });
  });
}

/** Sets set-a and set-b; a1, a2 use set-a, b1 set-b, none.example.com none. Made directly at the emulator, not through the gateway. */
async function seed(stack: GatewayStack): Promise<void> {
  const ses = stack.emulator.client();
  for (const name of ['set-a', 'set-b']) await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
  for (const [name, set] of [['a1.example.com', 'set-a'], ['a2.example.com', 'set-a'], ['b1.example.com', 'set-b'], ['none.example.com', undefined]] as const) {
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: name, ...(set !== undefined && { ConfigurationSetName: set }) }));
  }
}

async function resetCalls(stack: GatewayStack): Promise<void> {
  await stack.emulator.admin('DELETE', '/_emulator/stats');
}

/** A second gateway on the same emulator (another replica). */
function replicaOf(stack: GatewayStack, env: Record<string, string>): Promise<RunningGateway> {
  return startGateway({
    config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SES_RETRY_BASE_MS: '50', SES_DEFAULT_RATE: '1000', SES_RATES: 'BatchGetMetricData=1000', ...env }),
    ses: { endpoint: stack.emulator.emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'test' } },
    logger: false,
  });
}

describe('the identity index', () => {
  it('scans until a full pass completes, then answers defaultForIdentities with no SES call', async () => {
    // A slow pass (1% of 1000 calls/s), so the first query is surely answered before it ends.
    const stack = await startStack({ env: { ...INDEX_ON, IDENTITY_INDEX_QUOTA_SHARE: '0.01' } });
    try {
      await seed(stack);
      const before = await usersOf(stack.gateway, 'set-a');
      expect(before.names).toEqual(['a1.example.com', 'a2.example.com']);
      expect(before.answer.extensions?.identityIndex).toEqual([{ region: REGION, complete: false, lastFullPassAt: null, lastFullPassStartedAt: null, answeredFrom: 'SCAN' }]);

      const freshness = await untilComplete(stack.gateway);
      await resetCalls(stack);
      const after = await usersOf(stack.gateway, 'set-a');
      expect(after.names).toEqual(['a1.example.com', 'a2.example.com']);
      expect((await usersOf(stack.gateway, 'set-b')).names).toEqual(['b1.example.com']);
      // The set's existence check only: nothing of the identities.
      expect(await stack.calls()).toEqual({ GetConfigurationSet: 2 });
      expect(after.answer.extensions?.cost?.sesCalls).toEqual({ GetConfigurationSet: 1 });
      expect(after.answer.extensions?.identityIndex).toEqual([
        {
          region: REGION,
          complete: true,
          lastFullPassAt: new Date(freshness.lastFullPassAt ?? 0).toISOString(),
          lastFullPassStartedAt: new Date(freshness.lastFullPassStartedAt ?? 0).toISOString(),
          answeredFrom: 'INDEX',
        },
      ]);
    } finally {
      await stack.close();
    }
  });

  it('shows a write through the gateway at once, in defaultForIdentities and in the delete guard', async () => {
    const stack = await startStack({ env: INDEX_ON });
    try {
      await seed(stack);
      await untilComplete(stack.gateway);
      await resetCalls(stack);
      const create = await post(stack.gateway, 'mutation { createEmailIdentity(input: { name: "new.example.com", defaultConfigurationSetName: "set-a" }) { userErrors { code } } }');
      expect(create.errors).toBeUndefined();
      expect((await usersOf(stack.gateway, 'set-a')).names).toEqual(['a1.example.com', 'a2.example.com', 'new.example.com']);

      for (const name of ['a1.example.com', 'a2.example.com', 'new.example.com']) {
        const moved = await post(stack.gateway, 'mutation Move($name: String!) { setEmailIdentityDefaultConfigurationSet(input: { name: $name, configurationSetName: "set-b" }) { userErrors { code } } }', { name });
        expect(moved.data).toEqual({ setEmailIdentityDefaultConfigurationSet: { userErrors: [] } });
      }
      const removed = await post(stack.gateway, 'mutation { deleteEmailIdentity(input: { name: "b1.example.com" }) { userErrors { code } } }');
      expect(removed.errors).toBeUndefined();
      expect((await usersOf(stack.gateway, 'set-a')).names).toEqual([]);
      expect((await usersOf(stack.gateway, 'set-b')).names).toEqual(['a1.example.com', 'a2.example.com', 'new.example.com']);

      // The guard answers from the index too: set-b is in use, set-a no longer.
      const DELETE = 'mutation Delete($name: String!) { deleteConfigurationSet(input: { name: $name }) { deletedConfigurationSetId identitiesUsingSet { name } userErrors { code } } }';
      const refused = await post(stack.gateway, DELETE, { name: 'set-b' });
      expect(refused.data?.deleteConfigurationSet).toMatchObject({ deletedConfigurationSetId: null, userErrors: [{ code: 'IN_USE' }] });
      expect(refused.extensions?.identityIndex?.[0]?.answeredFrom).toBe('INDEX');
      const deleted = await post(stack.gateway, DELETE, { name: 'set-a' });
      expect(deleted.data?.deleteConfigurationSet).toMatchObject({ deletedConfigurationSetId: expect.any(String), identitiesUsingSet: [], userErrors: [] });

      // Identities keep naming a deleted set as their default, in SES and in the index.
      const forced = await post(stack.gateway, 'mutation { deleteConfigurationSet(input: { name: "set-b", force: true }) { identitiesUsingSet { name } } }');
      expect(forced.data?.deleteConfigurationSet).toEqual({ identitiesUsingSet: [{ name: 'a1.example.com' }, { name: 'a2.example.com' }, { name: 'new.example.com' }] });

      // Not one identity read or listing in all of it.
      const calls = await stack.calls();
      expect([calls.ListEmailIdentities, calls.GetEmailIdentity]).toEqual([undefined, undefined]);
    } finally {
      await stack.close();
    }
  });

  it('picks up a change made outside the gateway with the next full pass', async () => {
    const stack = await startStack({ env: { ...INDEX_ON, IDENTITY_INDEX_REFRESH_SECONDS: '1' } });
    try {
      await seed(stack);
      await untilComplete(stack.gateway);
      expect((await usersOf(stack.gateway, 'set-a')).names).toEqual(['a1.example.com', 'a2.example.com']);

      const ses = stack.emulator.client();
      await ses.send(new PutEmailIdentityConfigurationSetAttributesCommand({ EmailIdentity: 'a1.example.com', ConfigurationSetName: 'set-b' }));
      await ses.send(new DeleteEmailIdentityCommand({ EmailIdentity: 'a2.example.com' }));
      await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: 'outside.example.com', ConfigurationSetName: 'set-a' }));
      const changedAt = Date.now();
      await untilComplete(stack.gateway, changedAt);
      expect((await usersOf(stack.gateway, 'set-a')).names).toEqual(['outside.example.com']);
      expect((await usersOf(stack.gateway, 'set-b')).names).toEqual(['a1.example.com', 'b1.example.com']);
    } finally {
      await stack.close();
    }
  });

  it('prices a query the complete index answers at no scan, so a large region is no longer refused', async () => {
    // A region priced at 100,000 identities: 100 s of GetEmailIdentity at 1000/s, over the 30 s budget.
    const stack = await startStack({ env: { ...INDEX_ON, IDENTITY_SCAN_ESTIMATE: '100000' } });
    try {
      await seed(stack);
      const refused = await post(stack.gateway, USERS, { name: 'set-a' });
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUOTA_BUDGET_EXCEEDED');
      // Refused, but asked: the region is reconciled from then on.
      await untilComplete(stack.gateway);
      const { names, answer } = await usersOf(stack.gateway, 'set-a');
      expect(names).toEqual(['a1.example.com', 'a2.example.com']);
      expect(answer.extensions?.cost?.estimate.calls).toEqual({ GetConfigurationSet: 1 });
    } finally {
      await stack.close();
    }
  });
});

describe('the identity index in Redis', () => {
  let redis: RedisServer;
  let fleets = 0;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis.stop());

  /** Each test its own LIMITER_ID: its own limiter state and index in the one Redis. */
  const inRedis = () => {
    fleets += 1;
    return { ...INDEX_ON, REDIS_URL: redis.url, LIMITER_ID: `index-test-${fleets}` };
  };

  it('survives a restart: a new gateway answers from the index with no SES call', async () => {
    const env = inRedis();
    const stack = await startStack({ env });
    let first: RunningGateway | undefined = stack.gateway;
    let restarted: RunningGateway | undefined;
    try {
      await seed(stack);
      await untilComplete(stack.gateway);
      await first.close();
      first = undefined;

      restarted = await replicaOf(stack, env);
      await resetCalls(stack);
      const { names, answer } = await usersOf(restarted, 'set-a');
      expect(names).toEqual(['a1.example.com', 'a2.example.com']);
      expect(answer.extensions?.identityIndex?.[0]).toMatchObject({ complete: true, answeredFrom: 'INDEX' });
      expect(await stack.calls()).toEqual({ GetConfigurationSet: 1 });
    } finally {
      await first?.close();
      await restarted?.close();
      await stack.emulator.close();
    }
  });

  it('lets one replica of two reconcile a region', async () => {
    const env = { ...inRedis(), IDENTITY_INDEX_REGIONS: REGION };
    const stack = await startStack({ env: INDEX_ON });
    let replicas: RunningGateway[] = [];
    try {
      await seed(stack);
      await resetCalls(stack);
      replicas = await Promise.all([replicaOf(stack, env), replicaOf(stack, env)]);
      const [first, second] = replicas as [RunningGateway, RunningGateway];
      await untilComplete(first);
      // Time for the other replica to have run a pass too, had it taken the region.
      await sleep(1000);
      expect(await stack.calls()).toEqual({ ListEmailIdentities: 1, GetEmailIdentity: 4 });
      expect((await usersOf(second, 'set-b')).names).toEqual(['b1.example.com']);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
      await stack.close();
    }
  });

  it('falls back to the scan, without an error, while its Redis is down', async () => {
    // The index in its own Redis, the limiter in process: only the index loses its store.
    const own = await startRedis();
    const stack = await startStack({ env: { ...INDEX_ON, IDENTITY_INDEX_REDIS_URL: own.url } });
    try {
      await seed(stack);
      await untilComplete(stack.gateway);
      expect((await usersOf(stack.gateway, 'set-a')).answer.extensions?.identityIndex?.[0]?.answeredFrom).toBe('INDEX');

      await own.stop();
      // A write's index update has nowhere to go: the write still succeeds.
      const write = await post(stack.gateway, 'mutation { setEmailIdentityDefaultConfigurationSet(input: { name: "b1.example.com", configurationSetName: "set-a" }) { userErrors { code } } }');
      expect(write).toMatchObject({ data: { setEmailIdentityDefaultConfigurationSet: { userErrors: [] } } });
      await resetCalls(stack);
      const { names, answer } = await usersOf(stack.gateway, 'set-a');
      expect(names).toEqual(['a1.example.com', 'a2.example.com', 'b1.example.com']);
      expect(answer.extensions?.identityIndex?.[0]).toMatchObject({ complete: false, answeredFrom: 'SCAN' });
      expect(await stack.calls()).toMatchObject({ ListEmailIdentities: 1, GetEmailIdentity: 4 });
    } finally {
      await stack.close();
      await own.stop();
    }
  });
});

describe('the reconciler and the SES quota', () => {
  /** Seeds `count` identities with the emulator's quotas off, then puts them back on. */
  async function seedMany(stack: GatewayStack, count: number): Promise<void> {
    await stack.emulator.admin('PUT', '/_emulator/quotas', { enabled: false });
    const ses = stack.emulator.client();
    await Promise.all(Array.from({ length: count }, (_, i) => ses.send(new CreateEmailIdentityCommand({ EmailIdentity: `id-${String(i).padStart(3, '0')}.example.com` }))));
    await stack.emulator.admin('PUT', '/_emulator/quotas', { enabled: true });
    await resetCalls(stack);
  }

  it('stays within its share of each operation\'s quota', { timeout: 30_000 }, async () => {
    const RATE = 20;
    const SHARE = 0.25;
    const COUNT = 25;
    const stack = await startStack({ emulator: { quotas: { defaultRate: RATE } }, env: { ...INDEX_ON, SES_DEFAULT_RATE: String(RATE), IDENTITY_INDEX_QUOTA_SHARE: String(SHARE) } });
    try {
      await seedMany(stack, COUNT);
      const pass = nextPass(stack.gateway);
      indexOf(stack.gateway).completeNow(REGION);
      const { identities, startedAt, endedAt, completed } = await pass;
      expect([identities, completed]).toEqual([COUNT, true]);
      // COUNT reads spaced 1 / (RATE x SHARE) = 200 ms apart, after the listing.
      const bound = ((COUNT - 1) / (RATE * SHARE)) * 1000;
      console.log(`pass over ${COUNT} identities at ${RATE}/s x ${SHARE}: ${endedAt - startedAt} ms (bound ${bound} ms)`);
      expect(endedAt - startedAt).toBeGreaterThanOrEqual(bound * 0.95);
      const stats = await stack.emulator.stats();
      expect(stats.operations.GetEmailIdentity).toMatchObject({ calls: COUNT, throttled: 0 });
      // 5 a second; a one-second window can hold one more at its edges.
      expect(stats.operations.GetEmailIdentity?.maxCallsPerSecond).toBeLessThanOrEqual(RATE * SHARE + 1);
    } finally {
      await stack.close();
    }
  });

  it('serves a user\'s calls behind at most one background call each', { timeout: 30_000 }, async () => {
    const RATE = 5;
    const INTERVAL_MS = (1000 / RATE) * 1.03;
    const USER_CALLS = 4;
    // The whole quota for the reconciler: it always wants the next slot.
    const stack = await startStack({ emulator: { quotas: { defaultRate: RATE } }, env: { ...INDEX_ON, SES_DEFAULT_RATE: String(RATE), IDENTITY_INDEX_QUOTA_SHARE: '1' } });
    try {
      await seedMany(stack, 60);
      const pass = nextPass(stack.gateway);
      indexOf(stack.gateway).completeNow(REGION);
      const reads = async () => (await stack.calls()).GetEmailIdentity ?? 0;
      for (let i = 0; i < 100 && (await reads()) < 3; i += 1) await sleep(50);
      expect(await reads()).toBeGreaterThanOrEqual(3);

      const before = await reads();
      const started = performance.now();
      const query = `{ ${Array.from({ length: USER_CALLS }, (_, i) => `i${i}: emailIdentity(name: "cold-${i}.example.com") { name }`).join(' ')} }`;
      const answer = await post(stack.gateway, query);
      const ms = performance.now() - started;
      const during = (await reads()) - before;
      expect(answer.errors).toBeUndefined();
      expect(answer.extensions?.cost?.sesCalls).toEqual({ GetEmailIdentity: USER_CALLS });
      console.log(`${USER_CALLS} user reads during a pass at the full rate: ${Math.round(ms)} ms, ${during - USER_CALLS} background reads meanwhile (interval ${Math.round(INTERVAL_MS)} ms)`);
      // Alternating turns: each user call behind at most one background call, plus one in flight when the request came.
      expect(during - USER_CALLS).toBeLessThanOrEqual(USER_CALLS + 1);
      expect(ms).toBeLessThan((2 * USER_CALLS + 2) * INTERVAL_MS);
      expect((await pass).completed).toBe(true);
      expect((await stack.emulator.stats()).operations.GetEmailIdentity?.throttled).toBe(0);
    } finally {
      await stack.close();
    }
  });
});
