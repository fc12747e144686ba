/**
 * The whole-response cache: a query served again without executing, only
 * while every SES answer it was made of is current, in one process (memory)
 * and across replicas (Redis).
 */
import { CreateConfigurationSetCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiKeyEntry, generateApiKey } from '../../src/gateway/auth/apiKeys.js';
import { EMULATOR_ACCOUNT_ID, loadConfig } from '../../src/gateway/config.js';
import { RESPONSE_CACHE_HEADER } from '../../src/gateway/responseCache.js';
import { startGateway, type RunningGateway } from '../../src/gateway/server.js';
import { startHarness, type EmulatorHarness } from '../support/emulator.js';
import { startStack, type GatewayStack } from '../support/gateway.js';
import { startRedis, type RedisServer } from '../support/redis.js';

interface Answer {
  cache: string | null;
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

async function ask(url: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as Omit<Answer, 'cache'>;
  return { cache: response.headers.get(RESPONSE_CACHE_HEADER), ...body };
}

const SET = (name: string) => `{ configurationSet(name: "${name}") { name sendingEnabled tags { key value } } }`;

describe('the whole-response cache in one process', () => {
  const reader = generateApiKey();
  const writer = generateApiKey();
  let stack: GatewayStack;
  const calls = async () => Object.values(await stack.calls()).reduce((sum, count) => sum + count, 0);

  beforeAll(async () => {
    stack = await startStack({ env: { AUTH_API_KEYS: [apiKeyEntry('r', 'reader', reader), apiKeyEntry('w', 'writer', writer)].join(',') } });
  });
  afterAll(() => stack.close());
  beforeEach(async () => {
    await stack.emulator.admin('POST', '/_emulator/reset');
    await stack.gateway.ses.clearCache();
    await stack.emulator.client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'kept' }));
    await stack.emulator.admin('DELETE', '/_emulator/stats');
  });

  it('serves a repeated query whole, and makes it stale with a write through the gateway', async () => {
    const first = await ask(stack.gateway.url, SET('kept'), { 'x-api-key': writer });
    expect(first).toMatchObject({ cache: 'miss', data: { configurationSet: { name: 'kept', sendingEnabled: true, tags: [] } } });
    const callsMade = await calls();
    expect(callsMade).toBeGreaterThan(0);
    const second = await ask(stack.gateway.url, SET('kept'), { 'x-api-key': writer });
    expect(second).toMatchObject({ cache: 'hit', data: first.data });
    expect(await calls()).toBe(callsMade);

    const write = await ask(stack.gateway.url, 'mutation { updateConfigurationSet(input: { name: "kept", sendingEnabled: false }) { userErrors { code } } }', { 'x-api-key': writer });
    expect(write.data).toEqual({ updateConfigurationSet: { userErrors: [] } });
    expect(await ask(stack.gateway.url, SET('kept'), { 'x-api-key': writer })).toMatchObject({ cache: 'miss', data: { configurationSet: { sendingEnabled: false } } });
  });

  it('keys responses by the caller\'s role: another role runs the query itself', async () => {
    await ask(stack.gateway.url, SET('kept'), { 'x-api-key': writer });
    expect((await ask(stack.gateway.url, SET('kept'), { 'x-api-key': reader })).cache).toBe('miss');
    expect((await ask(stack.gateway.url, SET('kept'), { 'x-api-key': reader })).cache).toBe('hit');
  });

  it('keeps no response made with a failed read or an error, nor for a request that asked for fresh data', async () => {
    // NotFound is answered as null, but a failed read is never kept: neither is the response.
    expect(await ask(stack.gateway.url, SET('absent'), { 'x-api-key': writer })).toMatchObject({ cache: 'miss', data: { configurationSet: null } });
    expect((await ask(stack.gateway.url, SET('absent'), { 'x-api-key': writer })).cache).toBe('miss');

    // Partial data: the set, with an error for its destinations.
    const withDestinations = '{ configurationSet(name: "kept") { name eventDestinations { name } } }';
    await stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSetEventDestinations', errorType: 'BadRequestException', count: 1 });
    const partial = await ask(stack.gateway.url, withDestinations, { 'x-api-key': writer });
    expect(partial.errors?.length).toBeGreaterThan(0);
    expect(await ask(stack.gateway.url, withDestinations, { 'x-api-key': writer })).toMatchObject({ cache: 'miss', data: { configurationSet: { eventDestinations: [] } } });

    const fresh = await ask(stack.gateway.url, SET('kept'), { 'x-api-key': writer, 'cache-control': 'no-cache' });
    expect(fresh.cache).toBeNull();
    expect(fresh.data).toMatchObject({ configurationSet: { name: 'kept' } });
  });

  it('never serves a mutation from the cache', async () => {
    const create = 'mutation { createConfigurationSet(input: { name: "twice" }) { userErrors { code } } }';
    expect(await ask(stack.gateway.url, create, { 'x-api-key': writer })).toMatchObject({ cache: null, data: { createConfigurationSet: { userErrors: [] } } });
    expect(await ask(stack.gateway.url, create, { 'x-api-key': writer })).toMatchObject({ cache: null, data: { createConfigurationSet: { userErrors: [{ code: 'ALREADY_EXISTS' }] } } });
  });
});

describe('the whole-response cache shared by replicas through Redis', { timeout: 60_000 }, () => {
  let redis: RedisServer;
  let emulator: EmulatorHarness;
  const replicas: RunningGateway[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    emulator = await startHarness({ quotas: false });
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      SES_DEFAULT_RATE: '1000',
      CACHE_TTL_SECONDS: '60',
      REDIS_URL: redis.url,
      LIMITER_ID: `response-cache-${process.pid}-${Date.now()}`,
      IDENTITY_INDEX: 'off',
    });
    for (let i = 0; i < 2; i += 1) {
      replicas.push(await startGateway({ config, ses: { endpoint: emulator.emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'x' } }, logger: false }));
    }
    await emulator.client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'fleet' }));
  });
  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await emulator?.close();
    await redis?.stop();
  });

  it('serves one replica\'s response on the other, and no replica serves it after a write through either', async () => {
    const [a, b] = replicas as [RunningGateway, RunningGateway];
    expect(await ask(a.url, SET('fleet'))).toMatchObject({ cache: 'miss', data: { configurationSet: { sendingEnabled: true } } });
    expect(await ask(b.url, SET('fleet'))).toMatchObject({ cache: 'hit', data: { configurationSet: { sendingEnabled: true } } });

    await ask(b.url, 'mutation { updateConfigurationSet(input: { name: "fleet", sendingEnabled: false }) { userErrors { code } } }');
    expect(await ask(a.url, SET('fleet'))).toMatchObject({ cache: 'miss', data: { configurationSet: { sendingEnabled: false } } });
    expect(await ask(b.url, SET('fleet'))).toMatchObject({ cache: 'hit', data: { configurationSet: { sendingEnabled: false } } });

    // A tag written through A: the tags' read is part of the response, so it is stale on B too.
    const { data } = await ask(a.url, '{ configurationSet(name: "fleet") { id } }');
    const id = (data?.configurationSet as { id: string }).id;
    const tagged = await ask(a.url, `mutation { tagResource(input: { id: "${id}", tags: [{ key: "team", value: "mail" }] }) { userErrors { code } } }`);
    expect(tagged.data).toEqual({ tagResource: { userErrors: [] } });
    expect(await ask(b.url, SET('fleet'))).toMatchObject({ cache: 'miss', data: { configurationSet: { tags: [{ key: 'team', value: 'mail' }] } } });
  });
});
