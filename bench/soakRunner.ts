/**
 * The soak behind `npm run soak` and test/gateway/soak.test.ts: many clients
 * send mixed reads and writes, within SES quota, to one gateway and then to
 * three replicas sharing a private Redis, while the emulator injects faults
 * at a low rate. Every error is classified as caused by an injected fault or
 * not; the targets are no error that was not injected, no call throttled at
 * the emulator, and resident memory growing less than 10% over each phase.
 *
 * Everything runs in this process on 127.0.0.1 (emulator, gateways, clients;
 * redis-server as a child process); every loop is bounded by time and count.
 */
import { CreateConfigurationSetCommand, CreateConfigurationSetEventDestinationCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startEmulator, type RunningEmulator } from '../src/emulator/index.js';
import { EMULATOR_ACCOUNT_ID, loadConfig } from '../src/gateway/config.js';
import { startGateway, type RunningGateway } from '../src/gateway/server.js';
import { startRedis, type RedisServer } from '../test/support/redis.js';
import { seededRandom } from '../test/support/seededRandom.js';

export interface SoakOptions {
  /** Seconds per phase, warm-up included. */
  phaseSeconds: number;
  /** Seconds at the start of each phase before memory is first measured (caches, JIT and pools fill up). */
  warmupSeconds: number;
  clients: number;
  /** Pause between one client's requests, in ms (each pause is 0.5x to 1.5x this). */
  thinkMs: number;
  /** SES calls per second per operation, at the emulator and in the gateways alike. */
  rate: number;
  /** Scales every fault rule's probability; 0 injects nothing. */
  faultScale: number;
  /** Which deployments to soak, in order. */
  phases: PhaseKind[];
  cacheTtlSeconds: number;
  /** The gateways' deadline per SES call; a hung call costs a client this long. */
  sesTimeoutMs: number;
  seed: number;
  /** More gateway environment (e.g. CACHE_MAX_ENTRIES), over the soak's own. */
  gatewayEnv?: Record<string, string>;
  log: (line: string) => void;
}

export type PhaseKind = 'one gateway' | '3 replicas + redis';

export interface PhaseReport {
  phase: PhaseKind;
  gateways: number;
  seconds: number;
  requests: number;
  /** Requests by what they got: `ok`, or the error. */
  outcomes: Record<string, number>;
  injectedErrors: number;
  notInjectedErrors: number;
  /** Up to 20 of the errors that were not injected, with the request that got them. */
  notInjectedSamples: string[];
  latencyMs: { p50: number; p99: number; max: number };
  sesCalls: number;
  throttled: number;
  /** Calls the emulator hit with a fault, by kind. */
  faultsInjected: Record<string, number>;
  memoryMb: { rssStart: number; rssEnd: number; rssGrowthPercent: number; heapStart: number; heapEnd: number };
}

export interface SoakReport {
  node: string;
  startedAt: string;
  options: Omit<SoakOptions, 'log'>;
  /** Whether a forced garbage collection preceded each memory reading. */
  gcForced: boolean;
  faultRules: FaultPlanRule[];
  phases: PhaseReport[];
  targets: { notInjectedErrors: boolean; throttled: boolean; rssGrowth: boolean };
  ok: boolean;
}

export const SHORT: Omit<SoakOptions, 'log'> = {
  phaseSeconds: 20,
  warmupSeconds: 5,
  clients: 20,
  thinkMs: 200,
  rate: 20,
  faultScale: 1,
  phases: ['one gateway', '3 replicas + redis'],
  cacheTtlSeconds: 2,
  sesTimeoutMs: 3000,
  seed: 7,
};

/** At least 10 minutes in all: 5 per phase. */
export const FULL: Omit<SoakOptions, 'log'> = { ...SHORT, phaseSeconds: 300, warmupSeconds: 30 };

// ---------------------------------------------------------------- faults

export interface FaultPlanRule {
  operation: string;
  kind: 'error' | 'latency' | 'reset-before' | 'reset-after' | 'hang' | 'malformed' | 'html-503';
  probability: number;
  errorType?: string;
  latencyMs?: number;
}

/** Low-rate faults on the operations the clients use: server errors, lost connections, hangs, garbage, slow calls. */
function faultPlan(scale: number): FaultPlanRule[] {
  const rule = (operation: string, kind: FaultPlanRule['kind'], percent: number, extra: Partial<FaultPlanRule> = {}): FaultPlanRule => ({ operation, kind, probability: Math.min(1, (percent / 100) * scale), ...extra });
  const serverError = { errorType: 'InternalServiceErrorException' };
  return [
    rule('GetConfigurationSet', 'error', 1, serverError),
    rule('GetConfigurationSet', 'reset-before', 0.5),
    rule('GetConfigurationSet', 'html-503', 0.5),
    rule('ListConfigurationSets', 'error', 1, serverError),
    rule('ListConfigurationSets', 'malformed', 0.5),
    rule('GetConfigurationSetEventDestinations', 'error', 1, serverError),
    rule('GetConfigurationSetEventDestinations', 'hang', 0.2),
    rule('BatchGetMetricData', 'error', 1, serverError),
    rule('BatchGetMetricData', 'malformed', 0.5),
    rule('CreateConfigurationSet', 'error', 1, serverError),
    rule('CreateConfigurationSet', 'reset-after', 0.5),
    rule('PutConfigurationSetDeliveryOptions', 'error', 1, serverError),
    rule('PutConfigurationSetDeliveryOptions', 'reset-before', 0.5),
    rule('TagResource', 'reset-after', 1),
    rule('CreateConfigurationSetEventDestination', 'error', 1, serverError),
    rule('CreateConfigurationSetEventDestination', 'malformed', 0.5),
    rule('UpdateConfigurationSetEventDestination', 'error', 1, serverError),
    rule('UpdateConfigurationSetEventDestination', 'hang', 0.2),
    rule('*', 'latency', 1, { latencyMs: 600 }),
  ];
}

/**
 * What each fault kind can make a client see. A write that was applied but
 * whose answer was lost (reset-after, malformed) may surface later as a
 * duplicate or a missing resource, or as UPSTREAM_ERROR when the gateway's
 * retry of it meets its own first attempt.
 */
const CAUSED_BY: Record<FaultPlanRule['kind'], string[]> = {
  error: ['UPSTREAM_UNAVAILABLE'],
  latency: [],
  'reset-before': ['UPSTREAM_UNAVAILABLE'],
  'reset-after': ['UPSTREAM_UNAVAILABLE', 'UPSTREAM_ERROR', 'userError:ALREADY_EXISTS', 'userError:NOT_FOUND'],
  hang: ['UPSTREAM_TIMEOUT', 'UPSTREAM_UNAVAILABLE'],
  malformed: ['UPSTREAM_BAD_RESPONSE', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_ERROR', 'userError:ALREADY_EXISTS', 'userError:NOT_FOUND'],
  'html-503': ['UPSTREAM_UNAVAILABLE', 'UPSTREAM_BAD_RESPONSE'],
};

// ---------------------------------------------------------------- client operations

type OpName = 'list' | 'read' | 'metrics' | 'createSet' | 'updateSet' | 'deleteSet' | 'createDestination' | 'updateDestination' | 'deleteDestination' | 'tag' | 'untag' | 'invalidInput';

/** The SES operations each client operation may call, for matching its errors to the fault rules. */
const SES_OPS: Record<OpName, string[]> = {
  list: ['ListConfigurationSets', 'GetConfigurationSet'],
  read: ['GetConfigurationSet', 'GetConfigurationSetEventDestinations', 'ListTagsForResource'],
  metrics: ['BatchGetMetricData'],
  createSet: ['CreateConfigurationSet', 'GetConfigurationSet', 'TagResource', 'PutConfigurationSetDeliveryOptions'],
  updateSet: ['PutConfigurationSetDeliveryOptions', 'PutConfigurationSetSendingOptions', 'GetConfigurationSet'],
  deleteSet: ['DeleteConfigurationSet', 'ListEmailIdentities', 'GetEmailIdentity'],
  createDestination: ['CreateConfigurationSetEventDestination', 'GetConfigurationSetEventDestinations'],
  updateDestination: ['UpdateConfigurationSetEventDestination', 'GetConfigurationSetEventDestinations'],
  deleteDestination: ['DeleteConfigurationSetEventDestination', 'GetConfigurationSetEventDestinations'],
  tag: ['TagResource', 'ListTagsForResource'],
  untag: ['UntagResource', 'ListTagsForResource'],
  invalidInput: [],
};

const Q = {
  list: 'query SoakList($c: String) { configurationSets(first: 25, nameContains: $c) { nodes { name sendingEnabled } pageInfo { hasNextPage } } }',
  read: 'query SoakRead($name: String!) { configurationSet(name: $name) { name sendingEnabled deliveryOptions { tlsPolicy maxDeliverySeconds } tags { key value } eventDestinations { name enabled matchingEventTypes } } }',
  metrics: 'query SoakMetrics($q: [VdmMetricQueryInput!]!) { vdmMetrics(queries: $q) { id } }',
  createSet: 'mutation SoakCreateSet($input: CreateConfigurationSetInput!) { createConfigurationSet(input: $input) { configurationSet { id name } userErrors { code field message } } }',
  updateSet: 'mutation SoakUpdateSet($input: UpdateConfigurationSetInput!) { updateConfigurationSet(input: $input) { configurationSet { name sendingEnabled } appliedGroups userErrors { code field message } } }',
  deleteSet: 'mutation SoakDeleteSet($input: DeleteConfigurationSetInput!) { deleteConfigurationSet(input: $input) { deletedConfigurationSetId userErrors { code field message } } }',
  createDestination: 'mutation SoakCreateDest($input: CreateEventDestinationInput!) { createEventDestination(input: $input) { eventDestination { name } userErrors { code field message } } }',
  updateDestination: 'mutation SoakUpdateDest($input: UpdateEventDestinationInput!) { updateEventDestination(input: $input) { eventDestination { name enabled } userErrors { code field message } } }',
  deleteDestination: 'mutation SoakDeleteDest($input: DeleteEventDestinationInput!) { deleteEventDestination(input: $input) { deletedEventDestinationId userErrors { code field message } } }',
  tag: 'mutation SoakTag($input: TagResourceInput!) { tagResource(input: $input) { resource { id } userErrors { code field message } } }',
  untag: 'mutation SoakUntag($input: UntagResourceInput!) { untagResource(input: $input) { resource { id } userErrors { code field message } } }',
} as const;

const SHARED_SETS = 5;
const sharedName = (i: number) => `soak-shared-${i}`;
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:soak-events';
const CLIENT_TIMEOUT_MS = 30_000;


interface OwnSet {
  name: string;
  id: string;
  destinations: string[];
}

interface Answer {
  /** `ok`, or what went wrong: an error code, `userError:CODE`, `HTTP_503:CODE`, `CLIENT_TIMEOUT`. */
  outcome: string;
  data?: Record<string, unknown>;
}

async function post(url: string, query: string, variables: Record<string, unknown>, field: string | undefined, expectUserError?: string): Promise<Answer> {
  let response: Response;
  let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: unknown } }[] };
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    const name = (error as Error).name;
    return { outcome: name === 'TimeoutError' || name === 'AbortError' ? 'CLIENT_TIMEOUT' : `CLIENT_ERROR:${name}` };
  }
  const codes = [...new Set((body.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE')))].sort();
  if (response.status !== 200) return { outcome: `HTTP_${response.status}:${codes.join('+')}` };
  if (codes.length > 0) return { outcome: codes.join('+') };
  const data = body.data ?? undefined;
  if (field) {
    const payload = data?.[field] as { userErrors?: { code: string }[] } | undefined;
    const userErrors = payload?.userErrors ?? [];
    const got = [...new Set(userErrors.map((e) => e.code))].sort().join('+');
    if (expectUserError) return { outcome: got === expectUserError ? 'ok' : `expected userError ${expectUserError}, got ${got || 'none'}` };
    if (got) return { outcome: `userError:${got}` };
  }
  return { outcome: 'ok', ...(data && { data }) };
}

interface PhaseContext {
  urls: string[];
  deadline: number;
  runId: string;
  thinkMs: number;
  record(op: OpName, client: number, ms: number, answer: Answer): void;
}

/** One client: its own sets and destinations (names no other client uses), reads of shared sets, metrics, tags. */
async function runClient(index: number, ctx: PhaseContext, seed: number): Promise<void> {
  const rand = seededRandom(seed);
  const own: OwnSet[] = [];
  let counter = 0;
  const prefix = `soak-${ctx.runId}-c${index}-`;
  // Its own resources through one replica (a client reads its own writes there); shared reads through any.
  const home = ctx.urls[index % ctx.urls.length] as string;
  const any = () => ctx.urls[Math.floor(rand() * ctx.urls.length)] as string;
  const pickOwn = () => own[Math.floor(rand() * own.length)];
  const maxIterations = Math.ceil((ctx.deadline - Date.now()) / Math.max(1, ctx.thinkMs / 2)) + 10;

  for (let i = 0; i < maxIterations && Date.now() < ctx.deadline; i += 1) {
    const roll = rand();
    const set = pickOwn();
    let op: OpName;
    if (roll < 0.25) op = 'list';
    else if (roll < 0.5) op = 'read';
    else if (roll < 0.58) op = 'metrics';
    else if (roll < 0.66) op = own.length < 3 ? 'createSet' : 'deleteSet';
    else if (roll < 0.73) op = set ? 'updateSet' : 'createSet';
    else if (roll < 0.8) op = set && set.destinations.length < 2 ? 'createDestination' : set ? 'deleteDestination' : 'createSet';
    else if (roll < 0.86) op = set?.destinations.length ? 'updateDestination' : 'read';
    else if (roll < 0.92) op = set ? 'tag' : 'list';
    else if (roll < 0.96) op = set ? 'untag' : 'list';
    else if (roll < 0.98) op = 'invalidInput';
    else op = own.length > 0 ? 'deleteSet' : 'list';

    const started = performance.now();
    let answer: Answer;
    switch (op) {
      case 'list': {
        // Its own sets through its home replica: until the read cache is shared by the fleet, only the
        // replica that made a write is sure to list it (README: Operations and limits, several replicas).
        const shared = rand() < 0.5;
        answer = await post(shared ? any() : home, Q.list, { c: shared ? 'soak-shared' : prefix }, undefined);
        break;
      }
      case 'read':
        answer = await post(set && rand() < 0.5 ? home : any(), Q.read, { name: set && rand() < 0.5 ? set.name : sharedName(Math.floor(rand() * SHARED_SETS)) }, undefined);
        break;
      case 'metrics': {
        const day = 1 + Math.floor(rand() * 20);
        const queries = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, q) => ({
          id: `q${q}`,
          metric: ['SEND', 'OPEN', 'CLICK', 'COMPLAINT'][q % 4],
          start: `2026-11-${String(day).padStart(2, '0')}T00:00:00Z`,
          end: `2026-11-${String(day + 1 + q).padStart(2, '0')}T00:00:00Z`,
        }));
        answer = await post(any(), Q.metrics, { q: queries }, undefined);
        break;
      }
      case 'createSet': {
        // A fresh name every attempt: a create whose answer was lost may still have happened.
        const name = `${prefix}${counter++}`;
        answer = await post(home, Q.createSet, { input: { name, deliveryOptions: { tlsPolicy: 'REQUIRE', maxDeliverySeconds: 600 }, tags: [{ key: 'owner', value: `c${index}` }] } }, 'createConfigurationSet');
        const created = (answer.data?.createConfigurationSet as { configurationSet?: { id: string } | null } | undefined)?.configurationSet;
        if (answer.outcome === 'ok' && created) own.push({ name, id: created.id, destinations: [] });
        break;
      }
      case 'updateSet':
        answer = await post(home, Q.updateSet, { input: { name: set!.name, deliveryOptions: { maxDeliverySeconds: 300 + Math.floor(rand() * 50_000) }, sendingEnabled: rand() < 0.7 } }, 'updateConfigurationSet');
        break;
      case 'deleteSet': {
        const victim = own.shift()!;
        answer = await post(home, Q.deleteSet, { input: { name: victim.name } }, 'deleteConfigurationSet');
        break;
      }
      case 'createDestination': {
        const name = `d${counter++}`;
        answer = await post(home, Q.createDestination, { input: { configurationSetName: set!.name, name, matchingEventTypes: ['BOUNCE', 'COMPLAINT'], destination: { sns: { topicArn: TOPIC } } } }, 'createEventDestination');
        if (answer.outcome === 'ok') set!.destinations.push(name);
        break;
      }
      case 'updateDestination':
        answer = await post(home, Q.updateDestination, { input: { configurationSetName: set!.name, name: set!.destinations[0], enabled: rand() < 0.5 } }, 'updateEventDestination');
        break;
      case 'deleteDestination': {
        // Forgotten whatever the answer: if it failed, it may or may not have happened.
        const name = set!.destinations.shift()!;
        answer = await post(home, Q.deleteDestination, { input: { configurationSetName: set!.name, name } }, 'deleteEventDestination');
        break;
      }
      case 'tag':
        answer = await post(home, Q.tag, { input: { id: set!.id, tags: [{ key: `k${Math.floor(rand() * 5)}`, value: `v${i}` }] } }, 'tagResource');
        break;
      case 'untag':
        answer = await post(home, Q.untag, { input: { id: set!.id, keys: [`k${Math.floor(rand() * 5)}`] } }, 'untagResource');
        break;
      case 'invalidInput':
        answer = await post(any(), Q.createSet, { input: { name: `bad name ${i}!` } }, 'createConfigurationSet', 'INVALID_INPUT');
        break;
    }
    ctx.record(op, index, performance.now() - started, answer);
    await sleep(ctx.thinkMs * (0.5 + rand()));
  }
}

// ---------------------------------------------------------------- measuring

function forcedGc(): (() => void) | undefined {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    setFlagsFromString('--expose_gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

function memory(gc: (() => void) | undefined) {
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss: rss / 2 ** 20, heap: heapUsed / 2 ** 20 };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

interface Stats {
  operations: Record<string, { calls: number; throttled: number }>;
  faults?: Record<string, number>;
  totalCalls: number;
}

async function admin<T>(emulator: RunningEmulator, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${emulator.url}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

async function seedShared(emulator: RunningEmulator): Promise<void> {
  await admin(emulator, 'PUT', '/_emulator/quotas', { enabled: false });
  const ses = new SESv2Client({ region: 'us-east-1', endpoint: emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'soak' }, maxAttempts: 1 });
  try {
    for (let i = 0; i < SHARED_SETS; i += 1) {
      await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: sharedName(i), Tags: [{ Key: 'team', Value: 'soak' }] }));
      await ses.send(
        new CreateConfigurationSetEventDestinationCommand({
          ConfigurationSetName: sharedName(i),
          EventDestinationName: 'events',
          EventDestination: { Enabled: true, MatchingEventTypes: ['SEND', 'BOUNCE'], SnsDestination: { TopicArn: TOPIC } },
        }),
      );
    }
  } finally {
    ses.destroy();
  }
  await admin(emulator, 'PUT', '/_emulator/quotas', { enabled: true });
}

async function runPhase(kind: PhaseKind, emulator: RunningEmulator, options: SoakOptions, rules: FaultPlanRule[], gc: (() => void) | undefined, phaseIndex: number): Promise<PhaseReport> {
  await admin(emulator, 'POST', '/_emulator/reset');
  await seedShared(emulator);
  await admin(emulator, 'DELETE', '/_emulator/stats');
  for (const rule of rules) if (rule.probability > 0) await admin(emulator, 'POST', '/_emulator/faults', rule);

  let redis: RedisServer | undefined;
  const gateways: RunningGateway[] = [];
  try {
    if (kind === '3 replicas + redis') redis = await startRedis();
    const env = {
      PORT: '0',
      LOG_LEVEL: 'silent',
      SES_DEFAULT_RATE: String(options.rate),
      CACHE_TTL_SECONDS: String(options.cacheTtlSeconds),
      SES_TIMEOUT_MS: String(options.sesTimeoutMs),
      ...(redis && { REDIS_URL: redis.url, LIMITER_ID: `soak-${phaseIndex}` }),
      ...options.gatewayEnv,
    };
    for (let i = 0; i < (redis ? 3 : 1); i += 1) {
      gateways.push(await startGateway({ config: loadConfig(env), ses: { endpoint: emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'soak' } }, logger: false }));
    }

    const latencies: number[] = [];
    const outcomes: Record<string, number> = {};
    const notInjectedSamples: string[] = [];
    let injectedErrors = 0;
    let notInjectedErrors = 0;
    const faultedCodes = new Map<string, Set<string>>();
    for (const rule of rules) {
      if (rule.probability <= 0) continue;
      const codes = faultedCodes.get(rule.operation) ?? new Set<string>();
      for (const code of CAUSED_BY[rule.kind]) codes.add(code);
      faultedCodes.set(rule.operation, codes);
    }
    const injectable = (op: OpName, outcome: string): boolean => {
      // An HTTP error or a client time-out is never what a fault here may cause: each SES call has its own deadline.
      if (outcome.startsWith('HTTP_') || outcome.startsWith('CLIENT_') || outcome.startsWith('expected ')) return false;
      const codes = outcome.split('+');
      const possible = new Set([...(faultedCodes.get('*') ?? []), ...SES_OPS[op].flatMap((ses) => [...(faultedCodes.get(ses) ?? [])])]);
      return codes.every((code) => possible.has(code));
    };

    const started = Date.now();
    const ctx: PhaseContext = {
      urls: gateways.map((g) => g.url),
      deadline: started + options.phaseSeconds * 1000,
      runId: `${phaseIndex}${Date.now().toString(36)}`,
      thinkMs: options.thinkMs,
      record(op, client, ms, answer) {
        latencies.push(ms);
        const key = answer.outcome === 'ok' ? 'ok' : `${op}: ${answer.outcome}`;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
        if (answer.outcome === 'ok') return;
        if (injectable(op, answer.outcome)) injectedErrors += 1;
        else {
          notInjectedErrors += 1;
          if (notInjectedSamples.length < 20) notInjectedSamples.push(`client ${client} ${op} at ${((Date.now() - started) / 1000).toFixed(1)} s: ${answer.outcome}`);
        }
      },
    };
    let before = { rss: 0, heap: 0 };
    const measureAfterWarmup = (async () => {
      await sleep(options.warmupSeconds * 1000);
      before = memory(gc);
    })();
    const progress = setInterval(() => options.log(`  ${kind}: ${latencies.length} requests, ${notInjectedErrors} not-injected errors, ${((Date.now() - started) / 1000).toFixed(0)} s`), 30_000);
    try {
      await Promise.all([measureAfterWarmup, ...Array.from({ length: options.clients }, (_, i) => runClient(i, ctx, options.seed * 1000 + phaseIndex * 100 + i))]);
    } finally {
      clearInterval(progress);
    }
    // Release hung calls before measuring, so their sockets and buffers are not counted as growth.
    await admin(emulator, 'DELETE', '/_emulator/faults');
    await sleep(200);
    const after = memory(gc);
    const stats = await admin<Stats>(emulator, 'GET', '/_emulator/stats');
    latencies.sort((a, b) => a - b);
    return {
      phase: kind,
      gateways: gateways.length,
      seconds: round((Date.now() - started) / 1000),
      requests: latencies.length,
      outcomes,
      injectedErrors,
      notInjectedErrors,
      notInjectedSamples,
      latencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(latencies[latencies.length - 1] ?? 0) },
      sesCalls: stats.totalCalls,
      throttled: Object.values(stats.operations).reduce((sum, op) => sum + op.throttled, 0),
      faultsInjected: stats.faults ?? {},
      memoryMb: { rssStart: round(before.rss), rssEnd: round(after.rss), rssGrowthPercent: round(((after.rss - before.rss) / before.rss) * 100), heapStart: round(before.heap), heapEnd: round(after.heap) },
    };
  } finally {
    for (const gateway of gateways) await gateway.close();
    await redis?.stop();
  }
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const gc = forcedGc();
  const rules = faultPlan(options.faultScale);
  const emulator = await startEmulator({ port: 0, quotas: { defaultRate: options.rate }, log: () => {} });
  const phases: PhaseReport[] = [];
  const startedAt = new Date().toISOString();
  try {
    for (const [index, kind] of options.phases.entries()) {
      options.log(`phase ${index + 1}/${options.phases.length}: ${kind}, ${options.clients} clients, ${options.phaseSeconds} s`);
      phases.push(await runPhase(kind, emulator, options, rules, gc, index));
    }
  } finally {
    await emulator.close();
  }
  const targets = {
    notInjectedErrors: phases.every((p) => p.notInjectedErrors === 0),
    throttled: phases.every((p) => p.throttled === 0),
    rssGrowth: phases.every((p) => p.memoryMb.rssGrowthPercent < 10),
  };
  const { log: _log, ...rest } = options;
  return { node: process.version, startedAt, options: rest, gcForced: gc !== undefined, faultRules: rules, phases, targets, ok: Object.values(targets).every(Boolean) };
}

/** The report as a table for people. */
export function formatReport(report: SoakReport): string {
  const lines: string[] = [];
  const row = (label: string, ...values: (string | number)[]) => lines.push(`${label.padEnd(34)}${values.map((v) => String(v).padStart(22)).join('')}`);
  row('', ...report.phases.map((p) => p.phase));
  row('gateways', ...report.phases.map((p) => p.gateways));
  row('seconds', ...report.phases.map((p) => p.seconds));
  row('requests', ...report.phases.map((p) => p.requests));
  row('errors: injected', ...report.phases.map((p) => p.injectedErrors));
  row('errors: not injected (target 0)', ...report.phases.map((p) => p.notInjectedErrors));
  row('latency p50 / p99 ms', ...report.phases.map((p) => `${p.latencyMs.p50} / ${p.latencyMs.p99}`));
  row('latency max ms', ...report.phases.map((p) => p.latencyMs.max));
  row('SES calls', ...report.phases.map((p) => p.sesCalls));
  row('throttled at emulator (target 0)', ...report.phases.map((p) => p.throttled));
  row('faults injected', ...report.phases.map((p) => Object.values(p.faultsInjected).reduce((a, b) => a + b, 0)));
  row('RSS MB start -> end', ...report.phases.map((p) => `${p.memoryMb.rssStart} -> ${p.memoryMb.rssEnd}`));
  row('RSS growth % (target < 10)', ...report.phases.map((p) => p.memoryMb.rssGrowthPercent));
  row('heap MB start -> end', ...report.phases.map((p) => `${p.memoryMb.heapStart} -> ${p.memoryMb.heapEnd}`));
  for (const p of report.phases) {
    const errors = Object.entries(p.outcomes).filter(([k]) => k !== 'ok');
    lines.push(`${p.phase}: faults by kind ${JSON.stringify(p.faultsInjected)}`);
    lines.push(`${p.phase}: errors ${errors.length === 0 ? 'none' : errors.map(([k, n]) => `${k} x${n}`).join('; ')}`);
    for (const sample of p.notInjectedSamples) lines.push(`  not injected: ${sample}`);
  }
  lines.push(`targets: ${JSON.stringify(report.targets)} -> ${report.ok ? 'MET' : 'MISSED'} (gc forced: ${report.gcForced})`);
  return lines.join('\n');
}
