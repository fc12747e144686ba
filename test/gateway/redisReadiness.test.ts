import { afterEach, describe, expect, it } from 'vitest';
import type { ReadinessSnapshot } from '../../src/gateway/readiness.js';
import { startStack, type GatewayStack } from '../support/gateway.js';
import { freePort, startRedis, type RedisServer } from '../support/redis.js';

/**
 * Redis unreachable, at start-up and mid-run. Before the gateway has seen its
 * fleet (start-up), or with the fallback turned off (LIMITER_FALLBACK_REPLICAS=0),
 * it is unready and its queries fail fast with LIMITER_UNAVAILABLE (not after
 * the queue timeout with UPSTREAM_THROTTLED). Mid-run with the fallback (the
 * default), it stays ready, degraded, and answers at 1/N of each quota. Both
 * come back by themselves with Redis.
 *
 * The timed bounds are generous (the fix answers in milliseconds); the queue
 * timeout is set well above them, so a call waiting for it fails the test.
 */
const QUEUE_TIMEOUT_MS = 8000;
const FAST_MS = 5000;
/** ioredis reconnects with a backoff of at most 2 s; leave room for a loaded machine. */
const RECOVERY_MS = 15_000;

interface Answer {
  code: string | undefined;
  data: unknown;
  ms: number;
}

const READ = '{ configurationSet(name: "redis-check") { name } }';
/** Another operation, whose limiter is first made while Redis is away. */
const OTHER_READ = '{ account { sendingEnabled } }';
const WRITE = 'mutation { createConfigurationSet(input: { name: "redis-write" }) { configurationSet { name } userErrors { code } } }';

async function ask(stack: GatewayStack, query: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { code: body.errors?.[0]?.extensions?.code, data: body.data, ms: performance.now() - started };
}

async function readyz(stack: GatewayStack): Promise<{ status: number; body: ReadinessSnapshot }> {
  const response = await fetch(`${stack.gateway.url}/readyz`);
  return { status: response.status, body: (await response.json()) as ReadinessSnapshot };
}

/** Polls /readyz until it answers 200, for at most `withinMs`; returns how long that took. */
async function readyWithin(stack: GatewayStack, withinMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if ((await readyz(stack)).status === 200) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`/readyz did not turn 200 within ${withinMs} ms: ${JSON.stringify((await readyz(stack)).body)}`);
}

async function expectLimiterUnavailable(stack: GatewayStack, query: string): Promise<void> {
  const answer = await ask(stack, query);
  expect({ query, code: answer.code }).toEqual({ query, code: 'LIMITER_UNAVAILABLE' });
  expect(answer.ms).toBeLessThan(FAST_MS);
}

async function expectUnreadyNamingRedis(stack: GatewayStack): Promise<void> {
  const { status, body } = await readyz(stack);
  expect(status).toBe(503);
  expect(body).toMatchObject({ status: 'unready', checks: { redis: { ok: false, error: expect.any(String) }, ses: { ok: true } } });
}

let stack: GatewayStack | undefined;
let redis: RedisServer | undefined;
afterEach(async () => {
  await stack?.close();
  await redis?.stop();
  stack = undefined;
  redis = undefined;
});

function stackOn(port: number, env: Record<string, string> = {}): Promise<GatewayStack> {
  return startStack({
    env: {
      REDIS_URL: `redis://127.0.0.1:${port}`,
      LIMITER_ID: `readiness-${process.pid}-${port}`,
      SES_QUEUE_TIMEOUT_MS: String(QUEUE_TIMEOUT_MS),
      READINESS_CACHE_MS: '0',
      CACHE_TTL_SECONDS: '0',
      ...env,
    },
  });
}

describe('Redis unreachable at start-up', () => {
  it('is unready and fails calls fast with LIMITER_UNAVAILABLE, then recovers when Redis comes up', { timeout: 60_000 }, async () => {
    const port = await freePort();
    stack = await stackOn(port);

    await expectUnreadyNamingRedis(stack);
    await expectLimiterUnavailable(stack, READ);
    await expectLimiterUnavailable(stack, WRITE);
    // Several at once: each fails on its own, none waits behind the others for the queue timeout.
    const burst = await Promise.all(Array.from({ length: 5 }, () => ask(stack as GatewayStack, READ)));
    expect(burst.map((answer) => answer.code)).toEqual(Array(5).fill('LIMITER_UNAVAILABLE'));
    expect(Math.max(...burst.map((answer) => answer.ms))).toBeLessThan(FAST_MS);
    expect((await stack.emulator.stats()).totalCalls).toBe(0);

    redis = await startRedis({ port });
    await readyWithin(stack, RECOVERY_MS);
    expect(await ask(stack, READ)).toMatchObject({ code: undefined, data: { configurationSet: null } });
    expect(await ask(stack, WRITE)).toMatchObject({ code: undefined, data: { createConfigurationSet: { configurationSet: { name: 'redis-write' }, userErrors: [] } } });
  });
});

describe('Redis going away mid-run', () => {
  it('with the fallback off, turns unready with fast LIMITER_UNAVAILABLE, and ready again when Redis returns', { timeout: 60_000 }, async () => {
    redis = await startRedis();
    const port = Number(new URL(redis.url).port);
    stack = await stackOn(port, { LIMITER_FALLBACK_REPLICAS: '0' });
    await readyWithin(stack, RECOVERY_MS);
    expect(await ask(stack, READ)).toMatchObject({ code: undefined, data: { configurationSet: null } });

    await redis.stop();
    await expectUnreadyNamingRedis(stack);
    await expectLimiterUnavailable(stack, READ);
    // Its limiter is made now, while Redis is away: a limiter whose start failed must not stay broken.
    await expectLimiterUnavailable(stack, OTHER_READ);
    await expectLimiterUnavailable(stack, WRITE);

    redis = await startRedis({ port });
    await readyWithin(stack, RECOVERY_MS);
    expect(await ask(stack, READ)).toMatchObject({ code: undefined, data: { configurationSet: null } });
    expect(await ask(stack, OTHER_READ)).toMatchObject({ code: undefined, data: { account: { sendingEnabled: true } } });
    expect(await ask(stack, WRITE)).toMatchObject({ code: undefined, data: { createConfigurationSet: { userErrors: [] } } });
  });
});

describe('Redis going away mid-run, with the fallback (the default)', () => {
  it('stays ready (degraded) and answers reads and writes from this replica alone, then shares Redis again', { timeout: 60_000 }, async () => {
    redis = await startRedis();
    const port = Number(new URL(redis.url).port);
    stack = await stackOn(port);
    await readyWithin(stack, RECOVERY_MS);
    expect(await ask(stack, READ)).toMatchObject({ code: undefined, data: { configurationSet: null } });

    await redis.stop();
    const { status, body } = await readyz(stack);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ready', checks: { redis: { ok: true, degraded: expect.stringContaining('1/1') } } });
    const answers = [await ask(stack, READ), await ask(stack, OTHER_READ), await ask(stack, WRITE)];
    expect(answers.map((answer) => answer.code)).toEqual([undefined, undefined, undefined]);
    expect(answers[2]).toMatchObject({ data: { createConfigurationSet: { configurationSet: { name: 'redis-write' }, userErrors: [] } } });

    redis = await startRedis({ port });
    await expect.poll(async () => (await readyz(stack as GatewayStack)).body.checks.redis?.degraded, { timeout: RECOVERY_MS }).toBeUndefined();
    expect(await ask(stack, OTHER_READ)).toMatchObject({ code: undefined, data: { account: { sendingEnabled: true } } });
  });
});
