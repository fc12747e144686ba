/**
 * Figures 4 and 5, storms under the quota.
 *
 * 4. A write storm at one replica: W clients (wrk connections), W x B
 *    mutations in all, each one PutConfigurationSetSendingOptions. Writes are
 *    serialized and paced at the operation's rate, so the ceiling is that
 *    rate; the figure is mutations per second against it, and throttles.
 * 5. Three replicas sharing one Redis (one REDIS_URL) and one emulator, a
 *    write storm and a read storm at all three at once: the most calls of
 *    each operation that started within any one second (the emulator's
 *    maxCallsPerSecond, over a sliding window) against the quota, and throttles.
 */
import type { Emulator, OperationStats } from '../lib/emulator.js';
import { setName } from '../lib/emulator.js';
import type { GatewayProcess } from '../lib/gateway.js';
import { body, readSet, setSendingEnabled } from '../lib/queries.js';
import { millis, round, times, type FigureResult, type Row } from '../lib/report.js';
import { runWrk, wrkSettings, type WrkRun } from '../lib/wrk.js';

/** What share of the write quota one replica should reach: it paces 3% under the rate. */
const WRITE_THROUGHPUT_TARGET = 0.9;
const WRITE = 'PutConfigurationSetSendingOptions';
const GOOD_WRITE = '"userErrors":[]';
/** Queued writes wait their turn; a request may wait for W x B / rate seconds. */
const STORM_TIMEOUT_SECONDS = 60;

export interface StormSettings {
  emulator: Emulator;
  region: string;
  /** Sets named storm-000... in `region`. */
  sets: number;
  clients: number;
  mutationsPerClient: number;
}

/** Mutations that toggle sending on the storm's sets in turn (first off, then on again). */
function writeBodies(region: string, sets: number): string[] {
  return [false, true].flatMap((enabled) => Array.from({ length: sets }, (_, i) => body(setSendingEnabled(region, setName('storm', i), enabled))));
}

const throttlesOf = (stats: Record<string, OperationStats>) => Object.values(stats).reduce((n, s) => n + s.throttled, 0);

export async function writeStormFigure(settings: StormSettings & { gateway: GatewayProcess }): Promise<FigureResult> {
  const { emulator, region, sets, clients, mutationsPerClient } = settings;
  const rate = emulator.rateOf(WRITE);
  const total = clients * mutationsPerClient;
  const run: WrkRun = {
    url: settings.gateway.graphql,
    bodies: writeBodies(region, sets),
    connections: clients,
    // Room for twice the time the quota needs; the run ends at `limit`.
    durationSeconds: Math.ceil((2 * total) / rate) + 10,
    timeoutSeconds: STORM_TIMEOUT_SECONDS,
    limit: total,
    expect: { contains: GOOD_WRITE },
  };
  await emulator.quotas(true);
  await emulator.resetStats();
  const result = await runWrk(run);
  const stats = await emulator.stats();
  const ratio = result.requestsPerSecond / rate;
  const throttled = throttlesOf(stats);
  const figure = `4. write storm, one replica (${clients} clients x ${mutationsPerClient} mutations)`;
  return {
    rows: [
      {
        figure,
        measure: 'mutations/s / write quota',
        result: `${result.requestsPerSecond.toFixed(2)} / ${rate} = ${times(ratio)} (p50 ${millis(result.latencyMs.p50)}, p99 ${millis(result.latencyMs.p99)})`,
        target: `>= ${times(WRITE_THROUGHPUT_TARGET)}`,
        ok: ratio >= WRITE_THROUGHPUT_TARGET,
      },
      { figure, measure: 'throttled calls; failed mutations', result: `${throttled}; ${result.bad}`, target: '0; 0', ok: throttled === 0 && result.bad === 0 },
    ],
    json: {
      wrk: wrkSettings(run),
      mutations: result.requests,
      durationMs: round(result.durationMs),
      mutationsPerSecond: round(result.requestsPerSecond),
      writeQuotaPerSecond: rate,
      ratioToQuota: round(ratio),
      target: `>= ${WRITE_THROUGHPUT_TARGET}`,
      throttled,
      failedMutations: result.bad,
      latencyMs: result.latencyMs,
      operations: Object.fromEntries(Object.entries(stats).map(([op, s]) => [op, { calls: s.calls, maxCallsPerSecond: s.maxCallsPerSecond, throttled: s.throttled }])),
    },
  };
}

export interface FleetSettings extends StormSettings {
  replicas: GatewayProcess[];
  /** Read clients per replica, and how long the read storm lasts. */
  readClients: number;
  readSeconds: number;
}

export async function fleetFigure(settings: FleetSettings): Promise<FigureResult> {
  const { emulator, region, sets, replicas, clients, mutationsPerClient } = settings;
  const perReplica = Math.ceil(clients / replicas.length);
  const writes = replicas.map(
    (replica): WrkRun => ({
      url: replica.graphql,
      bodies: writeBodies(region, sets),
      connections: perReplica,
      durationSeconds: Math.ceil((2 * perReplica * mutationsPerClient * replicas.length) / emulator.rateOf(WRITE)) + 10,
      timeoutSeconds: STORM_TIMEOUT_SECONDS,
      limit: perReplica * mutationsPerClient,
      expect: { contains: GOOD_WRITE },
    }),
  );
  // Each replica reads every storm set in turn, so most reads miss its cache (and writes invalidate what it has).
  const reads = replicas.map(
    (replica, r): WrkRun => ({
      url: replica.graphql,
      bodies: Array.from({ length: sets }, (_, i) => body(readSet(region, setName('storm', (i + r * 7) % sets)))),
      connections: settings.readClients,
      durationSeconds: settings.readSeconds,
      timeoutSeconds: STORM_TIMEOUT_SECONDS,
      expect: { contains: '"sendingEnabled"' },
    }),
  );
  await emulator.quotas(true);
  await emulator.resetStats();
  const [writeResults, readResults] = await Promise.all([Promise.all(writes.map(runWrk)), Promise.all(reads.map(runWrk))]);
  const stats = await emulator.stats();
  const figure = `5. ${replicas.length} replicas, one Redis (each: ${perReplica} writers x ${mutationsPerClient} mutations, ${settings.readClients} readers for ${settings.readSeconds} s)`;
  const rows: Row[] = Object.entries(stats).map(([op, s]) => {
    const rate = emulator.rateOf(op);
    return {
      figure,
      measure: `${op}: most calls in any 1 s / quota; throttled`,
      result: `${s.maxCallsPerSecond} / ${rate}; ${s.throttled} (of ${s.calls} calls)`,
      target: `<= ${rate}; 0`,
      ok: s.maxCallsPerSecond <= rate && s.throttled === 0,
    };
  });
  const failedWrites = writeResults.reduce((n, r) => n + r.bad, 0);
  const failedReads = readResults.reduce((n, r) => n + r.bad, 0);
  const mutations = writeResults.reduce((n, r) => n + r.requests, 0);
  const readsDone = readResults.reduce((n, r) => n + r.requests, 0);
  rows.push({ figure, measure: 'mutations; reads answered; failed (either)', result: `${mutations}; ${readsDone}; ${failedWrites + failedReads}`, target: '-; -; 0', ok: failedWrites + failedReads === 0 });
  return {
    rows,
    json: {
      replicas: replicas.length,
      writeWrk: writes.map(wrkSettings),
      readWrk: reads.map(wrkSettings),
      operations: Object.fromEntries(Object.entries(stats).map(([op, s]) => [op, { calls: s.calls, maxCallsPerSecond: s.maxCallsPerSecond, quotaPerSecond: emulator.rateOf(op), throttled: s.throttled, target: `<= ${emulator.rateOf(op)}, 0 throttled` }])),
      throttled: throttlesOf(stats),
      mutations,
      reads: readsDone,
      failedWrites,
      failedReads,
    },
  };
}
