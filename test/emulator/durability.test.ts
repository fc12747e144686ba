import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateConfigurationSetCommand, GetConfigurationSetCommand, ListConfigurationSetsCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { killAll, startEmulatorProcess } from './emulatorProcess.js';

const dirs: string[] = [];
const running: RunningEmulator[] = [];

afterEach(async () => {
  killAll();
  for (const emulator of running.splice(0)) await emulator.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ses-emulator-'));
  dirs.push(dir);
  return dir;
}

function clientFor(url: string): SESv2Client {
  return new SESv2Client({ region: 'eu-west-1', endpoint: url, credentials: { accessKeyId: 'AKID', secretAccessKey: 's' }, maxAttempts: 1 });
}

async function start(dir: string): Promise<RunningEmulator> {
  const emulator = await startEmulator({ dataDir: dir, quotas: false, log: () => {} });
  running.push(emulator);
  return emulator;
}

describe('state in a data directory', () => {
  it('survives a restart', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const before = clientFor(first.url);
    await before.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'kept', Tags: [{ Key: 'k', Value: 'v' }] }));
    before.destroy();
    await first.close();
    running.pop();

    const second = await start(dir);
    const after = clientFor(second.url);
    const set = await after.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'kept' }));
    after.destroy();
    expect(set.Tags).toEqual([{ Key: 'k', Value: 'v' }]);
  });

  it('keeps each region of each account apart across a restart', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const west = new SESv2Client({ region: 'us-west-2', endpoint: first.url, credentials: { accessKeyId: '111122223333', secretAccessKey: 's' }, maxAttempts: 1 });
    await west.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'west-only' }));
    west.destroy();
    await first.close();
    running.pop();

    const second = await start(dir);
    const sameScope = new SESv2Client({ region: 'us-west-2', endpoint: second.url, credentials: { accessKeyId: '111122223333', secretAccessKey: 's' }, maxAttempts: 1 });
    const otherAccount = new SESv2Client({ region: 'us-west-2', endpoint: second.url, credentials: { accessKeyId: '444455556666', secretAccessKey: 's' }, maxAttempts: 1 });
    const otherRegion = clientFor(second.url);
    expect((await sameScope.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual(['west-only']);
    expect((await otherAccount.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual([]);
    expect((await otherRegion.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual([]);
    for (const c of [sameScope, otherAccount, otherRegion]) c.destroy();
  });

  it('keeps every acknowledged write when the process is killed mid-stream', async () => {
    const dir = dataDir();
    const { child, url } = await startEmulatorProcess(dir);
    const client = clientFor(url);
    const acknowledged: string[] = [];
    const writes = (async () => {
      for (let i = 0; i < 400; i += 1) {
        const name = `set-${String(i).padStart(4, '0')}`;
        try {
          await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
          acknowledged.push(name);
        } catch {
          return;
        }
      }
    })();
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (acknowledged.length >= 40) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });
    child.kill('SIGKILL');
    await writes;
    client.destroy();
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(acknowledged.length).toBeLessThan(400);

    const restarted = await start(dir);
    const reader = clientFor(restarted.url);
    const listed = (await reader.send(new ListConfigurationSetsCommand({}))).ConfigurationSets ?? [];
    reader.destroy();
    for (const name of acknowledged) expect(listed).toContain(name);
    // At most the one write in flight at the kill may have landed without its answer.
    expect(listed.length - acknowledged.length).toBeLessThanOrEqual(1);
  });

  it('ignores a temporary file left by a crash during a write', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const client = clientFor(first.url);
    await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'good' }));
    client.destroy();
    await first.close();
    running.pop();
    const good = readFileSync(join(dir, 'state.json'), 'utf8');
    // What a crash halfway through writing the next state leaves behind.
    writeFileSync(join(dir, 'state.json.99999.tmp'), good.slice(0, Math.floor(good.length / 2)));

    const logged: string[] = [];
    const second = await startEmulator({ dataDir: dir, quotas: false, log: (message) => logged.push(message) });
    running.push(second);
    const reader = clientFor(second.url);
    expect((await reader.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual(['good']);
    reader.destroy();
    // Removed at start-up, and said so: a kill during every save would otherwise pile them up.
    expect(readdirSync(dir)).toEqual(['state.json']);
    expect(logged.join('\n')).toContain('state.json.99999.tmp');
  });

  it('leaves files that only look alike alone', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'state.json.bak'), 'mine');
    writeFileSync(join(dir, 'notes.tmp'), 'mine too');
    await start(dir);
    expect(readdirSync(dir).sort()).toEqual(['notes.tmp', 'state.json.bak']);
  });

  it('refuses to start on a state file it cannot read, instead of discarding it', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'state.json'), '{"version": 1, "regions": ');
    await expect(startEmulator({ dataDir: dir, log: () => {} })).rejects.toThrow(/state\.json/);
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe('{"version": 1, "regions": ');
  });
});
