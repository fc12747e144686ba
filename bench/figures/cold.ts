/**
 * Figure 1, the cold dashboard: N sets with every option group, two event
 * destinations and tags each, and for each set the identities (M in all)
 * that send with it by default, asked of a gateway whose cache is empty, under
 * the emulator's quotas. SES's quotas set a floor no gateway can beat: the
 * largest, over operations, of calls needed / rate (operations have separate
 * quotas, so they proceed side by side). The naive resolvers (baselines/
 * naive.ts) then ask the same with nothing between them and SES.
 */
import type { Emulator, OperationStats } from '../lib/emulator.js';
import { freePort, spawnTs, waitForHttp } from '../lib/processes.js';
import { coldDashboard, post, type GraphQLAnswer } from '../lib/queries.js';
import { callList, round, seconds, times, type FigureResult } from '../lib/report.js';

/** What the ratio of time to the quota bound may be: the limiter spaces calls 3% wider than the rate, plus start-up. */
const TIME_TARGET = 1.1;
/** How long either server may take to answer; the naive one is recorded as failed past it. */
const ANSWER_TIMEOUT_MS = 120_000;

export interface ColdSettings {
  emulator: Emulator;
  /** A gateway that has not read this region yet. */
  gatewayGraphql: string;
  region: string;
  sets: number;
  identities: number;
}

const sum = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
const callsOf = (stats: Record<string, OperationStats>) => Object.fromEntries(Object.entries(stats).map(([op, s]) => [op, s.calls]));
const throttlesOf = (stats: Record<string, OperationStats>) => Object.values(stats).reduce((n, s) => n + s.throttled, 0);

interface Dashboard {
  configurationSets?: { nodes: ({ defaultForIdentities?: unknown[] | null } | null)[] } | null;
}

/** How much of the dashboard an answer holds: sets, and identities over all sets. */
function completeness(answer: GraphQLAnswer) {
  const nodes = (answer.json.data as Dashboard | undefined)?.configurationSets?.nodes ?? [];
  return { sets: nodes.filter(Boolean).length, identities: nodes.reduce((n, node) => n + (node?.defaultForIdentities?.length ?? 0), 0), errors: answer.json.errors?.length ?? 0 };
}

interface NaiveOutcome {
  ms: number;
  outcome: string;
  complete: ReturnType<typeof completeness> | null;
  stats: Record<string, OperationStats>;
}

/** The naive resolvers in their own process, asked the same query from a full second of quota; a failure is a result. */
async function measureNaive(emulator: Emulator, query: string, sets: number, identities: number): Promise<NaiveOutcome> {
  const port = await freePort();
  const child = spawnTs('naive baseline', 'bench/baselines/naive.ts', [emulator.url, String(port)], { env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } });
  try {
    await waitForHttp(child, `http://127.0.0.1:${port}/`);
    await emulator.quotas(true);
    await emulator.resetStats();
    const start = performance.now();
    try {
      const answer = await post(`http://127.0.0.1:${port}/graphql`, query, ANSWER_TIMEOUT_MS);
      const complete = completeness(answer);
      const outcome = complete.errors === 0 ? 'complete' : `${complete.errors} errors; ${complete.sets} of ${sets} sets, ${complete.identities} of ${identities} identities`;
      return { ms: answer.ms, outcome, complete, stats: await emulator.stats() };
    } catch (error) {
      return { ms: performance.now() - start, outcome: `failed: ${(error as Error).message}`, complete: null, stats: await emulator.stats() };
    }
  } finally {
    await child.stop();
  }
}

export async function coldFigure({ emulator, gatewayGraphql, region, sets, identities }: ColdSettings): Promise<FigureResult> {
  const query = coldDashboard(region, sets);
  // The fewest calls that can answer it: one listing each (a page holds 1000), one read per set and per identity.
  const minimum: Record<string, number> = {
    ListConfigurationSets: 1,
    GetConfigurationSet: sets,
    GetConfigurationSetEventDestinations: sets,
    ListEmailIdentities: Math.ceil(identities / 1000),
    GetEmailIdentity: identities,
  };
  const boundMs = Math.max(...Object.entries(minimum).map(([op, n]) => (n / emulator.rateOf(op)) * 1000));

  await emulator.quotas(true);
  await emulator.resetStats();
  const gateway = await post(gatewayGraphql, query, ANSWER_TIMEOUT_MS);
  const gatewayStats = await emulator.stats();
  const got = completeness(gateway);
  if (got.errors > 0 || got.sets !== sets || got.identities !== identities) {
    throw new Error(`cold dashboard incomplete: ${JSON.stringify(got)}, first errors ${JSON.stringify(gateway.json.errors?.slice(0, 3))}`);
  }
  // What the request itself cost (the gateway's own account), and what the process made meanwhile for no request.
  const requestCalls = (gateway.json.extensions as { cost?: { sesCalls?: Record<string, number> } } | undefined)?.cost?.sesCalls ?? {};
  const processCalls = callsOf(gatewayStats);
  const background = Object.fromEntries(Object.entries(processCalls).map(([op, n]) => [op, n - (requestCalls[op] ?? 0)]).filter(([, n]) => n !== 0));
  const overMinimum = Object.entries(requestCalls).filter(([op, n]) => n > (minimum[op] ?? 0));

  const naive = await measureNaive(emulator, query, sets, identities);
  const naiveCalls = callsOf(naive.stats);
  const ratio = gateway.ms / boundMs;
  // The same bound over every call the process made meanwhile: background work draws on the same quota.
  const processBoundMs = Math.max(...Object.entries(processCalls).map(([op, n]) => (n / emulator.rateOf(op)) * 1000));
  const backgroundNote = Object.keys(background).length ? ` (bound with the background calls: ${seconds(processBoundMs)}, ${times(gateway.ms / processBoundMs)})` : '';
  const figure = `1. cold dashboard (${sets} sets, ${identities} identities)`;
  return {
    rows: [
      { figure, measure: 'gateway: time / quota lower bound', result: `${seconds(gateway.ms)} / ${seconds(boundMs)} = ${times(ratio)}${backgroundNote}`, target: `<= ${times(TIME_TARGET)}`, ok: ratio <= TIME_TARGET },
      {
        figure,
        measure: 'gateway: SES calls for the request / minimum',
        result: `${sum(requestCalls)} / ${sum(minimum)}${overMinimum.length ? ` (over: ${overMinimum.map(([op, n]) => `${op} ${n}`).join(', ')})` : ''}`,
        target: '<= minimum',
        ok: overMinimum.length === 0,
      },
      { figure, measure: 'gateway: SES calls meanwhile for no request (background)', result: callList(background), target: 'reference' },
      { figure, measure: 'gateway: throttled calls', result: String(throttlesOf(gatewayStats)), target: '0', ok: throttlesOf(gatewayStats) === 0 },
      {
        figure,
        measure: 'naive SDK resolvers (floor): time, SES calls, throttled, outcome',
        result: `${seconds(naive.ms)}, ${sum(naiveCalls)} calls, ${throttlesOf(naive.stats)} throttled, ${naive.outcome}`,
        target: 'reference',
      },
    ],
    json: {
      query,
      sets,
      identities,
      rates: Object.fromEntries(Object.keys(minimum).map((op) => [op, emulator.rateOf(op)])),
      minimumCalls: minimum,
      quotaLowerBoundMs: round(boundMs),
      gateway: {
        ms: round(gateway.ms),
        ratioToBound: round(ratio),
        boundWithBackgroundCallsMs: round(processBoundMs),
        target: `<= ${TIME_TARGET}`,
        requestCalls,
        callsTarget: '<= minimumCalls',
        backgroundCalls: background,
        throttled: throttlesOf(gatewayStats),
        responseBytes: gateway.bytes.length,
      },
      naive: { ms: round(naive.ms), outcome: naive.outcome, complete: naive.complete, calls: naiveCalls, throttled: throttlesOf(naive.stats), callsSummary: callList(naiveCalls) },
    },
  };
}
