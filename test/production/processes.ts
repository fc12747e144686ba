/**
 * The gateway as the operating system sees it: started as its own process
 * group (so whatever it leaves behind can be found by group), its log read
 * from stdout, signalled by pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface GatewayProcess {
  child: ChildProcess;
  /** The process group: the spawned process's pid. */
  group: number;
  /** The pid of the process that serves requests, from its log (npm's child under `npm start`). */
  serverPid: number;
  /** Where GraphQL is served, without the /graphql path. */
  url: string;
  /** Resolves with the spawned process's exit. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** The JSON log lines so far. */
  logLines(): Record<string, unknown>[];
}

const started = new Set<number>();

/**
 * A clean environment: nothing from the test runner's (no NODE_ENV=test, no
 * AWS profile), this Node first on PATH so `npm` and its `exec node` use the
 * Node running the tests.
 */
export function runtimeEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'production',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

export async function startGatewayProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<GatewayProcess> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const group = child.pid;
  started.add(group);
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const logLines = () =>
    text
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let exit: unknown;
  void exited.then((value) => (exit = value));
  for (;;) {
    const ready = logLines().find((line) => typeof line.msg === 'string' && line.msg.startsWith('GraphQL at '));
    if (ready) {
      const url = /GraphQL at (\S+)\/graphql/.exec(ready.msg as string)?.[1];
      if (url === undefined || typeof ready.pid !== 'number') throw new Error(`unexpected start-up line: ${JSON.stringify(ready)}`);
      return { child, group, serverPid: ready.pid, url, exited, output: () => text, logLines };
    }
    if (exit !== undefined) throw new Error(`${command} ${args.join(' ')} exited before serving (${JSON.stringify(exit)}):\n${text}`);
    if (Date.now() > deadline) throw new Error(`${command} ${args.join(' ')} did not start within ${options.timeoutMs ?? 30_000} ms:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pids of living (not zombie) processes in `group`, from /proc. */
export function livingInGroup(group: number): number[] {
  const living: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so read after the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === group && state !== 'Z') living.push(Number(name));
  }
  return living;
}

/** Waits up to `ms` for the group to empty; returns what is still alive. */
export async function leftBehind(group: number, ms = 3000): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const living = livingInGroup(group);
    if (living.length === 0 || Date.now() > deadline) return living;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** SIGKILLs every group started here that still has a process; for afterEach. */
export function killStarted(): void {
  for (const group of started) {
    if (livingInGroup(group).length > 0) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // Gone meanwhile.
      }
    }
  }
  started.clear();
}

/** Runs a command to completion; rejects with its output when it fails or outlasts `timeoutMs`. */
export function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} took longer than ${options.timeoutMs} ms:\n${text}`));
    }, options.timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(text);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${text}`));
    });
  });
}
