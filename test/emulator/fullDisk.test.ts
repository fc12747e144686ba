/**
 * A write the disk refuses (full, broken, read-only) is answered 500 and
 * changes nothing; every 200 is on disk. Two ways: a real 64 KiB tmpfs
 * filled by creates (needs root and mount(2), as in CI), and injected
 * failures of each step of a save (everywhere).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateConfigurationSetCommand, GetConfigurationSetCommand, ListConfigurationSetsCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import type { StateFileSystem } from '../../src/emulator/stateFile.js';
import { rejectionOf } from '../support/emulator.js';
import { allConfigurationSets, killAll, sdkClient, startEmulatorProcess, tempFilesIn } from './emulatorProcess.js';

const dirs: string[] = [];
const running: RunningEmulator[] = [];
const clients: SESv2Client[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const emulator of running.splice(0)) await emulator.close();
});

function dataDir(): string {
  const dir = fs.mkdtempSync(join(tmpdir(), 'ses-full-disk-'));
  dirs.push(dir);
  return dir;
}

function client(url: string): SESv2Client {
  const c = sdkClient(url);
  clients.push(c);
  return c;
}

/** Mounts a 64 KiB tmpfs, or says why it cannot (not root, no CAP_SYS_ADMIN, no mount binary). */
function mountSmallTmpfs(): { dir: string } | { reason: string } {
  const dir = fs.mkdtempSync(join(tmpdir(), 'ses-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    return { reason: String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim() };
  }
}

const tmpfs = mountSmallTmpfs();
afterAll(async () => {
  killAll();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  if ('dir' in tmpfs) {
    // A process killed just now may still hold the mount for a moment; a lazy unmount never leaves it behind.
    await new Promise((resolve) => setTimeout(resolve, 100));
    execFileSync('umount', ['-l', tmpfs.dir], { stdio: 'pipe' });
    fs.rmSync(tmpfs.dir, { recursive: true, force: true });
  }
});
console.log('dir' in tmpfs ? `full disk: a real 64 KiB tmpfs at ${tmpfs.dir}` : `full disk: no tmpfs (${tmpfs.reason}); injected failures only`);

describe.runIf('dir' in tmpfs)('on a real full disk (64 KiB tmpfs)', () => {
  it('refuses writes that do not fit with 500, keeps every acknowledged one, and starts again after kill -9', { timeout: 90_000 }, async () => {
    const dir = (tmpfs as { dir: string }).dir;
    let emulator = await startEmulatorProcess(dir);
    let ses = client(emulator.url);
    const acknowledged: string[] = [];
    const refused: string[] = [];
    // Long names fill the disk within a few dozen writes; the loop is bounded either way.
    for (let i = 0; i < 2000 && refused.length < 5; i += 1) {
      const name = `full-${String(i).padStart(4, '0')}-${'x'.repeat(48)}`;
      try {
        await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name, Tags: [{ Key: 'padding', Value: 'y'.repeat(200) }] }));
        acknowledged.push(name);
      } catch (error) {
        const failure = error as Error & { $metadata?: { httpStatusCode?: number } };
        expect(failure.name).toBe('InternalServiceErrorException');
        expect(failure.$metadata?.httpStatusCode).toBe(500);
        expect(failure.message).toContain('ENOSPC');
        refused.push(name);
        // The refused write is not in memory either.
        expect((await rejectionOf(ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: name })))).name).toBe('NotFoundException');
      }
    }
    console.log(`full disk: ${acknowledged.length} writes acknowledged, ${refused.length} refused with 500, state.json ${fs.statSync(join(dir, 'state.json')).size} bytes`);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refused.length).toBe(5);
    expect(tempFilesIn(dir)).toEqual([]);
    const listed = (await ses.send(new ListConfigurationSetsCommand({}))).ConfigurationSets ?? [];
    expect(listed).toEqual(acknowledged);

    await emulator.kill();
    emulator = await startEmulatorProcess(dir);
    ses = client(emulator.url);
    const stored = await allConfigurationSets(ses);
    expect([...stored].sort()).toEqual([...acknowledged].sort());
    expect(JSON.parse(fs.readFileSync(join(dir, 'state.json'), 'utf8'))).toMatchObject({ version: 1 });
    const health = (await (await fetch(`${emulator.url}/_emulator/health`)).json()) as { writeFailures: number };
    expect(health.writeFailures).toBe(0);
    await emulator.kill();
  });
});

type Step = 'open' | 'write' | 'short-write' | 'fsync' | 'rename' | 'dir-fsync';

/** node:fs with one step of the next save failing the way a sick disk fails it. */
function sickDisk() {
  let failing: { step: Step; code: string } | undefined;
  let tempFd: number | undefined;
  let dirFd: number | undefined;
  const fail = (code: string): never => {
    throw Object.assign(new Error(`${code}: injected`), { code });
  };
  const files: Partial<StateFileSystem> = {
    openSync(path, flags) {
      if (failing?.step === 'open' && path.endsWith('.tmp')) fail(failing.code);
      const fd = fs.openSync(path, flags);
      // Descriptor numbers are reused once closed: remember which file this one is now.
      if (path.endsWith('.tmp')) [tempFd, dirFd] = [fd, dirFd === fd ? undefined : dirFd];
      else [dirFd, tempFd] = [fd, tempFd === fd ? undefined : tempFd];
      return fd;
    },
    writeSync(fd, buffer, offset, length) {
      if (failing?.step === 'write') {
        // A full disk takes part of the data, then refuses the rest.
        if (offset === 0 && length > 1) return fs.writeSync(fd, buffer, 0, Math.floor(length / 2));
        fail(failing.code);
      }
      if (failing?.step === 'short-write') return 0;
      return fs.writeSync(fd, buffer, offset, length);
    },
    fsyncSync(fd) {
      if (failing?.step === 'fsync' && fd === tempFd) fail(failing.code);
      if (failing?.step === 'dir-fsync' && fd === dirFd) fail(failing.code);
      fs.fsyncSync(fd);
    },
    renameSync(from, to) {
      if (failing?.step === 'rename') fail(failing.code);
      fs.renameSync(from, to);
    },
  };
  return {
    files,
    arm(step: Step, code: string) {
      failing = { step, code };
    },
    heal() {
      failing = undefined;
    },
  };
}

describe('injected disk failures', () => {
  it.each<[Step, string]>([
    ['open', 'EROFS'],
    ['write', 'ENOSPC'],
    ['short-write', 'ENOSPC'],
    ['fsync', 'EIO'],
    ['rename', 'EROFS'],
    ['dir-fsync', 'EIO'],
  ])('a failed %s (%s) answers 500 and changes nothing in memory or on disk', async (step, code) => {
    const dir = dataDir();
    const disk = sickDisk();
    const emulator = await startEmulator({ dataDir: dir, quotas: false, fileSystem: disk.files, log: () => {} });
    running.push(emulator);
    const ses = client(emulator.url);
    await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'before' }));
    const onDisk = fs.readFileSync(join(dir, 'state.json'));

    disk.arm(step, code);
    const error = await rejectionOf(ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'refused' })));
    disk.heal();
    expect(error.name).toBe('InternalServiceErrorException');
    expect(error.$metadata?.httpStatusCode).toBe(500);
    expect(error.message).toContain(code);
    expect((await rejectionOf(ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'refused' })))).name).toBe('NotFoundException');
    expect((await ses.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual(['before']);
    expect(fs.readFileSync(join(dir, 'state.json')).equals(onDisk)).toBe(true);
    expect(tempFilesIn(dir)).toEqual([]);
    expect(await (await fetch(`${emulator.url}/_emulator/health`)).json()).toMatchObject({ persistent: true, writeFailures: 1 });

    // The disk is well again: the next write is kept, the refused one never appears.
    await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'after' }));
    await emulator.close();
    running.pop();
    const restarted = await startEmulator({ dataDir: dir, quotas: false, log: () => {} });
    running.push(restarted);
    expect((await client(restarted.url).send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual(['after', 'before']);
  });

  it('a refused /_emulator/reset keeps the state', async () => {
    const dir = dataDir();
    const disk = sickDisk();
    const emulator = await startEmulator({ dataDir: dir, quotas: false, fileSystem: disk.files, log: () => {} });
    running.push(emulator);
    const ses = client(emulator.url);
    await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'survivor' }));
    disk.arm('write', 'ENOSPC');
    const response = await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
    disk.heal();
    expect(response.status).toBe(500);
    expect((await ses.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual(['survivor']);
  });

  it('writes a state file larger than one write(2) completely when the disk takes it in small pieces', async () => {
    const dir = dataDir();
    const files: Partial<StateFileSystem> = { writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, Math.min(length, 97)) };
    const emulator = await startEmulator({ dataDir: dir, quotas: false, fileSystem: files, log: () => {} });
    running.push(emulator);
    const ses = client(emulator.url);
    for (let i = 0; i < 5; i += 1) await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: `piece-${i}`, Tags: [{ Key: 'k', Value: 'v'.repeat(250) }] }));
    const text = fs.readFileSync(join(dir, 'state.json'), 'utf8');
    expect(text.length).toBeGreaterThan(97 * 10);
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    await emulator.close();
    running.pop();
    const restarted = await startEmulator({ dataDir: dir, quotas: false, log: () => {} });
    running.push(restarted);
    expect((await client(restarted.url).send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toHaveLength(5);
  });
});
