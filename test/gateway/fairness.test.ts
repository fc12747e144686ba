import { request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type GatewayStack } from '../support/gateway.js';

/**
 * Callers are told apart by their fairness key; without credentials that is
 * the client's address, so each test caller connects from its own loopback
 * address (Linux routes all of 127/8 to the loopback interface).
 */
interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  ms: number;
}

function post(url: string, query: string, from: string, signal?: AbortSignal): Promise<Answer> {
  const started = performance.now();
  const payload = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/graphql`,
      { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }, ...(signal && { signal }) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'], ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const aliasesOfSets = (count: number, prefix: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `s${i}: configurationSet(name: "${prefix}-${i}") { name }`).join(' ')} }`;
const ONE_READ = '{ configurationSet(name: "small-read") { name } }';

/** Limits raised so the big queries under test are not refused before they reach the queues. */
const LIMITS_RAISED = {
  GRAPHQL_MAX_ALIASES: '1000',
  GRAPHQL_MAX_TOKENS: '100000',
  GRAPHQL_MAX_COST: '10000000',
  MAX_QUOTA_SECONDS_PER_REQUEST: '100000',
  REQUEST_TIMEOUT_MS: '600000',
};

async function callsOf(stack: GatewayStack, operation: string): Promise<number> {
  return (await stack.calls())[operation] ?? 0;
}

/** Waits (bounded) until SES has seen `count` calls of `operation`: the big query's calls are then queued. */
async function untilCalls(stack: GatewayStack, operation: string, count: number): Promise<void> {
  for (let i = 0; i < 200 && (await callsOf(stack, operation)) < count; i += 1) await sleep(25);
  expect(await callsOf(stack, operation)).toBeGreaterThanOrEqual(count);
}

// Five calls a second on both sides keeps the scenarios short; the emulator refuses anything faster.
const RATE = 5;
const INTERVAL_MS = (1000 / RATE) * 1.03;

describe('callers sharing one SES quota', () => {
  let stack: GatewayStack;
  beforeAll(async () => {
    stack = await startStack({
      emulator: { quotas: { defaultRate: RATE } },
      env: { SES_DEFAULT_RATE: String(RATE), CACHE_TTL_SECONDS: '0', ...LIMITS_RAISED },
    });
  });
  afterAll(() => stack.close());
  beforeEach(async () => {
    await stack.emulator.admin('POST', '/_emulator/reset');
  });

  it('serve a small read after about one call of another caller\'s 40-alias query', { timeout: 30_000 }, async () => {
    const big = post(stack.gateway.url, aliasesOfSets(40, 'big'), '127.0.0.1');
    await untilCalls(stack, 'GetConfigurationSet', 2);
    const small = await post(stack.gateway.url, ONE_READ, '127.0.0.2');
    expect([small.body.data, small.body.errors]).toEqual([{ configurationSet: null }, undefined]);
    // Two active callers: the small read waits about one interval for its turn, not forty.
    console.log(`small read behind a 40-alias query: ${Math.round(small.ms)} ms (one interval ${Math.round(INTERVAL_MS)} ms)`);
    expect(small.ms).toBeLessThan(3 * INTERVAL_MS);
    const answer = await big;
    expect(answer.body.errors).toBeUndefined();
    expect(Object.keys(answer.body.data ?? {})).toHaveLength(40);
    const stats = await stack.emulator.stats();
    expect(stats.operations.GetConfigurationSet).toMatchObject({ calls: 41, throttled: 0 });
  });

  it('keep a 300-alias query from jamming the queue for another caller\'s reads', { timeout: 30_000 }, async () => {
    const gaveUp = new AbortController();
    const big = post(stack.gateway.url, aliasesOfSets(300, 'jam'), '127.0.0.1', gaveUp.signal).catch((error: Error) => error.name);
    try {
      await untilCalls(stack, 'GetConfigurationSet', 2);
      // Cold reads, one after another, each behind the whole backlog of the big query.
      for (let i = 0; i < 3; i += 1) {
        const small = await post(stack.gateway.url, `{ configurationSet(name: "cold-${i}") { name } }`, '127.0.0.2');
        expect([small.body.data, small.body.errors]).toEqual([{ configurationSet: null }, undefined]);
        expect(small.ms).toBeLessThan(3 * INTERVAL_MS);
      }
    } finally {
      gaveUp.abort();
    }
    expect(await big).toBe('AbortError');
    expect((await stack.emulator.stats()).operations.GetConfigurationSet?.throttled).toBe(0);
  });

  it('release every queued call of a caller that disconnects', { timeout: 30_000 }, async () => {
    const gaveUp = new AbortController();
    const big = post(stack.gateway.url, aliasesOfSets(300, 'gone'), '127.0.0.1', gaveUp.signal).catch((error: Error) => error.name);
    await sleep(1000);
    gaveUp.abort();
    expect(await big).toBe('AbortError');
    // At most the call in flight when the server saw the disconnect lands after it; then the count stays put.
    await sleep(2 * INTERVAL_MS);
    const afterAbort = await callsOf(stack, 'GetConfigurationSet');
    expect(afterAbort).toBeLessThanOrEqual(10);
    const small = await post(stack.gateway.url, ONE_READ, '127.0.0.2');
    expect([small.body.data, small.body.errors]).toEqual([{ configurationSet: null }, undefined]);
    expect(small.ms).toBeLessThan(2 * INTERVAL_MS);
    await sleep(5 * INTERVAL_MS);
    // The small read's one call, and not one of the 300 released.
    expect(await callsOf(stack, 'GetConfigurationSet')).toBe(afterAbort + 1);
  });
});

/**
 * A busy machine, for the test's duration (bounded): one core kept busy by a
 * worker, and this process's own event loop stalled for 30 ms every 70 ms, so
 * calls are held up at random on their way to SES.
 */
function busyMachine(maxMs: number): { stop(): Promise<void> } {
  const worker = new Worker(`const end = Date.now() + ${maxMs}; while (Date.now() < end) { Math.sqrt(Math.random()); }`, { eval: true });
  const stalls = setInterval(() => {
    const end = performance.now() + 30;
    while (performance.now() < end) Math.sqrt(Math.random());
  }, 70);
  const stopStalls = setTimeout(() => clearInterval(stalls), maxMs);
  return {
    async stop() {
      clearInterval(stalls);
      clearTimeout(stopStalls);
      await worker.terminate();
    },
  };
}

describe('spacing under load', () => {
  let stack: GatewayStack;
  beforeAll(async () => {
    // SES's own quota: once a second, a bucket of one call, so any two arrivals closer than a second are throttled.
    stack = await startStack({ emulator: { quotas: true }, env: { SES_DEFAULT_RATE: '1', CACHE_TTL_SECONDS: '0' } });
  });
  afterAll(() => stack.close());

  it('creates 30 sets from 10 parallel clients on a busy machine without a throttle', { timeout: 90_000 }, async () => {
    const load = busyMachine(80_000);
    try {
      const clients = Array.from({ length: 10 }, (_, client) => async () => {
        const answers: Answer[] = [];
        for (let i = 0; i < 3; i += 1) {
          const mutation = `mutation { createConfigurationSet(input: { name: "load-${client}-${i}" }) { configurationSet { name } userErrors { code message } } }`;
          answers.push(await post(stack.gateway.url, mutation, `127.0.0.${client + 1}`));
        }
        return answers;
      });
      const answers = (await Promise.all(clients.map((run) => run()))).flat();
      expect(answers.flatMap((answer) => answer.body.errors ?? [])).toEqual([]);
      expect(JSON.stringify(answers)).not.toContain('"code"');
    } finally {
      await load.stop();
    }
    const stats = await stack.emulator.stats();
    console.log(`30 creates under load: ${JSON.stringify(stats.operations.CreateConfigurationSet)}`);
    expect(stats.operations.CreateConfigurationSet).toMatchObject({ calls: 30, throttled: 0, maxCallsPerSecond: 1 });
    expect(stats.writes.maxInFlight).toBe(1);
  });
});
