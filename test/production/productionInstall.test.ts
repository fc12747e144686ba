/**
 * The production layout, as the Dockerfile makes it and without Docker: build
 * with dev dependencies, then a fresh directory holding only what the runtime
 * image holds (package.json, package-lock.json, dist/, schema/, scripts/),
 * `npm ci --omit=dev`, and the gateway started from there with plain node
 * and with `npm start`, then stopped by signals while work is in flight.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMULATOR_ACCOUNT_ID } from '../../src/gateway/config.js';
import { startHarness, type EmulatorHarness } from '../support/emulator.js';
import { killStarted, leftBehind, run, runtimeEnv, startGatewayProcess, type GatewayProcess } from './processes.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** What the Dockerfile's runtime stage copies besides dist/ (built) and node_modules/ (installed). */
const RUNTIME_FILES = ['package.json', 'package-lock.json', 'schema', 'scripts'];
const CREATE = 'mutation Create($name: String!) { createConfigurationSet(input: { name: $name }) { configurationSet { name } userErrors { code field message } } }';
const SLOW_MS = 2000;

// A space in the path: the runtime must find schema/ from dist/ wherever it is installed.
const work = mkdtempSync(join(tmpdir(), 'ses gateway production-'));
const app = join(work, 'app');
const env = runtimeEnv({});
let installLog = '';
let emulator: EmulatorHarness;

async function graphql(url: string, query: string, variables?: Record<string, unknown>): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

/** The gateway on the test's emulator (SES_BACKEND=aws with an endpoint), so the test can slow SES down. */
function onEmulator(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return runtimeEnv({
    PORT: '0',
    SES_BACKEND: 'aws',
    AWS_ENDPOINT_URL_SESV2: emulator.emulator.url,
    AWS_ACCOUNT_ID: EMULATOR_ACCOUNT_ID,
    // The emulator takes the account from a 12-digit access key id.
    AWS_ACCESS_KEY_ID: EMULATOR_ACCOUNT_ID,
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'us-east-1',
    AUTH_MODE: 'none',
    SHUTDOWN_TIMEOUT_MS: '30000',
    ...extra,
  });
}

async function createCalls(): Promise<number> {
  return (await emulator.stats()).operations.CreateConfigurationSet?.calls ?? 0;
}

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function exitWithin(gateway: GatewayProcess, ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return Promise.race([
    gateway.exited,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running ${ms} ms after the signal:\n${gateway.output()}`)), ms)),
  ]);
}

/** Whether a request made now is turned away (connection refused or closed, or 503). */
async function refusesNewRequests(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) })).status === 503;
  } catch {
    return true;
  }
}

/**
 * Two writes in flight when the signal comes: one at SES (slowed), one queued
 * behind it for the region's write slot. Both must complete.
 */
async function stopDuringWrites(gateway: GatewayProcess, signalled: number, signal: NodeJS.Signals): Promise<void> {
  await emulator.admin('POST', '/_emulator/faults', { operation: 'CreateConfigurationSet', kind: 'latency', latencyMs: SLOW_MS });
  const first = graphql(gateway.url, CREATE, { name: `${signal}-first` });
  const second = graphql(gateway.url, CREATE, { name: `${signal}-second` });
  await until(async () => (await createCalls()) >= 1, 'the first write to reach SES');
  // Let the second request reach the gateway too (it waits for the write slot there).
  await new Promise((resolve) => setTimeout(resolve, 300));
  process.kill(signalled, signal);
  await until(() => gateway.output().includes(`${signal} received`), 'the gateway to take the signal');
  const writesSentAtSignal = await createCalls();

  expect(await refusesNewRequests(gateway.url)).toBe(true);
  const results = await Promise.all([first, second]);
  expect(await exitWithin(gateway, 30_000), gateway.output()).toEqual({ code: 0, signal: null });
  expect(await leftBehind(gateway.group)).toEqual([]);

  // One write was at SES and one still queued in the gateway when the signal came; both were applied and answered.
  expect(writesSentAtSignal).toBe(1);
  expect(await createCalls()).toBe(2);
  expect(results).toEqual([
    expect.objectContaining({ data: { createConfigurationSet: { configurationSet: { name: `${signal}-first` }, userErrors: [] } } }),
    expect.objectContaining({ data: { createConfigurationSet: { configurationSet: { name: `${signal}-second` }, userErrors: [] } } }),
  ]);
  expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
  expect(gateway.output()).toContain('stopped cleanly');
}

describe('the production install', () => {
  beforeAll(async () => {
    emulator = await startHarness({ quotas: false });
    // The Dockerfile's build stage (`npm run build`), written where the runtime stage would copy it from.
    await run('npm', ['run', 'build', '--', '--outDir', join(app, 'dist')], { cwd: ROOT, env: { ...process.env, PATH: env.PATH }, timeoutMs: 240_000 });
    for (const name of RUNTIME_FILES) cpSync(join(ROOT, name), join(app, name), { recursive: true });
    // The runtime stage: --prefer-offline uses the cache the project's own install filled.
    installLog = await run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: app, env, timeoutMs: 240_000 });
  }, 500_000);

  afterAll(async () => {
    killStarted();
    await emulator?.close();
    rmSync(work, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await emulator.admin('POST', '/_emulator/reset');
  });

  afterEach(() => {
    killStarted();
  });

  it('holds no dev dependency, and dist/ imports only dependencies and Node built-ins', async () => {
    expect(installLog).not.toMatch(/npm (ERR|error)/);
    for (const tool of ['typescript', 'tsx', 'vitest', '@graphql-codegen/cli']) expect(existsSync(join(app, 'node_modules', tool)), tool).toBe(false);
    // Exits non-zero when a dependency is missing or invalid.
    await run('npm', ['ls', '--omit=dev', '--all'], { cwd: app, env, timeoutMs: 60_000 });

    const dependencies = Object.keys((JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    const imported = new Set<string>();
    for (const file of readdirSync(join(app, 'dist'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(join(app, 'dist', file), 'utf8');
      for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+|require(?:\.resolve)?\(\s*|createRequire\([^)]*\)\.resolve\(\s*)['"]([^'"./][^'"]*)['"]/g)) {
        const specifier = match[1] as string;
        imported.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string));
      }
    }
    const builtins = new Set(builtinModules);
    const outside = [...imported].filter((name) => !name.startsWith('node:') && !builtins.has(name) && !dependencies.includes(name));
    expect(imported.size).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });

  it('serves with plain node on the embedded emulator, and SIGINT stops it with 0', async () => {
    const gateway = await startGatewayProcess(process.execPath, ['dist/main.js'], { cwd: app, env: runtimeEnv({ PORT: '0' }) });
    expect(await graphql(gateway.url, '{ configurationSets(first: 5) { nodes { name } } }')).toMatchObject({ data: { configurationSets: { nodes: [] } } });
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);

    process.kill(gateway.serverPid, 'SIGINT');
    expect(await exitWithin(gateway, 30_000), gateway.output()).toEqual({ code: 0, signal: null });
    expect(await leftBehind(gateway.group)).toEqual([]);
  }, 60_000);

  it('SIGTERM to `node dist/main.js` lets the write at SES and the write queued behind it finish, then exits 0', async () => {
    const gateway = await startGatewayProcess(process.execPath, ['dist/main.js'], { cwd: app, env: onEmulator() });
    expect(gateway.serverPid).toBe(gateway.child.pid);
    await stopDuringWrites(gateway, gateway.serverPid, 'SIGTERM');
  }, 90_000);

  it('SIGTERM to `npm start` (as a container runtime sends it) reaches the server, which drains and exits 0, and npm with it', async () => {
    const gateway = await startGatewayProcess('npm', ['start'], { cwd: app, env: onEmulator() });
    // npm is the process signalled; the server is its child (the script's shell exec'd node).
    expect(gateway.serverPid).not.toBe(gateway.child.pid);
    await stopDuringWrites(gateway, gateway.group, 'SIGTERM');
  }, 90_000);

  it('SIGINT to `npm start` drains the same way', async () => {
    const gateway = await startGatewayProcess('npm', ['start'], { cwd: app, env: onEmulator() });
    await stopDuringWrites(gateway, gateway.group, 'SIGINT');
  }, 90_000);

  it('gives up after SHUTDOWN_TIMEOUT_MS on a call that never ends: exits 1 and leaves nothing behind', async () => {
    const gateway = await startGatewayProcess('npm', ['start'], { cwd: app, env: onEmulator({ SHUTDOWN_TIMEOUT_MS: '1000', SES_TIMEOUT_MS: '60000' }) });
    const { id } = await emulator.admin<{ id: string }>('POST', '/_emulator/faults', { operation: 'CreateConfigurationSet', kind: 'hang' });
    const hung = graphql(gateway.url, CREATE, { name: 'never-answered' }).catch((error: unknown) => error);
    await until(async () => (await createCalls()) >= 1, 'the write to reach SES');

    process.kill(gateway.group, 'SIGTERM');
    expect(await exitWithin(gateway, 20_000), gateway.output()).toEqual({ code: 1, signal: null });
    expect(await leftBehind(gateway.group)).toEqual([]);
    expect(gateway.output()).toContain('SHUTDOWN_TIMEOUT_MS');
    expect(await hung).toBeInstanceOf(Error);
    await emulator.admin('DELETE', `/_emulator/faults/${id}`);
  }, 60_000);
});
