import { CreateConfigurationSetCommand, CreateEmailIdentityCommand, PutEmailIdentityConfigurationSetAttributesCommand } from '@aws-sdk/client-sesv2';
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/gateway/config.js';
import { DEFAULT_LIMITS } from '../../src/gateway/limits.js';
import { DEFAULT_MAX_RESPONSE_FIELDS } from '../../src/gateway/responseLimit.js';
import { startStack, useStack, type GatewayStack } from '../support/gateway.js';

const env = useStack();

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(stack: GatewayStack, body: string): Promise<Answer> {
  const response = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const ask = (stack: GatewayStack, query: string, variables?: Record<string, unknown>) => post(stack, JSON.stringify({ query, variables }));

/**
 * The probe's fragment bomb: `levels` fragments, each holding two aliased
 * copies of the next, alternating between ConfigurationSet and EmailIdentity
 * through defaultForIdentities / defaultConfigurationSet. On a set that is an
 * identity's default, executing it builds 2^levels objects.
 */
export function fragmentBomb(levels: number): string {
  const lines = ['query Bomb { configurationSet(name: "loop") { ...F0 } }'];
  for (let i = 0; i < levels; i++) {
    const [type, field] = i % 2 === 0 ? ['ConfigurationSet', 'defaultForIdentities'] : ['EmailIdentity', 'defaultConfigurationSet'];
    const inner = i === levels - 1 ? 'name' : `...F${i + 1}`;
    lines.push(`fragment F${i} on ${type} { a: ${field} { ${inner} } b: ${field} { ${inner} } }`);
  }
  return lines.join('\n');
}

/** A set that is the default of an identity: the cycle the bomb walks really exists. */
async function seedLoop() {
  const client = env.stack.emulator.client();
  await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'loop' }));
  await client.send(new CreateEmailIdentityCommand({ EmailIdentity: 'loop@example.com' }));
  await client.send(new PutEmailIdentityConfigurationSetAttributesCommand({ EmailIdentity: 'loop@example.com', ConfigurationSetName: 'loop' }));
  await env.stack.emulator.admin('DELETE', '/_emulator/stats');
}

const totalCalls = async () => Object.values(await env.stack.calls()).reduce((sum, n) => sum + n, 0);

function expectRefused(answer: Answer, code: string, limit?: string) {
  expect(answer.status).toBe(400);
  expect(answer.body.data ?? undefined).toBeUndefined();
  expect(answer.body.errors?.length).toBeGreaterThan(0);
  if (limit) expect(answer.body.errors).toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ code, limit }) }));
  else expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
}

describe('the fragment bomb', () => {
  it('is 21 fragments in about 2.3 kB, as the probe sent it', () => {
    const bomb = fragmentBomb(21);
    expect(bomb.match(/^fragment /gm)).toHaveLength(21);
    expect(bomb.length).toBeGreaterThan(2200);
    expect(bomb.length).toBeLessThan(2500);
  });

  it('is refused before execution by its cost and aliases after fragment expansion, with no SES call', async () => {
    await seedLoop();
    const answer = await ask(env.stack, fragmentBomb(21));
    expectRefused(answer, 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_MAX_COST');
    expect(answer.body.errors).toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ limit: 'GRAPHQL_MAX_ALIASES' }) }));
    expect(answer.body.errors?.[0]?.message).toMatch(/^Request refused before execution: .*GRAPHQL_MAX_COST/);
    expect(await totalCalls()).toBe(0);
  });

  it('in larger variants is refused too, the process stays within 100 MB of its size, and the gateway still answers', async () => {
    await seedLoop();
    const before = process.memoryUsage().rss;
    let peak = before;
    for (const levels of [21, 30, 40, 60, 400]) {
      const answer = await ask(env.stack, fragmentBomb(levels));
      // Up to about 90 levels armor's limits answer; past 2000 tokens the parser stops first.
      expectRefused(answer, levels <= 60 ? 'GRAPHQL_VALIDATION_FAILED' : 'GRAPHQL_PARSE_FAILED');
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect((peak - before) / 1e6).toBeLessThan(100);
    expect(await totalCalls()).toBe(0);
    const normal = await ask(env.stack, '{ configurationSet(name: "loop") { name defaultForIdentities { name defaultConfigurationSet { name } } } }');
    expect(normal.body).toEqual({ data: { configurationSet: { name: 'loop', defaultForIdentities: [{ name: 'loop@example.com', defaultConfigurationSet: { name: 'loop' } }] } }, extensions: { cost: expect.any(Object) } });
  });
});

describe('document limits', () => {
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: configurationSet(name: "set-${i}") { name }`).join(' ')} }`;

  it('refuse depth past GRAPHQL_MAX_DEPTH, counting through fragments', async () => {
    const deep = '{ configurationSet(name: "x") { ...D } } fragment D on ConfigurationSet { defaultForIdentities { defaultConfigurationSet { defaultForIdentities { defaultConfigurationSet { defaultForIdentities { defaultConfigurationSet { defaultForIdentities { name } } } } } } } }';
    const answer = await ask(env.stack, deep);
    expectRefused(answer, 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_MAX_DEPTH');
    expect(answer.body.errors?.find((e) => e.extensions?.limit === 'GRAPHQL_MAX_DEPTH')?.message).toMatch(/depth limit of 8 exceeded, found 9, counting every fragment/);
    expect(await totalCalls()).toBe(0);
  });

  it(`refuse more than ${DEFAULT_LIMITS.maxAliases} aliases, and accept exactly that many`, async () => {
    expectRefused(await ask(env.stack, aliases(DEFAULT_LIMITS.maxAliases + 1)), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_MAX_ALIASES');
    expect(await totalCalls()).toBe(0);
    const atLimit = await ask(env.stack, aliases(DEFAULT_LIMITS.maxAliases));
    expect(atLimit.body.errors).toBeUndefined();
    expect(Object.keys(atLimit.body.data ?? {})).toHaveLength(DEFAULT_LIMITS.maxAliases);
  });

  it('refuse the probe\'s 300 aliases (14 kB) before execution', async () => {
    const answer = await ask(env.stack, aliases(300));
    expectRefused(answer, 'GRAPHQL_PARSE_FAILED');
    expect(answer.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/more than 2000 tokens.*GRAPHQL_MAX_TOKENS/), extensions: { limit: 'GRAPHQL_MAX_TOKENS' } });
    expect(await totalCalls()).toBe(0);
  });

  it('refuse more directives than GRAPHQL_MAX_DIRECTIVES', async () => {
    const directives = Array.from({ length: DEFAULT_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expectRefused(await ask(env.stack, `{ configurationSet(name: "x") { name ${directives} } }`), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_MAX_DIRECTIVES');
    expect(await totalCalls()).toBe(0);
  });

  it('refuse a cost past GRAPHQL_MAX_COST, multiplying through `first`', async () => {
    const wide = Array.from({ length: 8 }, (_, i) => `p${i}: configurationSets(first: 100) { nodes { name deliveryOptions { tlsPolicy } eventDestinations { name matchingEventTypes } } }`).join(' ');
    const answer = await ask(env.stack, `{ ${wide} }`);
    expectRefused(answer, 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_MAX_COST');
    expect(await totalCalls()).toBe(0);
  });

  it('refuse introspection that nests its own lists (graphql-js MaxIntrospectionDepthRule)', async () => {
    const nested = '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
    expectRefused(await ask(env.stack, nested), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('let GraphiQL\'s introspection query through', async () => {
    const answer = await ask(env.stack, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toHaveProperty('__schema.queryType.name', 'Query');
  });
});

describe('HTTP limits', () => {
  it('answer a body over MAX_BODY_BYTES with 413 and a GraphQL-shaped error, before any SES call', async () => {
    const query = `{ ${Array.from({ length: 2000 }, (_, i) => `s${i}: configurationSet(name: "set-${i}") { name }`).join(' ')} }`;
    const body = JSON.stringify({ query });
    expect(body.length).toBeGreaterThan(DEFAULT_LIMITS.maxBodyBytes);
    const answer = await post(env.stack, body);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ errors: [{ message: expect.stringMatching(/larger than the gateway's limit of 65536 bytes \(MAX_BODY_BYTES\)/), extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 'MAX_BODY_BYTES' } }] });
    expect(await totalCalls()).toBe(0);
  });

  it('refuse batched requests (a JSON array) with 400', async () => {
    const answer = await post(env.stack, JSON.stringify([{ query: '{ configurationSet(name: "a") { name } }' }, { query: '{ configurationSet(name: "b") { name } }' }]));
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } });
    expect(await totalCalls()).toBe(0);
  });
});

describe('configuration', () => {
  it('has documented defaults and reads every limit from its variable', () => {
    expect(loadConfig({}).requestLimits).toEqual({ ...DEFAULT_LIMITS, maxResponseFields: DEFAULT_MAX_RESPONSE_FIELDS });
    const custom = loadConfig({
      GRAPHQL_MAX_DEPTH: '12',
      GRAPHQL_MAX_ALIASES: '50',
      GRAPHQL_MAX_TOKENS: '5000',
      GRAPHQL_MAX_DIRECTIVES: '3',
      GRAPHQL_MAX_COST: '40000',
      MAX_BODY_BYTES: '131072',
      REQUEST_TIMEOUT_MS: '30000',
      GRAPHQL_MAX_RESPONSE_FIELDS: '50000',
    }).requestLimits;
    expect(custom).toEqual({ maxDepth: 12, maxAliases: 50, maxTokens: 5000, maxDirectives: 3, maxCost: 40_000, maxBodyBytes: 131_072, requestTimeoutMs: 30_000, maxResponseFields: 50_000 });
  });

  it('refuses a malformed limit, naming the variable', () => {
    expect(() => loadConfig({ GRAPHQL_MAX_ALIASES: 'many' })).toThrow(/GRAPHQL_MAX_ALIASES/);
    expect(() => loadConfig({ MAX_BODY_BYTES: '10' })).toThrow(/MAX_BODY_BYTES/);
  });
});

describe('the request deadline', () => {
  it('answers 503 REQUEST_TIMEOUT when SES hangs past REQUEST_TIMEOUT_MS, instead of holding the client', { timeout: 20_000 }, async () => {
    const stack = await startStack({ env: { REQUEST_TIMEOUT_MS: '1000', SES_TIMEOUT_MS: '8000' } });
    try {
      await stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', latencyMs: 5000 });
      const answer = await ask(stack, '{ configurationSet(name: "slow") { name } }');
      expect(answer.status).toBe(503);
      expect(answer.body).toEqual({
        errors: [{ message: expect.stringMatching(/longer than the gateway's limit of 1000 ms \(REQUEST_TIMEOUT_MS\)/), extensions: { code: 'REQUEST_TIMEOUT', limit: 'REQUEST_TIMEOUT_MS' } }],
      });
    } finally {
      await stack.close();
    }
  });
});
