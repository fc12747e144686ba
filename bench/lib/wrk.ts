/**
 * Load from outside: Debian's wrk (/usr/bin/wrk), a C load generator in its
 * own process, POSTing GraphQL bodies through post.lua. One wrk thread: on a
 * 2-core machine it leaves the other core to the server under test, and one
 * thread keeps 50 connections busy at far more requests per second than a
 * Node server answers.
 */
import { fileURLToPath } from 'node:url';
import { scratchFile, spawnChild } from './processes.js';

export const WRK = '/usr/bin/wrk';
const SCRIPT = fileURLToPath(new URL('./post.lua', import.meta.url));
export const WRK_THREADS = 1;

export interface WrkRun {
  url: string;
  /** Request bodies, sent round-robin. */
  bodies: string[];
  connections: number;
  /** Upper bound of the run; a run with `limit` usually ends sooner. */
  durationSeconds: number;
  /** wrk's per-request timeout: quota-bound requests wait for their turn longer than wrk's default 2 s. */
  timeoutSeconds?: number;
  /** Stop after this many responses. */
  limit?: number;
  /** What a good response is; anything else (or a status other than 200) counts as `bad`. */
  expect?: { length: number } | { contains: string };
}

export interface WrkResult {
  requests: number;
  durationMs: number;
  requestsPerSecond: number;
  bytes: number;
  /** Responses that were not 200 or did not match `expect`. */
  bad: number;
  /** Socket errors and timeouts, as wrk counts them. */
  errors: { connect: number; read: number; write: number; timeout: number };
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

interface WrkJson {
  requests: number;
  durationUs: number;
  bytes: number;
  bad: number;
  connectErrors: number;
  readErrors: number;
  writeErrors: number;
  timeouts: number;
  p50Us: number;
  p90Us: number;
  p99Us: number;
  maxUs: number;
}

/** The wrk command line of a run, for the results file. */
export function wrkSettings(run: Omit<WrkRun, 'url' | 'bodies'>) {
  return { threads: WRK_THREADS, connections: run.connections, durationSeconds: run.durationSeconds, timeoutSeconds: run.timeoutSeconds ?? 2, ...(run.limit && { limit: run.limit }) };
}

export async function runWrk(run: WrkRun): Promise<WrkResult> {
  const check = run.expect === undefined ? ['none', ''] : 'length' in run.expect ? ['length', String(run.expect.length)] : ['contains', run.expect.contains];
  const args = [
    `-t${WRK_THREADS}`,
    `-c${run.connections}`,
    `-d${run.durationSeconds}s`,
    `--timeout`,
    `${run.timeoutSeconds ?? 2}s`,
    '-s',
    SCRIPT,
    run.url,
    '--',
    // One body per line: JSON.stringify never emits a raw newline.
    scratchFile('bodies.txt', run.bodies.join('\n') + '\n'),
    String(run.limit ?? 0),
    ...check,
  ];
  let stdout = '';
  let stopped = false;
  const wrk = spawnChild('wrk', WRK, args, {
    onStdout: (text) => {
      stdout += text;
      // wrk runs until -d regardless of its threads stopping; SIGINT ends the run and still prints the summary.
      if (!stopped && stdout.includes('WRK_LIMIT')) {
        stopped = true;
        wrk.process.kill('SIGINT');
      }
    },
  });
  const how = await wrk.exited;
  const line = /WRK_JSON (\{.*\})/.exec(stdout);
  if (!line?.[1]) throw new Error(`wrk ended (${how}) without a result:\n${wrk.output()}`);
  const json = JSON.parse(line[1]) as WrkJson;
  const ms = (us: number) => us / 1000;
  return {
    requests: json.requests,
    durationMs: ms(json.durationUs),
    requestsPerSecond: json.requests / (json.durationUs / 1e6),
    bytes: json.bytes,
    bad: json.bad,
    errors: { connect: json.connectErrors, read: json.readErrors, write: json.writeErrors, timeout: json.timeouts },
    latencyMs: { p50: ms(json.p50Us), p90: ms(json.p90Us), p99: ms(json.p99Us), max: ms(json.maxUs) },
  };
}
