/**
 * What metrics and tracing cost a warm cached read: 2,000 sequential requests per configuration, in
 * interleaved rounds (ROUNDS, default 3), four gateways in one process on one emulator.
 * `npx tsx bench/observabilityOverhead.ts`
 */
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { CreateConfigurationSetCommand } from '@aws-sdk/client-sesv2';
import { EMULATOR_ACCOUNT_ID, loadConfig } from '../src/gateway/config.js';
import { startGateway } from '../src/gateway/server.js';
import { startEmulator } from '../src/emulator/index.js';
import { SESv2Client } from '@aws-sdk/client-sesv2';

const sink = createServer((req, res) => { req.resume(); req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}')); });
await new Promise<void>((r) => sink.listen(0, '127.0.0.1', r));
const sinkUrl = `http://127.0.0.1:${(sink.address() as { port: number }).port}`;

const emulator = await startEmulator({ port: 0, quotas: false, log: () => {} });
const client = new SESv2Client({ region: 'us-east-1', endpoint: emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'x' } });
await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'warm' }));

const base = { PORT: '0', LOG_LEVEL: 'silent', SES_DEFAULT_RATE: '1000', CACHE_TTL_SECONDS: '3600' };
const configs: [string, Record<string, string>][] = [
  ['A: metrics off, tracing off', { METRICS_ACCESS: 'off' }],
  ['B: metrics on (default), tracing off', {}],
  ['C: metrics on, tracing configured, sampler always_off', { OTEL_EXPORTER_OTLP_ENDPOINT: sinkUrl, OTEL_TRACES_SAMPLER: 'always_off' }],
  ['D: metrics on, tracing on, every request sampled and exported', { OTEL_EXPORTER_OTLP_ENDPOINT: sinkUrl, OTEL_TRACES_SAMPLER: 'always_on' }],
];
const gateways = [];
for (const [, env] of configs) {
  gateways.push(await startGateway({ config: loadConfig({ ...base, ...env }), ses: { endpoint: emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'x' } }, logger: false }));
}
const body = JSON.stringify({ query: 'query Warm { configurationSet(name: "warm") { name sendingEnabled eventDestinations { name } } }' });
const cpu: number[][] = [];
async function run(url: string, n: number, index = -1): Promise<number> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < n; i += 1) {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
  }
  const used = process.cpuUsage(cpuStart);
  if (index >= 0) (cpu[index] ??= []).push((used.user + used.system) / n);
  return (performance.now() - start) / n;
}
for (const g of gateways) await run(g.url, 200); // warm: cache filled, JIT warmed
const results: number[][] = configs.map(() => []);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
for (let round = 0; round < ROUNDS; round += 1) {
  for (let i = 0; i < gateways.length; i += 1) results[i]!.push(await run(gateways[i]!.url, 2000, i));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (let i = 0; i < configs.length; i += 1) {
  const m = median(results[i]!);
  console.log(`${configs[i]![0].padEnd(62)} median ${(m * 1000).toFixed(0).padStart(5)} µs/request (${(1000 / m).toFixed(0)} req/s), CPU (gateway + client, one process) median ${median(cpu[i]!).toFixed(0)} µs/request; rounds: ${results[i]!.map((r) => (r * 1000).toFixed(0)).join(', ')} µs`);
}
for (const g of gateways) await g.close();
client.destroy();
await emulator.close();
sink.close();
