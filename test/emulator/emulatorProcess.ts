/**
 * The emulator CLI as a child process, so durability tests can kill it the
 * hard way (SIGKILL) and start it again on the same data directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ListConfigurationSetsCommand, SESv2Client } from '@aws-sdk/client-sesv2';

export interface EmulatorProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to stderr so far (start-up housekeeping is logged there). */
  stderr(): string;
  /** SIGKILL, resolved once the process is gone. */
  kill(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every process started here that is still alive; for afterEach/afterAll. */
export function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export async function startEmulatorProcess(dataDir: string, timeoutMs = 30_000): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/cli.ts', '--port', '0', '--data-dir', dataDir, '--no-quotas'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`emulator did not start within ${timeoutMs} ms: ${out}${err}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with ${code} before listening: ${out}${err}`));
    });
  });
  return {
    child,
    url,
    stderr: () => err,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export function sdkClient(url: string, timeoutMs = 10_000): SESv2Client {
  return new SESv2Client({
    region: 'us-east-1',
    endpoint: url,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
    requestHandler: { requestTimeout: timeoutMs, throwOnRequestTimeout: true },
  });
}

/** Every configuration set name, across pages. */
export async function allConfigurationSets(client: SESv2Client): Promise<Set<string>> {
  const names = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < 1000; page += 1) {
    const out = await client.send(new ListConfigurationSetsCommand({ PageSize: 1000, ...(token && { NextToken: token }) }));
    for (const name of out.ConfigurationSets ?? []) names.add(name);
    token = out.NextToken;
    if (!token) return names;
  }
  throw new Error('ListConfigurationSets did not finish within 1000 pages');
}

export const tempFilesIn = (dir: string): string[] => readdirSync(dir).filter((name) => /^state\.json\..+\.tmp$/.test(name));
