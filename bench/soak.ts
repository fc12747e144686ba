/**
 * `npm run soak`: the full soak, 5 minutes per phase (one gateway, then three
 * replicas sharing Redis), 10 minutes in all. `npm run soak -- --short` (or
 * CI=true) runs 20 s per phase. Prints a table, writes
 * bench/results/soak-latest.json, and exits 1 when a target is missed.
 *
 * Knobs (environment): SOAK_SECONDS (per phase), SOAK_WARMUP_SECONDS,
 * SOAK_CLIENTS, SOAK_THINK_MS, SOAK_RATE (SES calls/s per operation, both
 * sides), SOAK_FAULT_SCALE (0 turns faults off), SOAK_SEED.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatReport, FULL, runSoak, SHORT, type SoakOptions } from './soakRunner.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const short = process.argv.includes('--short') || process.env.CI === 'true';
const base = short ? SHORT : FULL;

function number(name: string, fallback: number, min: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number of at least ${min}, got "${text}"`);
  return value;
}

const options: SoakOptions = {
  ...base,
  phaseSeconds: number('SOAK_SECONDS', base.phaseSeconds, 5),
  warmupSeconds: number('SOAK_WARMUP_SECONDS', base.warmupSeconds, 0),
  clients: number('SOAK_CLIENTS', base.clients, 1),
  thinkMs: number('SOAK_THINK_MS', base.thinkMs, 0),
  rate: number('SOAK_RATE', base.rate, 1),
  faultScale: number('SOAK_FAULT_SCALE', base.faultScale, 0),
  seed: number('SOAK_SEED', base.seed, 0),
  log: (line) => console.log(line),
};
if (options.warmupSeconds >= options.phaseSeconds) throw new Error('SOAK_WARMUP_SECONDS must be less than SOAK_SECONDS');

console.log(`soak (${short ? 'short' : 'full'}), node ${process.version}, ${new Date().toISOString()}`);
const report = await runSoak(options);
console.log(formatReport(report));
const out = new URL('./results/soak-latest.json', import.meta.url);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(out, `${JSON.stringify({ mode: short ? 'short' : 'full', ...report }, null, 2)}\n`);
console.log(`written ${out.pathname}`);
process.exitCode = report.ok ? 0 : 1;
