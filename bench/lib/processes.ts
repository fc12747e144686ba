/**
 * Child processes of the bench: the emulator, gateways, baselines, Redis and
 * wrk each run in their own process, so no two of them share an event loop
 * (or a CPU's worth of JavaScript) with the one being measured. Every child
 * is registered here and stopped by stopAll(), which run.ts calls in a
 * finally and on SIGINT/SIGTERM; a last synchronous SIGKILL on exit catches
 * anything a crash left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The repository root: children run from it so `--import tsx` and relative entries resolve. */
export const ROOT = new URL('../../', import.meta.url);

export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
  /** The last lines the child wrote (stdout and stderr), for failure reports. */
  output(): string;
  /** Resolves with the exit code (or signal) once the child has exited. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

const OUTPUT_KEEP = 16_384;
const STOP_GRACE_MS = 3000;
const running = new Set<Child>();

export interface SpawnOptions {
  env?: Record<string, string>;
  /** Called with each chunk of stdout (wrk's limit marker is read this way). */
  onStdout?: (text: string) => void;
}

export function spawnChild(name: string, command: string, args: string[], options: SpawnOptions = {}): Child {
  // Not the bench's own environment: a REDIS_URL or AWS_* variable of the shell must not change what is measured.
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...options.env };
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`could not start ${name} (${command})`);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEEP);
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    keep(chunk);
    options.onStdout?.(chunk.toString());
  });
  child.stderr?.on('data', keep);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  const handle: Child = {
    name,
    pid: child.pid,
    process: child,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const late = await Promise.race([exited.then(() => false), sleep(STOP_GRACE_MS).then(() => true)]);
        if (late) child.kill('SIGKILL');
        await exited;
      }
      running.delete(handle);
    },
  };
  running.add(handle);
  void exited.then(() => running.delete(handle));
  return handle;
}

/** A TypeScript entry run by Node with tsx's loader (the baselines, the emulator; the gateway with BENCH_GATEWAY=source). */
export function spawnTs(name: string, entry: string, args: string[], options: SpawnOptions = {}): Child {
  return spawnChild(name, process.execPath, ['--import', 'tsx', entry, ...args], options);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop()));
}

let installed = false;

/** Ctrl-C and kill stop every child before the bench exits; so does an unexpected exit. */
export function stopChildrenOnExit(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping ${running.size} child processes`);
      void stopAll().finally(() => process.exit(130));
    });
  }
  process.once('exit', () => {
    for (const child of running) child.process.kill('SIGKILL');
  });
}

let scratch: string | undefined;
let files = 0;

/** Writes a file for a child to read (wrk's bodies, the bare baseline's answer) into a temporary directory removed on exit. */
export function scratchFile(name: string, content: string | Buffer): string {
  if (scratch === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'ses-bench-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    scratch = dir;
  }
  files += 1;
  const path = join(scratch, `${files}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** A loopback port nothing listens on (at the moment of asking): the tests' own helper. */
export { freePort } from '../../test/support/redis.js';

/** Waits until `url` answers at all, failing at once if the child exits and after `timeoutMs` otherwise. */
export async function waitForHttp(child: Child, url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone: string | undefined;
  void child.exited.then((how) => (gone = how));
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`${child.name} exited (${gone}) before it answered:\n${child.output()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs} ms:\n${child.output()}`);
}

/** Resident memory of a process in MB, from /proc (Linux only), or undefined when it cannot be read. */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
