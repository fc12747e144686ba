import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/gateway/config.js';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { errorName, Readiness, type ReadinessSnapshot } from '../../src/gateway/readiness.js';
import { sesEndpointOf } from '../../src/gateway/readinessChecks.js';
import { startGateway, type RunningGateway } from '../../src/gateway/server.js';
import { startHarness, type EmulatorHarness } from '../support/emulator.js';
import { startStack, useStack } from '../support/gateway.js';
import { freePort } from '../support/redis.js';

/**
 * /healthz and /readyz against the real gateway: embedded mode checks the
 * emulator's health route, aws mode the SDK's credential chain and a
 * connection to the SES endpoint; none of it costs an SES call.
 */

interface Probe {
  status: number;
  body: ReadinessSnapshot;
  text: string;
}

async function probe(url: string, path = '/readyz'): Promise<Probe> {
  const response = await fetch(`${url}${path}`);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as ReadinessSnapshot, text };
}

/** Node's fetch will not send a Host of our choosing; node:http will. */
function statusWithHost(url: string, method: 'GET' | 'POST', path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers: { host, 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? JSON.stringify({ query: QUERY }) : undefined);
  });
}

const QUERY = '{ configurationSet(name: "ready-check") { name } }';

async function query(url: string): Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

describe('embedded mode', () => {
  const env = useStack({ env: { READINESS_CACHE_MS: '0', SES_BREAKER_THRESHOLD: '1', SES_RETRY_ATTEMPTS: '1', CACHE_TTL_SECONDS: '0' } });

  it('answers /healthz with uptime and the event-loop delay, and checks nothing', async () => {
    const { status, body } = await probe(env.stack.gateway.url, '/healthz');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', uptimeSeconds: expect.any(Number), eventLoopDelayMs: { p99: expect.any(Number), max: expect.any(Number) } });
  });

  it('is ready when the emulator answers its health route, and costs no SES call', async () => {
    const { status, body } = await probe(env.stack.gateway.url);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ready', checks: { ses: { ok: true } }, breakers: { open: [] } });
    // Embedded mode has no Redis here and needs no AWS credentials: nothing else is checked.
    expect(Object.keys(body.checks)).toEqual(['ses']);
    expect((await env.stack.emulator.stats()).totalCalls).toBe(0);
  });

  it('lists an open circuit breaker but stays ready', async () => {
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', errorType: 'InternalServiceErrorException' });
    expect((await query(env.stack.gateway.url)).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const { status, body } = await probe(env.stack.gateway.url);
    expect(status).toBe(200);
    expect(body.breakers.open).toEqual([{ region: 'us-east-1', operation: 'GetConfigurationSet', state: 'open', since: expect.any(String) }]);
  });

  it('accepts an IP-literal Host (a Kubernetes probe names the pod IP) on the health routes only', async () => {
    const { url } = env.stack.gateway;
    for (const path of ['/healthz', '/readyz']) expect(await statusWithHost(url, 'GET', path, '10.1.2.3:4000')).toBe(200);
    expect(await statusWithHost(url, 'GET', '/readyz', '[fd00::1]:4000')).toBe(200);
    // A name is still checked against ALLOWED_HOSTS (DNS rebinding), and other routes still refuse IP literals.
    expect(await statusWithHost(url, 'GET', '/readyz', 'attacker.example')).toBe(421);
    expect(await statusWithHost(url, 'POST', '/graphql', '10.1.2.3:4000')).toBe(421);
    expect(await statusWithHost(url, 'GET', '/', '10.1.2.3:4000')).toBe(421);
  });
});

describe('embedded mode, emulator stopped', () => {
  it('is unready naming ses, with an error code and no message or stack', async () => {
    const stack = await startStack({ env: { READINESS_CACHE_MS: '0' } });
    try {
      expect((await probe(stack.gateway.url)).status).toBe(200);
      await stack.emulator.close();
      const { status, body, text } = await probe(stack.gateway.url);
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: 'unready', checks: { ses: { ok: false, error: 'ECONNREFUSED', checked: expect.stringContaining('emulator') } } });
      expect(text).not.toMatch(/127\.0\.0\.1|stack|    at /);
      // Liveness is not readiness: the process is fine.
      expect((await probe(stack.gateway.url, '/healthz')).status).toBe(200);
    } finally {
      await stack.gateway.close();
    }
  });
});

describe('aws mode', () => {
  let emulator: EmulatorHarness;
  let emptyFiles: { credentials: string; config: string };
  const gateways: RunningGateway[] = [];

  beforeAll(async () => {
    emulator = await startHarness({ quotas: false });
    const dir = mkdtempSync(join(tmpdir(), 'readiness-'));
    emptyFiles = { credentials: join(dir, 'credentials'), config: join(dir, 'config') };
    writeFileSync(emptyFiles.credentials, '');
    writeFileSync(emptyFiles.config, '');
    return () => emulator.close();
  });
  afterEach(async () => {
    while (gateways.length > 0) await gateways.pop()?.close();
    vi.unstubAllEnvs();
  });

  /** No credentials anywhere the SDK looks, and never the EC2 metadata endpoint. */
  function withoutCredentials(): void {
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI']) {
      vi.stubEnv(name, undefined);
    }
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', emptyFiles.credentials);
    vi.stubEnv('AWS_CONFIG_FILE', emptyFiles.config);
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
  }

  function withCredentials(): void {
    withoutCredentials();
    // The emulator takes the account from a 12-digit access key id.
    vi.stubEnv('AWS_ACCESS_KEY_ID', '123456789012');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'not-a-secret');
  }

  async function start(endpoint: string): Promise<RunningGateway> {
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SES_BACKEND: 'aws', AWS_ACCOUNT_ID: '123456789012', AUTH_MODE: 'none', AWS_ENDPOINT_URL_SESV2: endpoint, READINESS_CACHE_MS: '0' });
    // As main.ts starts it in aws mode: the endpoint, and the SDK's own credential chain.
    const gateway = await startGateway({ config, ses: { endpoint }, logger: false });
    gateways.push(gateway);
    return gateway;
  }

  it('is ready when credentials resolve and the endpoint accepts a connection, without an SES call', async () => {
    withCredentials();
    const gateway = await start(emulator.emulator.url);
    const { status, body } = await probe(gateway.url);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ready', checks: { credentials: { ok: true }, ses: { ok: true } } });
    expect((await emulator.stats()).totalCalls).toBe(0);
    // And the same setup serves SES calls.
    expect(await query(gateway.url)).toMatchObject({ data: { configurationSet: null } });
  });

  it('is unready naming ses when the endpoint refuses connections', async () => {
    withCredentials();
    const gateway = await start(`http://127.0.0.1:${await freePort()}`);
    const { status, body } = await probe(gateway.url);
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'unready', checks: { credentials: { ok: true }, ses: { ok: false, error: 'ECONNREFUSED' } } });
  });

  it('is unready naming credentials when none resolve, and ready once they appear', async () => {
    withoutCredentials();
    const gateway = await start(emulator.emulator.url);
    const { status, body, text } = await probe(gateway.url);
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'unready', checks: { credentials: { ok: false, error: 'CredentialsProviderError' }, ses: { ok: true } } });
    expect(text).not.toContain(emptyFiles.credentials);
    vi.stubEnv('AWS_ACCESS_KEY_ID', '123456789012');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'not-a-secret');
    const again = await probe(gateway.url);
    expect(again.status).toBe(200);
    // Whatever resolves, the credentials never appear in the answer.
    expect(again.text).not.toContain('not-a-secret');
    expect(again.text).not.toContain('123456789012');
  });
});

describe(Readiness.name, () => {
  it('runs one round for a burst of probes, and a new one after the cache time', async () => {
    let runs = 0;
    const readiness = new Readiness({ checks: [{ name: 'dep', describes: 'a dependency', run: async () => void (runs += 1) }], cacheMs: 60_000 });
    const burst = await Promise.all(Array.from({ length: 20 }, () => readiness.check()));
    expect(runs).toBe(1);
    expect(new Set(burst.map((snapshot) => snapshot.checkedAt)).size).toBe(1);
    expect(readiness.snapshot()).toBe(burst[0]);
    const fresh = new Readiness({ checks: [{ name: 'dep', describes: 'a dependency', run: async () => void (runs += 1) }], cacheMs: 0 });
    await fresh.check();
    await fresh.check();
    expect(runs).toBe(3);
  });

  it('fails a check that outlives its timeout, and names only the error', async () => {
    const readiness = new Readiness({
      checks: [
        { name: 'slow', describes: 'a slow dependency', run: () => new Promise(() => {}) },
        { name: 'broken', describes: 'a broken one', run: async () => Promise.reject(Object.assign(new Error('password=hunter2 at /etc/secret'), { code: 'ECONNRESET' })) },
      ],
      timeoutMs: 50,
    });
    const snapshot = await readiness.check();
    expect(snapshot.status).toBe('unready');
    expect(snapshot.checks).toEqual({
      slow: { ok: false, ms: expect.any(Number), error: 'Timeout', checked: 'a slow dependency' },
      broken: { ok: false, ms: expect.any(Number), error: 'ECONNRESET', checked: 'a broken one' },
    });
    expect(JSON.stringify(snapshot)).not.toContain('hunter2');
  });

  it('names errors by code or class, never by message', () => {
    expect(errorName(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }) }))).toBe('ECONNREFUSED');
    expect(errorName(new RangeError('x'))).toBe('RangeError');
    expect(errorName(new Error('secret text'))).toBe('Error');
    expect(errorName(Object.assign(new Error('x'), { name: 'name with spaces: secret' }))).toBe('Error');
    expect(errorName('a string')).toBe('Error');
  });
});

describe(sesEndpointOf.name, () => {
  it('is the configured endpoint, else the one the SDK resolves for the region', async () => {
    const client = new SESv2Client({ region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    try {
      expect((await sesEndpointOf(client, undefined)).href).toBe('https://email.eu-west-1.amazonaws.com/');
      expect((await sesEndpointOf(client, 'http://127.0.0.1:4566')).host).toBe('127.0.0.1:4566');
    } finally {
      client.destroy();
    }
  });
});

describe('readiness configuration', () => {
  it('has defaults under a Kubernetes probe\'s 1 s timeout', () => {
    expect(loadConfig({}).readiness).toEqual({ timeoutMs: 800, cacheMs: 1000 });
    expect(loadConfig({ READINESS_TIMEOUT_MS: '1500', READINESS_CACHE_MS: '0' }).readiness).toEqual({ timeoutMs: 1500, cacheMs: 0 });
  });

  it('refuses bad values, naming the variable and the rule', () => {
    expect(() => loadConfig({ READINESS_TIMEOUT_MS: '10' })).toThrow(/READINESS_TIMEOUT_MS: must be at least 50 ms/);
    expect(() => loadConfig({ READINESS_CACHE_MS: '1.5' })).toThrow(/READINESS_CACHE_MS: must be whole milliseconds/);
  });
});
