/**
 * `npm run bench`: the gateway's performance figures, each against the bound
 * or baseline that gives it meaning, measured in one run on loopback.
 *
 * Every server is its own child process (the emulator, the gateways, the
 * bare and naive baselines, redis-server) and the load comes from wrk, a
 * separate C process: nothing measured shares an event loop with what drives
 * it. The gateways run dist/main.js, the production entry (built first if
 * stale); BENCH_GATEWAY=source runs src/main.ts under tsx instead, which
 * adds tsx's loader thread (about 90 MB) to the memory figure. The emulator
 * enforces SES's quotas scaled up by BENCH_SCALE so the run takes minutes,
 * not hours; the gateways pace at the same scaled rates.
 *
 * Prints a Markdown table and writes bench/results/latest.json. Exits 1 only
 * when the bench itself fails (a process dies, an answer is incomplete or not
 * byte-identical to the baseline's); a missed target is reported, not fatal.
 * Every loop is bounded, every address is 127.0.0.1, and every child process
 * is stopped at the end, on failure and on Ctrl-C.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { coldFigure } from './figures/cold.js';
import { metricsFigure } from './figures/metrics.js';
import { fleetFigure, writeStormFigure } from './figures/storms.js';
import { warmFigure } from './figures/warm.js';
import { seed, SES_RATES, startEmulatorProcess } from './lib/emulator.js';
import { startGatewayProcess } from './lib/gateway.js';
import { ROOT, stopAll, stopChildrenOnExit } from './lib/processes.js';
import { startRedisProcess } from './lib/redis.js';
import { round, table, type FigureResult } from './lib/report.js';
import { WRK } from './lib/wrk.js';

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!(value > 0)) throw new Error(`${name} must be a positive number`);
  return value;
};

const sets = number('BENCH_SETS', 100);
const settings = {
  /** SES's rates times this: 10 makes the 1-per-second operations 10 per second. */
  scale: number('BENCH_SCALE', 10),
  sets,
  identities: number('BENCH_IDENTITIES', 200),
  warmSets: 8,
  warmConnections: [10, 50],
  rounds: number('BENCH_ROUNDS', 5),
  seconds: number('BENCH_SECONDS', 4),
  warmupSeconds: 3,
  // One metric field per cold set: a smaller BENCH_SETS drops the larger panel.
  metricFields: [25, 100].filter((k) => k <= sets),
  stormSets: 30,
  writeClients: 10,
  mutationsPerClient: 5,
  replicas: 3,
  readClientsPerReplica: 4,
  readSeconds: 8,
  gatewayEntry: process.env.BENCH_GATEWAY === 'source' ? ('source' as const) : ('dist' as const),
};

/** One region per data set: figures do not see each other's sets, and SES quotas are per region. */
const REGIONS = { cold: 'us-east-1', warm: 'us-west-2', storm: 'eu-west-1' };

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function wrkVersion(): string {
  try {
    // wrk -v prints its version and exits 1.
    return execFileSync(WRK, ['-v'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0] ?? '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '').split('\n')[0] ?? 'unknown';
  }
}

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
stopChildrenOnExit();
const started = performance.now();
// Other work on the machine moves every figure; the load averages say how busy it was.
const loadAtStart = loadavg().map((n) => round(n, 2));
const figures: Record<string, FigureResult> = {};
try {
  // What `npm start` does: build dist/ when src/ is newer. Its output goes to stderr.
  if (settings.gatewayEntry === 'dist') execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: ROOT, stdio: 'inherit' });
  log(`emulator with SES quotas x${settings.scale}; seeding`);
  const emulator = await startEmulatorProcess(settings.scale);
  await emulator.quotas(false);
  await seed(emulator, REGIONS.cold, 'dash', settings.sets, settings.identities);
  await seed(emulator, REGIONS.warm, 'warm', settings.warmSets);
  await seed(emulator, REGIONS.storm, 'storm', settings.stormSets);
  await emulator.quotas(true);

  log('redis-server and two gateways (in-process cache; Redis)');
  const redis = await startRedisProcess();
  const gatewayFor = (name: string, redisUrl?: string) =>
    startGatewayProcess({ name, emulator, identities: settings.identities, entry: settings.gatewayEntry, ...(redisUrl !== undefined && { redisUrl }) });
  const [local, shared] = await Promise.all([gatewayFor('gateway'), gatewayFor('gateway (Redis)', redis.url)]);

  log(`1. cold dashboard: ${settings.sets} sets, ${settings.identities} identities (gateway, then naive resolvers)`);
  figures.cold = await coldFigure({ emulator, gatewayGraphql: local.graphql, region: REGIONS.cold, sets: settings.sets, identities: settings.identities });

  log(`3. metric fields: K = ${settings.metricFields.join(', ')}`);
  figures.metrics = await metricsFigure({ emulator, gatewayGraphql: local.graphql, region: REGIONS.cold, ks: settings.metricFields });

  log(`2. warm dashboard: ${settings.rounds} rounds of ${settings.seconds} s per target at ${settings.warmConnections.join(' and ')} connections`);
  figures.warm = await warmFigure({
    emulator,
    gateways: [
      { label: 'in-process cache', gateway: local },
      { label: 'with Redis', gateway: shared },
    ],
    region: REGIONS.warm,
    sets: settings.warmSets,
    connections: settings.warmConnections,
    rounds: settings.rounds,
    seconds: settings.seconds,
    warmupSeconds: settings.warmupSeconds,
  });

  const storm = { emulator, region: REGIONS.storm, sets: settings.stormSets, clients: settings.writeClients, mutationsPerClient: settings.mutationsPerClient };
  log(`4. write storm: ${settings.writeClients} clients x ${settings.mutationsPerClient} mutations at one replica`);
  figures.writeStorm = await writeStormFigure({ ...storm, gateway: local });

  log(`5. ${settings.replicas} replicas sharing Redis: write and read storm`);
  const more = await Promise.all(Array.from({ length: settings.replicas - 1 }, (_, i) => gatewayFor(`replica ${i + 2}`, redis.url)));
  figures.fleet = await fleetFigure({ ...storm, replicas: [shared, ...more], readClients: settings.readClientsPerReplica, readSeconds: settings.readSeconds });

  const rows = Object.values(figures).flatMap((figure) => figure.rows);
  const durationSeconds = round((performance.now() - started) / 1000, 1);
  const missed = rows.filter((row) => row.ok === false);
  const environment = {
    node: process.version,
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverage: { start: loadAtStart, end: loadavg().map((n) => round(n, 2)) },
    wrk: wrkVersion(),
  };
  console.log(
    `\nnode ${environment.node}, ${environment.cpus} CPUs (load average ${loadAtStart[0]} at start, ${environment.loadAverage.end[0]} at end), ${environment.date}, ${durationSeconds} s; SES quotas x${settings.scale}\n`,
  );
  console.log(table(rows));
  console.log(missed.length === 0 ? '\nEvery target met.' : `\nTargets missed: ${missed.length} (${missed.map((row) => `${row.figure}: ${row.measure}`).join('; ')})`);

  const results = new URL('./results/', import.meta.url);
  mkdirSync(results, { recursive: true });
  const out = new URL('latest.json', results);
  writeFileSync(
    out,
    JSON.stringify(
      {
        command: 'npm run bench',
        ...environment,
        durationSeconds,
        settings: { ...settings, regions: REGIONS, sesRates: SES_RATES },
        targetsMissed: missed.map((row) => `${row.figure}: ${row.measure}`),
        figures: Object.fromEntries(Object.entries(figures).map(([name, figure]) => [name, figure.json])),
        table: rows,
      },
      null,
      2,
    ) + '\n',
  );
  log(`wrote ${fileURLToPath(out)}`);
} catch (error) {
  console.error(`bench failed after ${round((performance.now() - started) / 1000, 1)} s:`, error);
  const measured = Object.values(figures).flatMap((figure) => figure.rows);
  if (measured.length > 0) console.error(`\nMeasured before the failure (not written to results):\n${table(measured)}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
