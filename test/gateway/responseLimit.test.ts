import { CreateConfigurationSetCommand, CreateEmailIdentityCommand, GetConfigurationSetCommand, PutEmailIdentityConfigurationSetAttributesCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/gateway/config.js';
import { DEFAULT_MAX_RESPONSE_FIELDS, RESPONSE_TOO_LARGE, ResponseBudget } from '../../src/gateway/responseLimit.js';
import { rejectionOf } from '../support/emulator.js';
import { startStack, useStack, type GatewayStack } from '../support/gateway.js';

const env = useStack();

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function ask(stack: GatewayStack, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** What the budget counts, seen from the client: every field in the data, plus every list item. */
function responseSize(value: unknown): number {
  if (Array.isArray(value)) return value.length + value.reduce((sum: number, item) => sum + responseSize(item), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((sum: number, field) => sum + 1 + responseSize(field), 0);
  return 0;
}

const totalCalls = async (stack: GatewayStack) => Object.values(await stack.calls()).reduce((sum, n) => sum + n, 0);

/** The identities that make `loop` their default: each defaultForIdentities of `loop` is this long. */
const IDENTITIES = 80;

/** One set that is the default of IDENTITIES identities, so defaultForIdentities and defaultConfigurationSet really cycle. */
async function seedLoop(stack: GatewayStack) {
  const client = stack.emulator.client();
  await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'loop' }));
  for (let i = 0; i < IDENTITIES; i += 1) {
    await client.send(new CreateEmailIdentityCommand({ EmailIdentity: `user${i}@example.com` }));
    await client.send(new PutEmailIdentityConfigurationSetAttributesCommand({ EmailIdentity: `user${i}@example.com`, ConfigurationSetName: 'loop' }));
  }
  await stack.emulator.admin('DELETE', '/_emulator/stats');
}

/**
 * Within the document limits (depth 8, armor cost about 11,100), yet its response
 * grows as IDENTITIES³: 80³ = 512,000 identities at the deepest level.
 */
const CUBE = `{ configurationSets(first: 100) { nodes { name defaultForIdentities { name defaultConfigurationSet { name
  defaultForIdentities { name defaultConfigurationSet { name defaultForIdentities { name } } } } } } } }`;

function expectTooLarge(answer: Answer, limit: number) {
  expect(answer.status).toBe(400);
  expect(answer.body.data ?? undefined).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors?.[0]).toMatchObject({
    message: expect.stringContaining(`limit of ${limit} fields and list items (GRAPHQL_MAX_RESPONSE_FIELDS)`),
    extensions: { code: RESPONSE_TOO_LARGE, limit: 'GRAPHQL_MAX_RESPONSE_FIELDS', maxResponseFields: limit },
  });
}

describe(ResponseBudget.name, () => {
  it('allows exactly `max`, trips past it, and stays tripped', () => {
    const budget = new ResponseBudget(10);
    expect(budget.spend(4)).toBe(true);
    expect(budget.spend(6)).toBe(true);
    expect(budget.tripped).toBe(false);
    expect(budget.spend(1)).toBe(false);
    expect(budget.tripped).toBe(true);
    expect(budget.spend(0)).toBe(false);
    expect(budget.used).toBe(11);
  });
});

describe('a response that grows with the data', () => {
  it(`is stopped at GRAPHQL_MAX_RESPONSE_FIELDS (${DEFAULT_MAX_RESPONSE_FIELDS}) with one error, bounded memory and bounded SES calls`, async () => {
    await seedLoop(env.stack);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const answer = await ask(env.stack, CUBE);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);

    expectTooLarge(answer, DEFAULT_MAX_RESPONSE_FIELDS);
    expect(answer.body.errors?.[0]?.message).not.toMatch(/Mutation fields/);
    expect(answer.body.errors?.[0]?.extensions).not.toHaveProperty('mutationFieldsRun');
    // Unchecked (limit raised to 10^8), this response holds over a million fields and items and the process grew by about 220 MB.
    expect((peak - before) / 1e6).toBeLessThan(150);
    // The identity scan (1 listing, 1 read per identity), the page and the set: however deep the nesting goes.
    expect(await totalCalls(env.stack)).toBeLessThanOrEqual(IDENTITIES + 3);

    const normal = await ask(env.stack, '{ configurationSet(name: "loop") { name defaultForIdentities { name } } }');
    expect(normal.status).toBe(200);
    expect(normal.body.errors).toBeUndefined();
    expect((normal.body.data?.configurationSet as { defaultForIdentities: unknown[] }).defaultForIdentities).toHaveLength(IDENTITIES);
  }, 60_000);

  it('stops a mutation there: the mutation fields after the limit do not run, and the error names those that did', async () => {
    await seedLoop(env.stack);
    const answer = await ask(
      env.stack,
      `mutation {
        first: setConfigurationSetVdmOptions(input: { name: "loop", vdmOptions: null }) { configurationSet { defaultForIdentities { defaultConfigurationSet {
          defaultForIdentities { defaultConfigurationSet { defaultForIdentities { name } } } } } } }
        second: createConfigurationSet(input: { name: "never" }) { configurationSet { name } }
      }`,
    );
    expectTooLarge(answer, DEFAULT_MAX_RESPONSE_FIELDS);
    expect(answer.body.errors?.[0]?.message).toContain('their writes stay applied (first); the others did not run.');
    expect(answer.body.errors?.[0]?.extensions?.mutationFieldsRun).toEqual(['first']);
    const calls = await env.stack.calls();
    expect(calls.PutConfigurationSetVdmOptions).toBe(1);
    expect(calls.CreateConfigurationSet).toBeUndefined();
    expect((await rejectionOf(env.stack.emulator.client().send(new GetConfigurationSetCommand({ ConfigurationSetName: 'never' })))).name).toBe('NotFoundException');
  }, 60_000);
});

describe('a large legitimate response', () => {
  const DAY = 86_400_000;
  const T0 = Date.UTC(2025, 0, 1);
  const METRICS = 'query M($q: [VdmMetricQueryInput!]!) { vdmMetrics(queries: $q) { id series { metric points { timestamp value } } error { code } } }';
  const yearOfQueries = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `q${i}`, metric: 'SEND', start: new Date(T0).toISOString(), end: new Date(T0 + 364 * DAY).toISOString() }));

  it('passes: 100 metric queries of a year of daily points each', async () => {
    const points = Array.from({ length: 365 }, (_, i) => ({ timestamp: new Date(T0 + i * DAY).toISOString(), value: i }));
    await env.stack.emulator.admin('POST', '/_emulator/metrics', { series: [{ metric: 'SEND', points }] });
    const answer = await ask(env.stack, METRICS, { q: yearOfQueries(100) });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    // 100 × (365 points × 3 + 8): the largest response among the project's documents, within the default limit.
    expect(responseSize(answer.body.data)).toBe(110_101);
  });
});

describe('the count', () => {
  const LIMIT = 307;
  let small: GatewayStack;
  beforeAll(async () => {
    small = await startStack({ env: { GRAPHQL_MAX_RESPONSE_FIELDS: String(LIMIT) } });
    const points = Array.from({ length: 100 }, (_, i) => ({ timestamp: new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString(), value: i }));
    await small.emulator.admin('POST', '/_emulator/metrics', { series: [{ metric: 'SEND', points }] });
  });
  afterAll(() => small.close());

  const query = (extra: string) =>
    `{ vdmMetrics(queries: [{ id: "q", metric: SEND, start: "2025-01-01T00:00:00Z", end: "2025-04-10T00:00:00Z" }]) { id ${extra} series { metric points { timestamp value } } error { code } } }`;

  it('is every field resolved plus every list item: a response of exactly the limit passes', async () => {
    const answer = await ask(small, query(''));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(responseSize(answer.body.data)).toBe(LIMIT);
  });

  it('refuses one field more', async () => {
    expectTooLarge(await ask(small, query('again: id')), LIMIT);
  });

  it('is read from GRAPHQL_MAX_RESPONSE_FIELDS, and a value out of range names the variable', async () => {
    expect(loadConfig({}).requestLimits.maxResponseFields).toBe(DEFAULT_MAX_RESPONSE_FIELDS);
    expect(loadConfig({ GRAPHQL_MAX_RESPONSE_FIELDS: '5000' }).requestLimits.maxResponseFields).toBe(5000);
    expect(() => loadConfig({ GRAPHQL_MAX_RESPONSE_FIELDS: '10' })).toThrow(/GRAPHQL_MAX_RESPONSE_FIELDS/);
    expect(() => loadConfig({ GRAPHQL_MAX_RESPONSE_FIELDS: 'lots' })).toThrow(/GRAPHQL_MAX_RESPONSE_FIELDS/);
  });
});
