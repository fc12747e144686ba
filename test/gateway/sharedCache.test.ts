/**
 * The read cache in Redis, as a fleet uses it: three gateway replicas, one
 * Redis, one emulator. SES calls are counted with the emulator's stats.
 */
import { CreateConfigurationSetCommand, PutConfigurationSetReputationOptionsCommand } from '@aws-sdk/client-sesv2';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMULATOR_ACCOUNT_ID, loadConfig } from '../../src/gateway/config.js';
import { startGateway, type RunningGateway } from '../../src/gateway/server.js';
import { startHarness, type EmulatorHarness } from '../support/emulator.js';
import { startRedis, type RedisServer } from '../support/redis.js';

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe('the read cache shared by replicas through Redis', { timeout: 60_000 }, () => {
  let redis: RedisServer;
  let emulator: EmulatorHarness;
  let replicas: RunningGateway[] = [];
  const fleet = `cache-test-${process.pid}-${Date.now()}`;

  const startReplica = (redisUrl: string) =>
    startGateway({
      config: loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        SES_RETRY_BASE_MS: '20',
        SES_DEFAULT_RATE: '1000',
        SES_RATES: 'BatchGetMetricData=1000',
        CACHE_TTL_SECONDS: '60',
        REDIS_URL: redisUrl,
        LIMITER_ID: fleet,
      }),
      ses: { endpoint: emulator.emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'x' } },
      logger: false,
    });

  async function ask(gateway: RunningGateway, query: string, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    return (await response.json()) as Answer;
  }

  const calls = async () => Object.fromEntries(Object.entries((await emulator.stats()).operations).map(([name, op]) => [name, op.calls]));

  const replica = (index: number) => replicas[index] as RunningGateway;

  const SET_QUERY = '{ configurationSet(name: "shared") { name sendingEnabled reputationOptions { reputationMetricsEnabled lastFreshStart } } }';

  beforeAll(async () => {
    redis = await startRedis();
    emulator = await startHarness({ quotas: false });
    for (let i = 0; i < 3; i += 1) replicas.push(await startReplica(redis.url));
  });

  afterAll(async () => {
    for (const gateway of replicas) await gateway.close();
    await emulator?.close();
    await redis?.stop();
  });

  beforeEach(async () => {
    await emulator.admin('POST', '/_emulator/reset');
    await replica(0).ses.clearCache();
    const client = emulator.client();
    await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'shared' }));
    // A Date in the answer (LastFreshStart): it must come back from Redis as the same instant.
    await client.send(new PutConfigurationSetReputationOptionsCommand({ ConfigurationSetName: 'shared', ReputationMetricsEnabled: true }));
    await emulator.admin('DELETE', '/_emulator/stats');
  });

  afterEach(async () => {
    await emulator.admin('DELETE', '/_emulator/faults');
  });

  it('answers every replica, and a restarted one, from one SES read', async () => {
    const first = await ask(replica(0), SET_QUERY);
    expect(first.errors).toBeUndefined();
    const others = await Promise.all([ask(replica(1), SET_QUERY), ask(replica(2), SET_QUERY)]);
    for (const other of others) expect(other.data).toEqual(first.data);
    expect(await calls()).toEqual({ GetConfigurationSet: 1 });

    // A replica started after the read (a restart, or a new pod) starts warm.
    const restarted = await startReplica(redis.url);
    try {
      expect((await ask(restarted, SET_QUERY)).data).toEqual(first.data);
    } finally {
      await restarted.close();
    }
    expect(await calls()).toEqual({ GetConfigurationSet: 1 });
  });

  it('reads its own writes on every replica: a mutation through one makes the others read SES again before it returns', async () => {
    expect((await ask(replica(0), SET_QUERY)).data).toMatchObject({ configurationSet: { sendingEnabled: true } });
    await Promise.all([ask(replica(1), SET_QUERY), ask(replica(2), SET_QUERY)]);
    expect(await calls()).toEqual({ GetConfigurationSet: 1 });

    const mutation = await ask(replica(1), 'mutation { updateConfigurationSet(input: { name: "shared", sendingEnabled: false }) { userErrors { message } } }');
    expect(mutation.errors).toBeUndefined();
    const beforeReads = (await calls()).GetConfigurationSet ?? 0;
    // At once, with no waiting: the mutation has returned, so every replica must read the change.
    const after = await Promise.all([0, 1, 2].map((i) => ask(replica(i), SET_QUERY)));
    for (const answer of after) expect(answer.data).toMatchObject({ configurationSet: { name: 'shared', sendingEnabled: false } });
    // One read of SES after the write, shared by all three replicas.
    expect((await calls()).GetConfigurationSet).toBe(beforeReads + 1);
  });

  it('makes one SES call for concurrent misses of one read on three replicas', async () => {
    // A slow SES answer keeps the first replica's load in flight while the others miss too.
    await emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', kind: 'latency', latencyMs: 400 });
    const answers = await Promise.all([0, 1, 2, 0, 1, 2].map((i) => ask(replica(i), SET_QUERY)));
    for (const answer of answers) expect(answer.data).toMatchObject({ configurationSet: { name: 'shared', sendingEnabled: true } });
    expect(await calls()).toEqual({ GetConfigurationSet: 1 });
  });

  it('never keeps a failed read: the next request asks SES again', async () => {
    await emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', errorType: 'NotFoundException', count: 1 });
    expect((await ask(replica(0), SET_QUERY)).data).toEqual({ configurationSet: null });
    expect((await ask(replica(1), SET_QUERY)).data).toMatchObject({ configurationSet: { name: 'shared' } });
    expect(await calls()).toEqual({ GetConfigurationSet: 2 });
  });

  it('reads fresh from SES for a request with Cache-Control: no-cache, and keeps that answer for the others', async () => {
    await ask(replica(0), SET_QUERY);
    // Changed outside the gateway: the cache cannot know.
    await emulator.client().send(new PutConfigurationSetReputationOptionsCommand({ ConfigurationSetName: 'shared', ReputationMetricsEnabled: false }));
    expect((await ask(replica(1), SET_QUERY)).data).toMatchObject({ configurationSet: { reputationOptions: { reputationMetricsEnabled: true } } });
    expect((await ask(replica(1), SET_QUERY, { 'cache-control': 'no-cache' })).data).toMatchObject({
      configurationSet: { reputationOptions: { reputationMetricsEnabled: false } },
    });
    expect((await ask(replica(2), SET_QUERY)).data).toMatchObject({ configurationSet: { reputationOptions: { reputationMetricsEnabled: false } } });
    const counted = await calls();
    expect(counted.GetConfigurationSet).toBe(2);
  });

  it('counts, on the replica that read it, a hit for an answer another replica loaded', async () => {
    const hits = async () => {
      const metrics = await (await fetch(`${replica(2).url}/metrics`)).text();
      return Number(/sesgw_ses_cache_lookups_total\{operation="GetConfigurationSet",result="hit"\} (\d+)/.exec(metrics)?.[1] ?? 0);
    };
    const before = await hits();
    await ask(replica(0), SET_QUERY);
    // Another document reading the same set: not a kept whole response, so the read reaches the read cache.
    await ask(replica(2), '{ again: configurationSet(name: "shared") { name } }');
    expect(await hits()).toBe(before + 1);
    expect(await calls()).toEqual({ GetConfigurationSet: 1 });
  });

  // Last: it stops Redis and starts it again on the same port.
  it('degrades to SES at the quota while Redis is down, never to errors, and shares again once it is back', async () => {
    await ask(replica(0), SET_QUERY);
    const port = Number(new URL(redis.url).port);
    await redis.stop();
    await emulator.admin('DELETE', '/_emulator/stats');
    const during = await Promise.all([0, 1, 2].map((i) => ask(replica(i), SET_QUERY)));
    for (const answer of during) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toMatchObject({ configurationSet: { name: 'shared' } });
    }
    // Each replica asked SES itself (no shared cache), and at most once.
    const duringCalls = (await calls()).GetConfigurationSet ?? 0;
    expect(duringCalls).toBeGreaterThanOrEqual(1);
    expect(duringCalls).toBeLessThanOrEqual(3);

    redis = await startRedis({ port });
    // The replicas reconnect on their own (ioredis' retry strategy, at most 2 s apart).
    await expect.poll(async () => (await ask(replica(0), SET_QUERY)).errors, { timeout: 15_000 }).toBeUndefined();
    await expect
      .poll(
        async () => {
          await emulator.admin('DELETE', '/_emulator/stats');
          await ask(replica(1), SET_QUERY);
          await ask(replica(2), SET_QUERY);
          return (await calls()).GetConfigurationSet ?? 0;
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe(0);
  });
});
