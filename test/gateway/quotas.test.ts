import { CreateConfigurationSetCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_ACCOUNT_ID, loadConfig } from '../../src/gateway/config.js';
import { startGateway, type RunningGateway } from '../../src/gateway/server.js';
import { graphql } from '../generated/index.js';
import { startHarness, type EmulatorHarness } from '../support/emulator.js';
import { startStack, type GatewayStack } from '../support/gateway.js';
import { startRedis, type RedisServer } from '../support/redis.js';

const ReadSet = graphql(`
  query QuotaReadSet($name: String!) {
    configurationSet(name: $name) { name sendingEnabled }
  }
`);
const ListSets = graphql(`
  query QuotaListSets {
    configurationSets(first: 5) { nodes { name } }
  }
`);
const CreateSet = graphql(`
  mutation QuotaCreateSet($input: CreateConfigurationSetInput!) {
    createConfigurationSet(input: $input) { configurationSet { name } userErrors { code message } }
  }
`);
const PauseSet = graphql(`
  mutation QuotaPauseSet($input: SetConfigurationSetSendingEnabledInput!) {
    setConfigurationSetSendingEnabled(input: $input) { configurationSet { name sendingEnabled } userErrors { code message } }
  }
`);

/** SES's documented rates, as the emulator enforces them by default. */
const RATE: Record<string, number> = { BatchGetMetricData: 16 };
const rateOf = (operation: string) => RATE[operation] ?? 1;

/** Seeds sets with the emulator's quotas briefly off, so seeding does not spend the quota under test. */
async function seed(emulator: EmulatorHarness, names: string[]) {
  await emulator.admin('PUT', '/_emulator/quotas', { enabled: false });
  const client = emulator.client();
  for (const name of names) await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
  await emulator.admin('PUT', '/_emulator/quotas', { enabled: true });
  await emulator.admin('DELETE', '/_emulator/stats');
}

function expectWithinQuota(stats: Awaited<ReturnType<EmulatorHarness['stats']>>) {
  for (const [operation, op] of Object.entries(stats.operations)) {
    expect({ operation, throttled: op.throttled }).toEqual({ operation, throttled: 0 });
    expect(op.maxCallsPerSecond, operation).toBeLessThanOrEqual(rateOf(operation));
  }
}

describe('one gateway under SES quotas', () => {
  let stack: GatewayStack;
  beforeAll(async () => {
    stack = await startStack({
      emulator: { quotas: true },
      // Real SES rates, and no shared cache, so every read really reaches SES.
      env: { SES_DEFAULT_RATE: '1', SES_RATES: 'BatchGetMetricData=16', CACHE_TTL_SECONDS: '0' },
    });
  });
  afterAll(() => stack.close());

  it('serves a burst of reads and concurrent mutations from parallel clients without a throttle error', { timeout: 60_000 }, async () => {
    await seed(stack.emulator, ['burst-0', 'burst-1', 'burst-2']);
    // Latency on writes makes overlapping writes visible in the emulator's in-flight count.
    for (const operation of ['CreateConfigurationSet', 'PutConfigurationSetSendingOptions']) {
      await stack.emulator.admin('POST', '/_emulator/faults', { operation, latencyMs: 150 });
    }
    const results = await Promise.all([
      ...[0, 1, 2].map((i) => stack.execute(ReadSet, { name: `burst-${i}` })),
      ...[0, 1, 2].map(() => stack.execute(ListSets)),
      ...[0, 1, 2].map((i) => stack.execute(CreateSet, { input: { name: `new-${i}` } })),
      ...[0, 1].map((i) => stack.execute(PauseSet, { input: { name: `burst-${i}`, enabled: false } })),
    ]);
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(JSON.stringify(results)).not.toContain('"code"');
    const stats = await stack.emulator.stats();
    expect(stats.operations).toMatchObject({
      // Three reads, plus the two paused sets read back for the mutations' payloads.
      GetConfigurationSet: { calls: 5 },
      ListConfigurationSets: { calls: 3 },
      CreateConfigurationSet: { calls: 3 },
      PutConfigurationSetSendingOptions: { calls: 2 },
    });
    expectWithinQuota(stats);
    expect(stats.writes.maxInFlight).toBe(1);
  });
});

/** One set's read through one replica. */
function query(gateway: RunningGateway, name: string): Promise<{ errors?: unknown[]; data?: unknown }> {
  return fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ configurationSet(name: "' + name + '") { name sendingEnabled } }' }),
  }).then((response) => response.json() as Promise<{ errors?: unknown[]; data?: unknown }>);
}

describe('replicas sharing one quota through Redis', () => {
  let redis: RedisServer;
  let emulator: EmulatorHarness;
  const gateways: RunningGateway[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    emulator = await startHarness({ quotas: true, log: () => {} });
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      SES_DEFAULT_RATE: '1',
      CACHE_TTL_SECONDS: '0',
      REDIS_URL: redis.url,
      LIMITER_ID: `test-${process.pid}-${Date.now()}`,
    });
    for (let i = 0; i < 2; i += 1) {
      gateways.push(
        await startGateway({ config, ses: { endpoint: emulator.emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'x' } }, logger: false }),
      );
    }
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await emulator?.close();
    await redis?.stop();
  });

  it('keeps the fleet within one quota: no throttles, at most one call per second per operation', { timeout: 60_000 }, async () => {
    await seed(emulator, ['fleet-0', 'fleet-1', 'fleet-2', 'fleet-3']);
    const results = await Promise.all([0, 1, 2, 3].map((i) => query(gateways[i % 2] as RunningGateway, `fleet-${i}`)));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const stats = await emulator.stats();
    expect(stats.operations.GetConfigurationSet?.calls).toBe(4);
    expectWithinQuota(stats);
  });

  // Last in this block: it stops the Redis server.
  it('paces each replica in its own 1/N of the quota while Redis is away: every read answered, at most one throttle', { timeout: 60_000 }, async () => {
    // Both replicas have seen each other alive (a heartbeat every 2 s).
    await expect.poll(() => gateways.map((gateway) => gateway.limiter.fallbackSize()), { timeout: 10_000 }).toEqual([2, 2]);
    await redis.stop();
    await emulator.admin('DELETE', '/_emulator/stats');
    const results = await Promise.all([0, 1, 2, 3].map((i) => query(gateways[i % 2] as RunningGateway, `fleet-${i}`)));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const stats = await emulator.stats();
    // Every read answered once; a replica whose send is held up (a busy event loop) can land in the next one's interval
    // and be throttled and retried, which costs a call but no error. Pacing each replica at 1/N with no interval of
    // its own (both sending at once, each at half the rate) throttled 3 of these 4 reads.
    const reads = stats.operations.GetConfigurationSet;
    expect((reads?.calls ?? 0) - (reads?.throttled ?? 0)).toBe(4);
    expect(reads?.throttled).toBeLessThanOrEqual(1);
    expect(gateways.map((gateway) => gateway.limiter.fallbackReplicas())).toEqual([2, 2]);
    expect((await fetch(`${(gateways[0] as RunningGateway).url}/healthz`)).status).toBe(200);
  });
});
