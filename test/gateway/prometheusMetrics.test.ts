import { request as httpRequest } from 'node:http';
import { CreateConfigurationSetCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyEntry, generateApiKey } from '../../src/gateway/auth/apiKeys.js';
import { loadConfig } from '../../src/gateway/config.js';
import { REFUSAL_REASONS } from '../../src/gateway/observability/metrics.js';
import { startStack, useStack, type GatewayStack } from '../support/gateway.js';

/** One sample of the exposition text. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseExposition(text: string): { samples: Sample[]; types: Map<string, string> } {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) types.set(type[1] as string, type[2] as string);
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const label of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[label[1] as string] = (label[2] as string).replace(/\\(.)/g, '$1');
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return { samples, types };
}

async function scrape(stack: GatewayStack, headers: Record<string, string> = {}): Promise<{ samples: Sample[]; types: Map<string, string> }> {
  const response = await fetch(`${stack.gateway.url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await response.text());
}

/** The sum of a family's samples whose labels include `where`. */
function total(samples: Sample[], name: string, where: Record<string, string> = {}): number {
  return samples.filter((s) => s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);
}

/** SES calls by operation, from the gateway's counter. */
function callsByOperation(samples: Sample[]): Record<string, number> {
  const calls: Record<string, number> = {};
  for (const s of samples) if (s.name === 'sesgw_ses_calls_total' && s.value > 0) calls[s.labels.operation as string] = (calls[s.labels.operation as string] ?? 0) + s.value;
  return calls;
}

function delta(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(after)) if (value - (before[key] ?? 0) !== 0) out[key] = value - (before[key] ?? 0);
  return out;
}

async function ask(stack: GatewayStack, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } }> {
  const response = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as never };
}

/** A request naming another Host (fetch would send the URL's own). */
function withHost(url: string, path: string, host: string): Promise<number> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET', headers: { host } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

const SETS_WITH_DESTINATIONS = 'query SetsWithDestinations { configurationSets(first: 10) { nodes { name sendingEnabled eventDestinations { name } } } }';

async function createSets(stack: GatewayStack, ...names: string[]) {
  const client = stack.emulator.client();
  for (const name of names) await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
}

describe('/metrics with the embedded defaults', () => {
  const env = useStack();

  it('serves every family with its Prometheus type, the gateway\'s under one prefix, and Node\'s process metrics', async () => {
    const { types } = await scrape(env.stack);
    const own = [...types.keys()].filter((name) => name.startsWith('sesgw_')).sort();
    expect(own).toEqual([
      'sesgw_graphql_request_duration_seconds',
      'sesgw_graphql_requests_total',
      'sesgw_refused_requests_total',
      'sesgw_response_cache_lookups_total',
      'sesgw_ses_cache_lookups_total',
      'sesgw_ses_call_duration_seconds',
      'sesgw_ses_calls_total',
      'sesgw_ses_circuit_breaker_state',
      'sesgw_ses_queue_depth',
      'sesgw_ses_quota_wait_seconds',
    ]);
    for (const name of own) {
      const expected = name.endsWith('_total') ? 'counter' : name.endsWith('_seconds') ? 'histogram' : 'gauge';
      expect([name, types.get(name)]).toEqual([name, expected]);
    }
    for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes']) expect(types.has(name)).toBe(true);
    // Everything else is Node's: no family of the gateway's own without the prefix.
    expect([...types.keys()].filter((name) => !name.startsWith('sesgw_') && !name.startsWith('process_') && !name.startsWith('nodejs_'))).toEqual([]);
  });

  it('counts exactly the SES calls the emulator saw for a query, by operation', async () => {
    await createSets(env.stack, 'alpha', 'beta', 'gamma');
    const emulatorBefore = await env.stack.calls();
    const before = callsByOperation((await scrape(env.stack)).samples);
    const answer = await ask(env.stack, { query: SETS_WITH_DESTINATIONS });
    expect(answer.body.errors).toBeUndefined();
    const emulatorDelta = delta(await env.stack.calls(), emulatorBefore);
    const gatewayDelta = delta(callsByOperation((await scrape(env.stack)).samples), before);
    expect(emulatorDelta).toEqual({ ListConfigurationSets: 1, GetConfigurationSet: 3, GetConfigurationSetEventDestinations: 3 });
    expect(gatewayDelta).toEqual(emulatorDelta);
  });

  it('counts a retried attempt and the SES fault that ended a call, matching the emulator', async () => {
    await createSets(env.stack, 'flaky');
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', kind: 'error', errorType: 'InternalServiceErrorException', count: 1 });
    const emulatorBefore = await env.stack.calls();
    const { samples: before } = await scrape(env.stack);
    const answer = await ask(env.stack, { query: '{ configurationSet(name: "flaky") { name sendingEnabled } }' });
    expect(answer.body.errors).toBeUndefined();
    const { samples: after } = await scrape(env.stack);
    const where = { region: 'us-east-1', operation: 'GetConfigurationSet' };
    expect(total(after, 'sesgw_ses_calls_total', { ...where, outcome: 'retried', code: 'server' }) - total(before, 'sesgw_ses_calls_total', { ...where, outcome: 'retried', code: 'server' })).toBe(1);
    expect(total(after, 'sesgw_ses_calls_total', { ...where, outcome: 'ok' }) - total(before, 'sesgw_ses_calls_total', { ...where, outcome: 'ok' })).toBe(1);
    expect(delta(callsByOperation(after), callsByOperation(before))).toEqual(delta(await env.stack.calls(), emulatorBefore));
    // One latency observation per attempt.
    expect(total(after, 'sesgw_ses_call_duration_seconds_count', where) - total(before, 'sesgw_ses_call_duration_seconds_count', where)).toBe(2);
  });

  it('counts read-cache hits and misses by SES operation, and whole-response hits; a warm query makes no SES call', async () => {
    await createSets(env.stack, 'cached');
    const query = { query: 'query Cached { configurationSet(name: "cached") { name sendingEnabled } }' };
    const { samples: s0 } = await scrape(env.stack);
    await ask(env.stack, query);
    const { samples: s1 } = await scrape(env.stack);
    await ask(env.stack, query);
    const { samples: s2 } = await scrape(env.stack);
    // The same query by another document (an alias): not the kept response, so its read reaches the read cache.
    await ask(env.stack, { query: 'query CachedAgain { again: configurationSet(name: "cached") { name sendingEnabled } }' });
    const { samples: s3 } = await scrape(env.stack);
    const lookups = (s: Sample[], result: string) => total(s, 'sesgw_ses_cache_lookups_total', { operation: 'GetConfigurationSet', result });
    const responses = (s: Sample[], result: string) => total(s, 'sesgw_response_cache_lookups_total', { result });
    expect([lookups(s1, 'miss') - lookups(s0, 'miss'), lookups(s1, 'hit') - lookups(s0, 'hit')]).toEqual([1, 0]);
    expect([responses(s1, 'miss') - responses(s0, 'miss'), responses(s1, 'hit') - responses(s0, 'hit')]).toEqual([1, 0]);
    // The second run is served whole: no read at all.
    expect([responses(s2, 'miss') - responses(s1, 'miss'), responses(s2, 'hit') - responses(s1, 'hit')]).toEqual([0, 1]);
    expect([lookups(s2, 'miss') - lookups(s1, 'miss'), lookups(s2, 'hit') - lookups(s1, 'hit')]).toEqual([0, 0]);
    expect([lookups(s3, 'miss') - lookups(s2, 'miss'), lookups(s3, 'hit') - lookups(s2, 'hit')]).toEqual([0, 1]);
    expect(delta(callsByOperation(s3), callsByOperation(s1))).toEqual({});
  });

  it('counts GraphQL requests by operation name, type and outcome, with their latency', async () => {
    const { samples: before } = await scrape(env.stack);
    await ask(env.stack, { query: 'query Named { configurationSets(first: 1) { nodes { name } } }' });
    await ask(env.stack, { query: '{ configurationSets(first: 1) { nodes { name } } }' });
    await ask(env.stack, { query: 'mutation Make { createConfigurationSet(input: { name: "made" }) { configurationSet { name } userErrors { code } } }' });
    await ask(env.stack, { query: 'mutation Make { createConfigurationSet(input: { name: "made" }) { configurationSet { name } userErrors { code } } }' });
    await ask(env.stack, { query: '{ nosuchField }' });
    const { samples: after } = await scrape(env.stack);
    const count = (labels: Record<string, string>) => total(after, 'sesgw_graphql_requests_total', labels) - total(before, 'sesgw_graphql_requests_total', labels);
    expect(count({ operation_name: 'Named', operation_type: 'query', outcome: 'ok', code: '' })).toBe(1);
    expect(count({ operation_name: 'anonymous', operation_type: 'query', outcome: 'ok' })).toBe(1);
    expect(count({ operation_name: 'Make', operation_type: 'mutation', outcome: 'ok' })).toBe(1);
    expect(count({ operation_name: 'Make', operation_type: 'mutation', outcome: 'user_error', code: 'ALREADY_EXISTS' })).toBe(1);
    expect(count({ operation_name: 'unknown', operation_type: 'unknown', outcome: 'user_error', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    const latency = (labels: Record<string, string>) => total(after, 'sesgw_graphql_request_duration_seconds_count', labels) - total(before, 'sesgw_graphql_request_duration_seconds_count', labels);
    expect(latency({ operation_name: 'Make', operation_type: 'mutation' })).toBe(2);
  });

  it('counts a fault by its code, and shows the breaker it opened', async () => {
    await createSets(env.stack, 'down');
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', kind: 'html-503' });
    const { samples: before } = await scrape(env.stack);
    const answer = await ask(env.stack, { query: 'query Down { configurationSet(name: "down") { name sendingEnabled } }' });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const { samples: after } = await scrape(env.stack);
    expect(total(after, 'sesgw_graphql_requests_total', { operation_name: 'Down', outcome: 'fault', code: 'UPSTREAM_UNAVAILABLE' }) - total(before, 'sesgw_graphql_requests_total', { operation_name: 'Down', outcome: 'fault' })).toBe(1);
    // Five attempts (SES_RETRY_ATTEMPTS): four retried, the last one the call's fault; five faults in a row open the breaker.
    const where = { region: 'us-east-1', operation: 'GetConfigurationSet' };
    expect(total(after, 'sesgw_ses_calls_total', { ...where, outcome: 'retried' }) - total(before, 'sesgw_ses_calls_total', { ...where, outcome: 'retried' })).toBe(4);
    expect(total(after, 'sesgw_ses_calls_total', { ...where, outcome: 'fault', code: 'UPSTREAM_UNAVAILABLE' }) - total(before, 'sesgw_ses_calls_total', { ...where, outcome: 'fault' })).toBe(1);
    expect(total(after, 'sesgw_ses_circuit_breaker_state', { ...where, state: 'open' })).toBe(1);
    expect(total(after, 'sesgw_ses_circuit_breaker_state', { ...where, state: 'closed' })).toBe(0);
    expect(total(after, 'sesgw_ses_circuit_breaker_state', { region: 'us-east-1', operation: 'ListConfigurationSets', state: 'closed' })).toBeLessThanOrEqual(1);
  });

  it('costs no SES call to scrape, and is behind the Host check', async () => {
    const before = await env.stack.calls();
    await scrape(env.stack);
    await scrape(env.stack);
    expect(delta(await env.stack.calls(), before)).toEqual({});
    const { samples: s0 } = await scrape(env.stack);
    expect(await withHost(env.stack.gateway.url, '/metrics', 'metrics.attacker.example')).toBe(421);
    const { samples: s1 } = await scrape(env.stack);
    expect(total(s1, 'sesgw_refused_requests_total', { reason: 'host' }) - total(s0, 'sesgw_refused_requests_total', { reason: 'host' })).toBe(1);
  });
});

describe('refused requests, by reason', () => {
  let stack: GatewayStack;
  const reader = generateApiKey();
  const writer = generateApiKey();
  beforeAll(async () => {
    stack = await startStack({
      env: {
        AUTH_API_KEYS: `${apiKeyEntry('dashboard', 'reader', reader)},${apiKeyEntry('deployer', 'writer', writer)}`,
        SES_DEFAULT_RATE: '1',
        GRAPHQL_MAX_RESPONSE_FIELDS: '100',
        MAX_BODY_BYTES: '8192',
      },
    });
    await createSets(stack, ...Array.from({ length: 40 }, (_, i) => `set-${i}`));
  });
  afterAll(() => stack.close());

  const headers = { 'x-api-key': writer };
  const cases: [string, () => Promise<unknown>][] = [
    ['host', () => withHost(stack.gateway.url, '/graphql', 'evil.example')],
    ['cors', () => fetch(`${stack.gateway.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } })],
    ['auth', () => ask(stack, { query: '{ configurationSets { nodes { name } } }' })],
    ['forbidden', () => ask(stack, { query: 'mutation { createConfigurationSet(input: { name: "x" }) { userErrors { code } } }' }, { 'x-api-key': reader })],
    ['body_size', () => ask(stack, JSON.stringify({ query: `{ a: configurationSets { nodes { name } } }${' '.repeat(9000)}` }), headers)],
    [
      'depth',
      () =>
        ask(
          stack,
          { query: '{ configurationSet(name: "x") { ...D } } fragment D on ConfigurationSet { defaultForIdentities { defaultConfigurationSet { defaultForIdentities { defaultConfigurationSet { defaultForIdentities { defaultConfigurationSet { defaultForIdentities { name } } } } } } } }' },
          headers,
        ),
    ],
    ['aliases', () => ask(stack, { query: `{ ${Array.from({ length: 31 }, (_, i) => `s${i}: configurationSet(name: "s${i}") { name }`).join(' ')} }` }, headers)],
    ['directives', () => ask(stack, { query: `{ configurationSet(name: "x") { name ${'@include(if: true) '.repeat(11)} } }` }, headers)],
    ['tokens', () => ask(stack, { query: `{ ${'x '.repeat(2100)} }` }, headers)],
    ['cost', () => ask(stack, { query: `{ ${Array.from({ length: 8 }, (_, i) => `p${i}: configurationSets(first: 100) { nodes { name deliveryOptions { tlsPolicy } eventDestinations { name matchingEventTypes } } }`).join(' ')} }` }, headers)],
    ['quota_budget', () => ask(stack, { query: '{ configurationSets(first: 100) { nodes { sendingEnabled } } }' }, headers)],
    // 2 + 40 items + 80 fields: past 100, with one SES call (ListConfigurationSets).
    ['response_size', () => ask(stack, { query: '{ configurationSets(first: 40) { nodes { id name } } }' }, headers)],
  ];

  for (const [reason, refuse] of cases) {
    it(`counts a ${reason} refusal under reason="${reason}", once, and no other reason`, async () => {
      const { samples: before } = await scrape(stack, headers);
      await refuse();
      const { samples: after } = await scrape(stack, headers);
      const changed = Object.fromEntries(
        REFUSAL_REASONS.map((r) => [r, total(after, 'sesgw_refused_requests_total', { reason: r }) - total(before, 'sesgw_refused_requests_total', { reason: r })]).filter(([, n]) => n !== 0),
      );
      expect(changed).toEqual({ [reason]: 1 });
    });
  }

  it('counts nothing for requests that were answered', async () => {
    const { samples: before } = await scrape(stack, headers);
    const answer = await ask(stack, { query: '{ configurationSets(first: 2) { nodes { name } } }' }, headers);
    expect(answer.status).toBe(200);
    await ask(stack, { query: '{ nosuchField }' }, headers);
    const { samples: after } = await scrape(stack, headers);
    expect(total(after, 'sesgw_refused_requests_total') - total(before, 'sesgw_refused_requests_total')).toBe(0);
  });
});

describe('who may read /metrics', () => {
  const key = generateApiKey();
  const token = 'prometheus-scrape-token-0123456789';

  it('asks for any credential when authentication is on, and counts the refusal', async () => {
    const stack = await startStack({ env: { AUTH_API_KEYS: apiKeyEntry('dashboard', 'reader', key), AUTH_ANONYMOUS_ROLE: 'reader' } });
    try {
      const anonymous = await fetch(`${stack.gateway.url}/metrics`);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect((await fetch(`${stack.gateway.url}/metrics`, { headers: { 'x-api-key': 'sesgw_wrong' } })).status).toBe(401);
      const { samples } = await scrape(stack, { 'x-api-key': key });
      expect(total(samples, 'sesgw_refused_requests_total', { reason: 'auth' })).toBe(2);
    } finally {
      await stack.close();
    }
  });

  it('takes only METRICS_TOKEN as a bearer token when it is set', async () => {
    const stack = await startStack({ env: { AUTH_API_KEYS: apiKeyEntry('dashboard', 'reader', key), METRICS_TOKEN: token } });
    try {
      expect(stack.gateway.app.printRoutes()).toContain('metrics');
      await scrape(stack, { authorization: `Bearer ${token}` });
      expect((await fetch(`${stack.gateway.url}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
      // METRICS_ACCESS defaults to token when METRICS_TOKEN is set: a caller's API key is not enough.
      expect((await fetch(`${stack.gateway.url}/metrics`, { headers: { 'x-api-key': key } })).status).toBe(401);
    } finally {
      await stack.close();
    }
  });

  it('has no route with METRICS_ACCESS=off', async () => {
    const stack = await startStack({ env: { METRICS_ACCESS: 'off' } });
    try {
      expect((await fetch(`${stack.gateway.url}/metrics`)).status).toBe(404);
      expect(stack.gateway.observability.metrics).toBeUndefined();
      expect(stack.gateway.observability.sesObserver).toBeUndefined();
    } finally {
      await stack.close();
    }
  });

  it('validates METRICS_* settings, naming the variable', () => {
    expect(loadConfig({}).observability.metrics).toEqual({ access: 'open', maxOperationNames: 100 });
    expect(loadConfig({ AUTH_API_KEYS: apiKeyEntry('a', 'reader', key) }).observability.metrics.access).toBe('authenticated');
    expect(() => loadConfig({ METRICS_ACCESS: 'public' })).toThrow(/METRICS_ACCESS: must be one of off, open, authenticated, token/);
    expect(() => loadConfig({ METRICS_ACCESS: 'authenticated' })).toThrow(/METRICS_ACCESS: authenticated needs authentication configured/);
    expect(() => loadConfig({ METRICS_ACCESS: 'token' })).toThrow(/METRICS_ACCESS: token needs METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
    expect(() => loadConfig({ METRICS_TOKEN: token, METRICS_ACCESS: 'open' })).toThrow(/METRICS_TOKEN: set, but METRICS_ACCESS=open never asks for it/);
    expect(() => loadConfig({ METRICS_MAX_OPERATION_NAMES: '0' })).toThrow(/METRICS_MAX_OPERATION_NAMES/);
  });
});

describe('operation names as label values', () => {
  const env = useStack({ env: { METRICS_MAX_OPERATION_NAMES: '2' } });

  it('keeps the first METRICS_MAX_OPERATION_NAMES names and counts later ones as other', async () => {
    for (const name of ['First', 'Second', 'Third', 'Fourth', 'First']) await ask(env.stack, { query: `query ${name} { configurationSets(first: 1) { nodes { name } } }` });
    const { samples } = await scrape(env.stack);
    const names = new Set(samples.filter((s) => s.name === 'sesgw_graphql_requests_total').map((s) => s.labels.operation_name));
    expect([...names].sort()).toEqual(['First', 'Second', 'other']);
    expect(total(samples, 'sesgw_graphql_requests_total', { operation_name: 'other' })).toBe(2);
    expect(total(samples, 'sesgw_graphql_requests_total', { operation_name: 'First' })).toBe(2);
  });
});

describe('quota waits and queue depth', () => {
  // The documented SES rate (1 call a second), so calls of one operation queue.
  const env = useStack({ env: { SES_DEFAULT_RATE: '1' } });

  it('shows calls waiting in the queue while they wait, and how long they waited', async () => {
    await createSets(env.stack, 'q0', 'q1', 'q2', 'q3');
    const { samples: before } = await scrape(env.stack);
    const pending = ask(env.stack, { query: `{ ${[0, 1, 2, 3].map((i) => `s${i}: configurationSet(name: "q${i}") { sendingEnabled }`).join(' ')} }` });
    // Four calls at one a second: the last three wait about one, two and three seconds.
    let deepest = 0;
    for (let i = 0; i < 20 && deepest === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      deepest = total((await scrape(env.stack)).samples, 'sesgw_ses_queue_depth', { region: 'us-east-1', queue: 'GetConfigurationSet' });
    }
    expect(deepest).toBeGreaterThanOrEqual(1);
    expect((await pending).body.errors).toBeUndefined();
    const { samples: after } = await scrape(env.stack);
    const where = { region: 'us-east-1', operation: 'GetConfigurationSet' };
    expect(total(after, 'sesgw_ses_quota_wait_seconds_count', where) - total(before, 'sesgw_ses_quota_wait_seconds_count', where)).toBe(4);
    // At least 1 + 2 + 3 seconds of spacing, less generous slack for timer jitter.
    expect(total(after, 'sesgw_ses_quota_wait_seconds_sum', where) - total(before, 'sesgw_ses_quota_wait_seconds_sum', where)).toBeGreaterThan(5);
    expect(total(after, 'sesgw_ses_queue_depth', { region: 'us-east-1', queue: 'GetConfigurationSet' })).toBe(0);
  });
});
