/**
 * The durability promise under the worst timing: concurrent writes, SIGKILL
 * at a random moment, restart, many times over, on the same data directory.
 *
 *   npx vitest run test/emulator/killStorm.test.ts
 *
 * KILL_STORM_CYCLES (default 22) and KILL_STORM_SEED (default: time) repeat a run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateConfigurationSetCommand } from '@aws-sdk/client-sesv2';
import { afterAll, describe, expect, it } from 'vitest';
import { allConfigurationSets, killAll, sdkClient, startEmulatorProcess, tempFilesIn } from './emulatorProcess.js';
import { seededRandom } from '../support/seededRandom.js';

const CYCLES = Number(process.env.KILL_STORM_CYCLES ?? 22);
const SEED = Number(process.env.KILL_STORM_SEED ?? Date.now() % 1_000_000);
const WORKERS = 6;
/** Per cycle; the kill comes long before, this only bounds a cycle whose kill went wrong. */
const MAX_WRITES_PER_WORKER = 400;


const dir = mkdtempSync(join(tmpdir(), 'ses-kill-storm-'));
afterAll(() => {
  killAll();
  rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 during a write storm', () => {
  it(`loses no acknowledged write over ${CYCLES} kills, always starts again, and leaves no temporary files (seed ${SEED})`, { timeout: 150_000 }, async () => {
    const random = seededRandom(SEED);
    const acknowledged = new Set<string>();
    const figures = { kills: 0, attempted: 0, acknowledged: 0, lost: 0, loadFailures: 0, tempFilesLeftByKills: 0, tempFilesAfterStart: 0, appliedWithoutAnswer: 0 };

    for (let cycle = 0; cycle <= CYCLES; cycle += 1) {
      const leftBehind = tempFilesIn(dir).length;
      figures.tempFilesLeftByKills += leftBehind;
      let emulator;
      try {
        emulator = await startEmulatorProcess(dir);
      } catch (error) {
        figures.loadFailures += 1;
        throw new Error(`start ${cycle} failed after ${figures.kills} kills (seed ${SEED}): ${(error as Error).message}`);
      }
      figures.tempFilesAfterStart += tempFilesIn(dir).length;
      if (leftBehind > 0) expect(emulator.stderr()).toContain('removed');

      const client = sdkClient(emulator.url);
      const stored = await allConfigurationSets(client);
      const lost = [...acknowledged].filter((name) => !stored.has(name));
      figures.lost = lost.length;
      expect(lost, `acknowledged but missing after kill ${figures.kills} (seed ${SEED})`).toEqual([]);
      if (cycle === CYCLES) {
        figures.appliedWithoutAnswer = stored.size - acknowledged.size;
        client.destroy();
        await emulator.kill();
        break;
      }

      let firstAck: () => void = () => {};
      const acked = new Promise<void>((resolve) => (firstAck = resolve));
      const workers = Array.from({ length: WORKERS }, async (_, worker) => {
        for (let i = 0; i < MAX_WRITES_PER_WORKER; i += 1) {
          const name = `c${cycle}-w${worker}-${i}`;
          figures.attempted += 1;
          try {
            await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
          } catch {
            return;
          }
          acknowledged.add(name);
          firstAck();
        }
      });
      await Promise.race([acked, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      // Somewhere within the next writes: early, between two saves, or in the middle of one.
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 250)));
      await emulator.kill();
      figures.kills += 1;
      await Promise.all(workers);
      client.destroy();
    }

    figures.acknowledged = acknowledged.size;
    console.log(`kill storm (seed ${SEED}): ${JSON.stringify(figures)}`);
    expect(figures.kills).toBe(CYCLES);
    expect(figures.kills).toBeGreaterThanOrEqual(20);
    expect(figures.loadFailures).toBe(0);
    expect(figures.lost).toBe(0);
    expect(figures.tempFilesAfterStart).toBe(0);
    expect(figures.acknowledged).toBeGreaterThan(CYCLES);
    // Only writes in flight at a kill may land without their answer: at most one per connection per kill.
    expect(figures.appliedWithoutAnswer).toBeGreaterThanOrEqual(0);
    expect(figures.appliedWithoutAnswer).toBeLessThanOrEqual(figures.kills * WORKERS);
  });
});
