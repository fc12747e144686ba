/**
 * `npm run bench`: the gateway's performance targets, measured on loopback
 * against the embedded emulator. Every loop is bounded; nothing leaves
 * 127.0.0.1. Figures vary with the machine: compare ratios from one run.
 *
 *  1. cold query under SES quotas: measured time vs. the quota lower bound
 *     (the largest, over operations, of calls needed / rate)
 *  2. the same query warm: SES calls and time from the shared cache
 *  3. concurrent identical queries: SES calls (deduplication)
 *  4. metric batching: BatchGetMetricData calls for 25 metric fields
 *  5. warm throughput: requests per second and latency percentiles
 */
import { CreateConfigurationSetCommand, CreateConfigurationSetEventDestinationCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { startEmulator } from '../src/emulator/index.js';
import { EMULATOR_ACCOUNT_ID, loadConfig } from '../src/gateway/config.js';
import { startGateway } from '../src/gateway/server.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const SETS = Number(process.env.BENCH_SETS ?? 8);
const THROUGHPUT_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = 16;

const emulator = await startEmulator({ port: 0, quotas: true, log: () => {} });
const admin = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${emulator.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return response.json() as Promise<Record<string, unknown>>;
};
const calls = async () => {
  const stats = (await admin('GET', '/_emulator/stats')) as { operations: Record<string, { calls: number; throttled: number }> };
  return Object.fromEntries(Object.entries(stats.operations).map(([name, op]) => [name, op.calls]));
};

const gateway = await startGateway({
  config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }),
  ses: { endpoint: emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'bench' } },
  logger: false,
});

async function graphql(query: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

function assertNoErrors(result: { errors?: unknown[] }, what: string) {
  if (result.errors?.length) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
}

// Seed with the emulator's quotas off, so seeding does not count.
await admin('PUT', '/_emulator/quotas', { enabled: false });
const seeder = new SESv2Client({ region: 'us-east-1', endpoint: emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'x' }, maxAttempts: 1 });
for (let i = 0; i < SETS; i += 1) {
  const name = `bench-${String(i).padStart(3, '0')}`;
  await seeder.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
  await seeder.send(
    new CreateConfigurationSetEventDestinationCommand({
      ConfigurationSetName: name,
      EventDestinationName: 'events',
      EventDestination: { Enabled: true, MatchingEventTypes: ['BOUNCE', 'COMPLAINT'], SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:events' } },
    }),
  );
}
seeder.destroy();
await admin('PUT', '/_emulator/quotas', { enabled: true });
await admin('DELETE', '/_emulator/stats');

const PAGE = `{ configurationSets(first: ${SETS}) { nodes { name sendingEnabled deliveryOptions { tlsPolicy } eventDestinations { name matchingEventTypes } } } }`;

// 1. Cold, under the documented SES rates (the emulator throttles anything faster).
const cold = await timed(() => graphql(PAGE));
assertNoErrors(cold.value, 'cold page');
const coldCalls = await calls();
const rates: Record<string, number> = { BatchGetMetricData: 16 };
const lowerBoundMs = Math.max(...Object.entries(coldCalls).map(([op, n]) => ((n - 1) / (rates[op] ?? 1)) * 1000));

// 2. Warm: the same query again.
await admin('DELETE', '/_emulator/stats');
const warm = await timed(() => graphql(PAGE));
assertNoErrors(warm.value, 'warm page');
const warmCalls = await calls();

// 3. 50 concurrent identical queries for a set the cache has not seen.
gateway.ses.clearCache();
await admin('DELETE', '/_emulator/stats');
const concurrent = await timed(() => Promise.all(Array.from({ length: 50 }, () => graphql('{ configurationSet(name: "bench-000") { name sendingEnabled } }'))));
concurrent.value.forEach((result) => assertNoErrors(result, 'concurrent query'));
const concurrentCalls = await calls();

// 4. 25 metric fields in one request.
await admin('DELETE', '/_emulator/stats');
const metricFields = Array.from({ length: 25 }, (_, i) => `m${i}: vdmMetrics(queries: [{ id: "q", metric: SEND, start: "2026-11-01T00:00:00Z", end: "2026-11-${String(2 + i).padStart(2, '0')}T00:00:00Z" }]) { id }`).join(' ');
const metrics = await timed(() => graphql(`{ ${metricFields} }`));
assertNoErrors(metrics.value, 'metrics');
const metricCalls = await calls();

// 5. Warm throughput of a typical read, from the cache.
await graphql(PAGE);
const latencies: number[] = [];
let next = 0;
const throughput = await timed(() =>
  Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < THROUGHPUT_REQUESTS) {
        next += 1;
        const start = performance.now();
        const result = await graphql(PAGE);
        latencies.push(performance.now() - start);
        assertNoErrors(result, 'throughput query');
      }
    }),
  ),
);
latencies.sort((a, b) => a - b);
const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
const stats = (await admin('GET', '/_emulator/stats')) as { operations: Record<string, { throttled: number }> };
const throttled = Object.values(stats.operations).reduce((sum, op) => sum + op.throttled, 0);

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows: [string, string][] = [
  [`cold page of ${SETS} sets with destinations: SES calls`, JSON.stringify(coldCalls)],
  ['cold page: time / quota lower bound', `${fmt(cold.ms)} / ${fmt(lowerBoundMs)} = ${(cold.ms / lowerBoundMs).toFixed(3)}`],
  ['warm page: SES calls, time', `${Object.values(warmCalls).reduce((a, b) => a + b, 0)}, ${warm.ms.toFixed(1)} ms`],
  ['cold / warm time', `${(cold.ms / warm.ms).toFixed(0)}x`],
  ['50 concurrent identical queries: SES calls', JSON.stringify(concurrentCalls)],
  ['25 metric fields in one request: SES calls', JSON.stringify(metricCalls)],
  [`warm throughput (${THROUGHPUT_REQUESTS} requests, ${CONCURRENCY} concurrent)`, `${((THROUGHPUT_REQUESTS / throughput.ms) * 1000).toFixed(0)} requests/s`],
  ['warm latency p50 / p99', `${percentile(50).toFixed(1)} ms / ${percentile(99).toFixed(1)} ms`],
  ['throttled calls at the emulator, whole run', String(throttled)],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`node ${process.version}, ${new Date().toISOString()}`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);

await gateway.close();
await emulator.close();
