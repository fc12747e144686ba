/**
 * The identity index, measured: how long the first full pass over a region
 * takes against its quota bound, and how fast a restarted gateway answers
 * `defaultForIdentities` from the index it kept in Redis, against the cold
 * scan a gateway without the index makes.
 *
 *   npx tsx bench/identityIndex.ts            (prints the figures as JSON)
 *   import { runIdentityIndexBench } from './identityIndex.js'   (returns them)
 *
 * Everything runs in this process on loopback: the emulator (SES's quotas on,
 * scaled to `rate` calls a second for every operation, so 2,000 identities
 * take minutes, not hours), the gateways (pacing at the same rate) and a
 * private redis-server. The times measured are quota-bound (seconds of
 * pacing), which one event loop does not distort; every loop is bounded.
 *
 * Environment (runnable alone): BENCH_INDEX_IDENTITIES (2000),
 * BENCH_INDEX_RATE (50), BENCH_INDEX_SHARE (0.25), REDIS_URL (a private
 * redis-server when unset).
 */
import { pathToFileURL } from 'node:url';
import { CreateConfigurationSetCommand, CreateEmailIdentityCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { startEmulator, type RunningEmulator } from '../src/emulator/index.js';
import { EMULATOR_ACCOUNT_ID, loadConfig } from '../src/gateway/config.js';
import type { PassResult } from '../src/gateway/identityIndex/reconciler.js';
import { startGateway, type RunningGateway } from '../src/gateway/server.js';
import { startRedis } from '../test/support/redis.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface IdentityIndexBenchOptions {
  /** Identities seeded into the emulator. @default 2000 */
  identities?: number;
  /** SES calls a second per operation, at the emulator and the gateways. @default 50 */
  rate?: number;
  /** IDENTITY_INDEX_QUOTA_SHARE. @default 0.25 */
  share?: number;
  /** A Redis to keep the index in; a private redis-server otherwise. */
  redisUrl?: string;
  /** Progress lines. @default nothing */
  log?: (line: string) => void;
}

export interface IdentityIndexBenchFigures {
  identities: number;
  rate: number;
  share: number;
  /** Of the seeded identities, how many use the set the queries ask about. */
  usersOfQueriedSet: number;
  firstPass: {
    ms: number;
    /** The quota bound: (list pages - 1 + identities - 1) / (rate x share) s, the calls after each operation's first. */
    boundMs: number;
    ratio: number;
    sesCalls: Record<string, number>;
    throttled: number;
    /** The most GetEmailIdentity calls the emulator saw in any one second. */
    maxGetEmailIdentityPerSecond: number;
  };
  afterRestart: {
    /** The first defaultForIdentities query of a new gateway on the same Redis. */
    firstAnswerMs: number;
    /** Median of the next five. */
    medianAnswerMs: number;
    /** Of that, reading the region's index (Redis) and grouping it by set: median of five, in process. */
    indexLookupMs: number;
    answeredFrom: string | null;
    sesCalls: Record<string, number>;
  };
  coldScan: {
    ms: number;
    /** (identities - 1) / rate: GetEmailIdentity's calls after the first. */
    boundMs: number;
    sesCalls: Record<string, number>;
  };
  /** coldScan.ms / afterRestart.firstAnswerMs */
  speedup: number;
}

const REGION = 'us-east-1';
const SET = 'bench-set-a';
const QUERY = `{ configurationSet(name: "${SET}") { defaultForIdentities { name } } }`;
const PAGE = 1000;
const round = (value: number) => Math.round(value * 10) / 10;

interface Answer {
  data?: { configurationSet?: { defaultForIdentities?: { name: string }[] } | null } | null;
  errors?: unknown[];
  extensions?: { identityIndex?: { answeredFrom?: string }[] };
}

async function query(gateway: RunningGateway): Promise<{ ms: number; answer: Answer }> {
  const started = performance.now();
  const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
  const answer = (await response.json()) as Answer;
  const ms = performance.now() - started;
  if (answer.errors?.length) throw new Error(`the query failed: ${JSON.stringify(answer.errors)}`);
  return { ms, answer };
}

async function admin<T>(emulator: RunningEmulator, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${emulator.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return (await response.json()) as T;
}

interface Stats {
  operations: Record<string, { calls: number; throttled: number; maxCallsPerSecond: number }>;
}

const callsOf = (stats: Stats) => Object.fromEntries(Object.entries(stats.operations).map(([name, op]) => [name, op.calls]));
const throttledOf = (stats: Stats) => Object.values(stats.operations).reduce((sum, op) => sum + op.throttled, 0);

/** Seeds `count` identities directly at the emulator (quotas off meanwhile): a quarter use SET, a quarter another set, half none. */
async function seed(emulator: RunningEmulator, count: number): Promise<number> {
  await admin(emulator, 'PUT', '/_emulator/quotas', { enabled: false });
  const ses = new SESv2Client({ region: REGION, endpoint: emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'bench' }, maxAttempts: 1 });
  try {
    for (const name of [SET, 'bench-set-b']) await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
    let users = 0;
    const setOf = (i: number) => (i % 4 === 0 ? SET : i % 4 === 1 ? 'bench-set-b' : undefined);
    for (let start = 0; start < count; start += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, count - start) }, (_, j) => {
          const i = start + j;
          const set = setOf(i);
          if (set === SET) users += 1;
          return ses.send(new CreateEmailIdentityCommand({ EmailIdentity: `id-${String(i).padStart(5, '0')}.example.com`, ...(set !== undefined && { ConfigurationSetName: set }) }));
        }),
      );
    }
    return users;
  } finally {
    ses.destroy();
    await admin(emulator, 'PUT', '/_emulator/quotas', { enabled: true });
  }
}

function gatewayOn(emulator: RunningEmulator, env: Record<string, string>): Promise<RunningGateway> {
  return startGateway({
    config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', CACHE_TTL_SECONDS: '0', REQUEST_TIMEOUT_MS: '900000', SES_QUEUE_TIMEOUT_MS: '900000', ...env }),
    ses: { endpoint: emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'bench' } },
    logger: false,
  });
}

export async function runIdentityIndexBench(options: IdentityIndexBenchOptions = {}): Promise<IdentityIndexBenchFigures> {
  const identities = options.identities ?? 2000;
  const rate = options.rate ?? 50;
  const share = options.share ?? 0.25;
  const log = options.log ?? (() => undefined);
  const redis = options.redisUrl === undefined ? await startRedis() : undefined;
  const redisUrl = options.redisUrl ?? redis?.url ?? '';
  const emulator = await startEmulator({ port: 0, quotas: { defaultRate: rate }, log: () => undefined });
  const gateways: RunningGateway[] = [];
  try {
    log(`seeding ${identities} identities`);
    const users = await seed(emulator, identities);
    const paced = { SES_DEFAULT_RATE: String(rate), SES_RATES: `BatchGetMetricData=${rate}` };
    const indexed = {
      ...paced,
      REDIS_URL: redisUrl,
      LIMITER_ID: `bench-identity-index-${process.pid}-${Date.now()}`,
      IDENTITY_INDEX: 'on',
      IDENTITY_INDEX_QUOTA_SHARE: String(share),
    };

    // (a) The first full pass, started by the gateway at start-up.
    await admin(emulator, 'DELETE', '/_emulator/stats');
    log(`first full pass at ${rate}/s x ${share}`);
    const first = await gatewayOn(emulator, indexed);
    gateways.push(first);
    const index = first.identityIndex;
    if (!index) throw new Error('the identity index is off');
    const pages = Math.max(1, Math.ceil(identities / PAGE));
    const passBoundMs = ((pages - 1 + identities - 1) / (rate * share)) * 1000;
    const waitMs = passBoundMs * 3 + 60_000;
    let timer: NodeJS.Timeout | undefined;
    const pass = await new Promise<PassResult>((resolve, reject) => {
      const stop = index.onPass((result) => {
        stop();
        clearTimeout(timer);
        resolve(result);
      });
      timer = setTimeout(() => reject(new Error(`no full pass ended within ${Math.round(waitMs)} ms`)), waitMs);
      // Asking about the region is what starts reconciling it.
      index.completeNow(REGION);
    });
    if (!pass.completed || pass.identities !== identities) throw new Error(`the pass did not complete: ${JSON.stringify(pass)}`);
    const passStats = await admin<Stats>(emulator, 'GET', '/_emulator/stats');
    await first.close();
    gateways.length = 0;

    // (b) A new gateway on the same Redis: the index it finds there answers.
    log('restart: answering from the persisted index');
    const restarted = await gatewayOn(emulator, indexed);
    gateways.push(restarted);
    await admin(emulator, 'DELETE', '/_emulator/stats');
    const firstAnswer = await query(restarted);
    const restartStats = await admin<Stats>(emulator, 'GET', '/_emulator/stats');
    const found = firstAnswer.answer.data?.configurationSet?.defaultForIdentities?.length;
    if (found !== users) throw new Error(`the index answered ${found} identities, expected ${users}`);
    const next: number[] = [];
    for (let i = 0; i < 5; i += 1) next.push((await query(restarted)).ms);
    next.sort((a, b) => a - b);
    const lookups: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      await restarted.identityIndex?.lookup(REGION);
      lookups.push(performance.now() - started);
    }
    lookups.sort((a, b) => a - b);
    await restarted.close();
    gateways.length = 0;

    // The cold scan a gateway without the index makes (nothing cached).
    log('cold scan without the index');
    const scanning = await gatewayOn(emulator, { ...paced, IDENTITY_INDEX: 'off' });
    gateways.push(scanning);
    await admin(emulator, 'DELETE', '/_emulator/stats');
    const scan = await query(scanning);
    const scanStats = await admin<Stats>(emulator, 'GET', '/_emulator/stats');
    if (scan.answer.data?.configurationSet?.defaultForIdentities?.length !== users) throw new Error('the scan answered differently from the index');

    return {
      identities,
      rate,
      share,
      usersOfQueriedSet: users,
      firstPass: {
        ms: pass.endedAt - pass.startedAt,
        boundMs: round(passBoundMs),
        ratio: Math.round(((pass.endedAt - pass.startedAt) / passBoundMs) * 1000) / 1000,
        sesCalls: callsOf(passStats),
        throttled: throttledOf(passStats),
        maxGetEmailIdentityPerSecond: passStats.operations.GetEmailIdentity?.maxCallsPerSecond ?? 0,
      },
      afterRestart: {
        firstAnswerMs: round(firstAnswer.ms),
        medianAnswerMs: round(next[2] ?? 0),
        indexLookupMs: round(lookups[2] ?? 0),
        answeredFrom: firstAnswer.answer.extensions?.identityIndex?.[0]?.answeredFrom ?? null,
        sesCalls: callsOf(restartStats),
      },
      coldScan: { ms: round(scan.ms), boundMs: round(((identities - 1) / rate) * 1000), sesCalls: callsOf(scanStats) },
      speedup: Math.round(scan.ms / firstAnswer.ms),
    };
  } finally {
    await Promise.all(gateways.map((gateway) => gateway.close().catch(() => undefined)));
    await emulator.close();
    await redis?.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await runIdentityIndexBench({
    ...(process.env.BENCH_INDEX_IDENTITIES !== undefined && { identities: Number(process.env.BENCH_INDEX_IDENTITIES) }),
    ...(process.env.BENCH_INDEX_RATE !== undefined && { rate: Number(process.env.BENCH_INDEX_RATE) }),
    ...(process.env.BENCH_INDEX_SHARE !== undefined && { share: Number(process.env.BENCH_INDEX_SHARE) }),
    ...(process.env.REDIS_URL !== undefined && { redisUrl: process.env.REDIS_URL }),
    log: (line) => console.error(`[identity index bench] ${line}`),
  });
  console.log(JSON.stringify(figures, null, 2));
}
