/**
 * Figure 2 (and 6), the warm dashboard: 8 sets with options, destinations and
 * tags, answered from the gateway's cache, against the bare baseline
 * (baselines/bare.ts) answering the identical bytes from memory. Each target
 * is warmed up, then measured in rounds that rotate the order, so drift on a
 * shared machine (another process, a GC-heavy neighbour) falls on all of them
 * alike; the figure is the median round. Figure 6 is the gateway's resident
 * memory, read from /proc before and while it is under this load.
 */
import type { Emulator } from '../lib/emulator.js';
import type { GatewayProcess } from '../lib/gateway.js';
import { freePort, rssMb, scratchFile, spawnTs, waitForHttp, type Child } from '../lib/processes.js';
import { assertClean, body, post, warmDashboard } from '../lib/queries.js';
import { callList, median, millis, round, times, type FigureResult, type Row } from '../lib/report.js';
import { runWrk, wrkSettings, type WrkResult } from '../lib/wrk.js';

export const WARM_RATIO_TARGET = 1.0;
export const WARM_RATIO_FLOOR = 0.8;
export const RSS_TARGET_MB = 200;
const RSS_SAMPLE_MS = 250;
/** wrk's default 2 s would drop the slowest answers of a loaded machine from the latencies; past this they count as timeouts. */
const TIMEOUT_SECONDS = 10;

export interface WarmSettings {
  emulator: Emulator;
  /** The gateways to compare, by label (e.g. in-process cache, with Redis). */
  gateways: { label: string; gateway: GatewayProcess }[];
  region: string;
  sets: number;
  connections: number[];
  rounds: number;
  seconds: number;
  warmupSeconds: number;
}

interface Target {
  label: string;
  graphql: string;
  pid: number;
  isGateway: boolean;
}

interface Measured {
  runs: (WrkResult & { rssMaxMb: number })[];
}

/**
 * The answer every target must give, byte for byte. Its extensions.cost.sesCalls
 * is {} (a warm answer makes no SES calls), so a run whose every answer has
 * exactly this length made no SES calls for its requests either.
 */
async function captureWarmAnswer(gateways: WarmSettings['gateways'], query: string): Promise<Buffer> {
  let reference: Buffer | undefined;
  for (const { label, gateway } of gateways) {
    // The first answer fills the cache (and reports its SES calls); the second is warm.
    assertClean(await post(gateway.graphql, query), `${label}: first warm dashboard`);
    const warm = await post(gateway.graphql, query);
    assertClean(warm, `${label}: warm dashboard`);
    const sesCalls = (warm.json.extensions as { cost?: { sesCalls?: object } } | undefined)?.cost?.sesCalls;
    if (sesCalls && Object.keys(sesCalls).length > 0) throw new Error(`${label}: the second dashboard still made SES calls: ${JSON.stringify(sesCalls)}`);
    const again = await post(gateway.graphql, query);
    if (!again.bytes.equals(warm.bytes)) throw new Error(`${label}: two warm answers differ`);
    if (reference && !reference.equals(warm.bytes)) throw new Error(`${label}'s warm answer differs from ${gateways[0]?.label}'s`);
    reference = warm.bytes;
  }
  if (!reference) throw new Error('no gateway to capture the warm answer from');
  return reference;
}

/** Starts the bare baseline on the captured answer and checks it sends the very same bytes. */
async function startBare(answer: Buffer, query: string): Promise<{ child: Child; graphql: string }> {
  const answerPath = scratchFile('answer.json', answer);
  const port = await freePort();
  const child = spawnTs('bare baseline', 'bench/baselines/bare.ts', [answerPath, String(port)]);
  const graphql = `http://127.0.0.1:${port}/graphql`;
  await waitForHttp(child, graphql);
  const bare = await post(graphql, query);
  if (!bare.bytes.equals(answer)) {
    throw new Error(`the bare baseline's answer is not byte-identical to the gateway's (${bare.bytes.length} vs ${answer.length} bytes):\n${bare.bytes.toString().slice(0, 400)}`);
  }
  return { child, graphql };
}

async function measure(targets: Target[], query: string, expectedLength: number, settings: WarmSettings): Promise<Map<string, Measured>> {
  const results = new Map<string, Measured>();
  const run = { bodies: [body(query)], timeoutSeconds: TIMEOUT_SECONDS, expect: { length: expectedLength } };
  for (const connections of settings.connections) {
    // JIT, connection set-up and the first allocations, before anything counts.
    for (const target of targets) await runWrk({ ...run, url: target.graphql, connections, durationSeconds: settings.warmupSeconds });
    for (let round = 0; round < settings.rounds; round += 1) {
      for (const target of targets.map((_, i) => targets[(i + round) % targets.length] as Target)) {
        let rssMaxMb = 0;
        const sampler = setInterval(() => (rssMaxMb = Math.max(rssMaxMb, rssMb(target.pid) ?? 0)), RSS_SAMPLE_MS);
        const result = await runWrk({ ...run, url: target.graphql, connections, durationSeconds: settings.seconds }).finally(() => clearInterval(sampler));
        // A different length is a different answer: an error, or SES calls reported in extensions.cost.
        if (result.bad > 0 || result.errors.connect + result.errors.read > 0) {
          throw new Error(`${target.label} at ${connections} connections: ${result.bad} answers not byte-identical, socket errors ${JSON.stringify(result.errors)}`);
        }
        const key = `${target.label}@${connections}`;
        results.set(key, { runs: [...(results.get(key)?.runs ?? []), { ...result, rssMaxMb }] });
      }
    }
  }
  return results;
}

function summarize({ runs }: Measured) {
  return {
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50: median(runs.map((r) => r.latencyMs.p50)),
    p99: median(runs.map((r) => r.latencyMs.p99)),
    rssMaxMb: Math.max(...runs.map((r) => r.rssMaxMb)),
    timeouts: runs.reduce((n, r) => n + r.errors.timeout, 0),
    bytesPerResponse: round(runs.reduce((n, r) => n + r.bytes, 0) / runs.reduce((n, r) => n + r.requests, 0), 1),
    rounds: runs.map((r) => ({ requestsPerSecond: round(r.requestsPerSecond, 1), p50Ms: r.latencyMs.p50, p99Ms: r.latencyMs.p99, requests: r.requests, timeouts: r.errors.timeout, rssMaxMb: round(r.rssMaxMb, 1) })),
  };
}

export async function warmFigure(settings: WarmSettings): Promise<FigureResult> {
  const { emulator, gateways, region, sets } = settings;
  const query = warmDashboard(region, sets);
  const answer = await captureWarmAnswer(gateways, query);
  let bare: Awaited<ReturnType<typeof startBare>> | undefined;
  try {
    bare = await startBare(answer, query);
    const bareTarget: Target = { label: 'bare Fastify + Apollo', graphql: bare.graphql, pid: bare.child.pid, isGateway: false };
    const targets: Target[] = [...gateways.map(({ label, gateway }) => ({ label: `gateway, ${label}`, graphql: gateway.graphql, pid: gateway.child.pid, isGateway: true })), bareTarget];
    const idleRssMb = Object.fromEntries(targets.map((t) => [t.label, round(rssMb(t.pid) ?? 0, 1)]));
    await emulator.resetStats();
    const results = await measure(targets, query, answer.length, settings);
    // Calls the gateways made meanwhile, for no request (their answers show none): background work such as an index.
    const backgroundCalls = Object.fromEntries(Object.entries(await emulator.stats()).map(([op, s]) => [op, s.calls]));

    const of = (target: Target, connections: number) => {
      const measured = results.get(`${target.label}@${connections}`);
      if (!measured) throw new Error(`no result for ${target.label} at ${connections} connections`);
      return summarize(measured);
    };
    const timedOut = (s: { timeouts: number }) => (s.timeouts > 0 ? `; ${s.timeouts} over ${TIMEOUT_SECONDS} s` : '');
    const figure = `2. warm dashboard (${sets} sets, ${(answer.length / 1024).toFixed(1)} kB)`;
    const rows: Row[] = [];
    const json: Record<string, unknown>[] = [];
    for (const connections of settings.connections) {
      const baseline = of(bareTarget, connections);
      rows.push({ figure, measure: `bare baseline, ${connections} connections`, result: `${baseline.requestsPerSecond.toFixed(0)} req/s, p50 ${millis(baseline.p50)}, p99 ${millis(baseline.p99)}${timedOut(baseline)}`, target: 'reference' });
      json.push({ target: bareTarget.label, connections, ...baseline });
      for (const target of targets.filter((t) => t.isGateway)) {
        const s = of(target, connections);
        const ratio = s.requestsPerSecond / baseline.requestsPerSecond;
        rows.push({
          figure,
          measure: `${target.label}, ${connections} connections: req/s vs bare`,
          result: `${s.requestsPerSecond.toFixed(0)} req/s = ${times(ratio)}; p50 ${millis(s.p50)} (${times(s.p50 / baseline.p50)}), p99 ${millis(s.p99)} (${times(s.p99 / baseline.p99)})${timedOut(s)}`,
          target: `>= ${times(WARM_RATIO_TARGET)} (floor ${times(WARM_RATIO_FLOOR)})`,
          ok: ratio >= WARM_RATIO_TARGET,
        });
        json.push({ target: target.label, connections, ...s, ratioToBare: round(ratio), p50Ratio: round(s.p50 / baseline.p50), p99Ratio: round(s.p99 / baseline.p99), ratioTarget: WARM_RATIO_TARGET, ratioFloor: WARM_RATIO_FLOOR, aboveFloor: ratio >= WARM_RATIO_FLOOR });
      }
    }
    rows.push({ figure, measure: 'SES calls by the warm requests (every answer byte-identical, cost.sesCalls {})', result: '0', target: '0', ok: true });
    rows.push({ figure, measure: 'SES calls by the gateways meanwhile, for no request (background)', result: callList(backgroundCalls), target: 'reference' });
    const rss = Object.fromEntries(targets.map((t) => [t.label, { idleMb: idleRssMb[t.label], maxUnderLoadMb: round(Math.max(...settings.connections.map((c) => of(t, c).rssMaxMb)), 1) }]));
    for (const target of targets) {
      const { idleMb, maxUnderLoadMb } = rss[target.label] as { idleMb: number; maxUnderLoadMb: number };
      rows.push({
        figure: '6. memory under warm load',
        measure: `${target.label}: VmRSS before load / max under load`,
        result: `${idleMb.toFixed(0)} MB / ${maxUnderLoadMb.toFixed(0)} MB`,
        ...(target.isGateway ? { target: `< ${RSS_TARGET_MB} MB`, ok: maxUnderLoadMb < RSS_TARGET_MB } : { target: 'reference (tsx loader adds ~90 MB)' }),
      });
    }
    return {
      rows,
      json: {
        query,
        responseBytes: answer.length,
        identicalBytes: true,
        wrk: { ...wrkSettings({ connections: 0, durationSeconds: settings.seconds, timeoutSeconds: TIMEOUT_SECONDS }), connections: settings.connections },
        warmupSeconds: settings.warmupSeconds,
        rounds: settings.rounds,
        requestSesCalls: 0,
        backgroundSesCalls: backgroundCalls,
        results: json,
        rss: { ...rss, targetMb: RSS_TARGET_MB },
      },
    };
  } finally {
    await bare?.child.stop();
  }
}
