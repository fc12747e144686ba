import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { emptyRegionState, type RegionState } from './state.js';

const STATE_FILE = 'state.json';
const FORMAT_VERSION = 1;

export interface Scope {
  account: string;
  region: string;
}

const scopeKey = ({ account, region }: Scope) => `${account}/${region}`;

function replacer(_key: string, value: unknown): unknown {
  return value instanceof Map ? { $map: [...value.entries()] } : value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && '$map' in value && Array.isArray(value.$map)) {
    return new Map(value.$map as [string, unknown][]);
  }
  return value;
}

/**
 * All emulator state, one RegionState per (account, region).
 *
 * Writes are transactional: an operation mutates a clone of its region's
 * state, and the clone replaces the original only when the operation
 * succeeded, so a failing call never leaves half an update behind.
 *
 * With a data directory, every committed write is persisted before the
 * response is sent: the whole state is written to a temporary file, fsynced,
 * and renamed over state.json. rename(2) is atomic, so a crash at any point
 * leaves either the previous or the new state on disk, never a torn file.
 */
export class StateStore {
  private readonly regions = new Map<string, RegionState>();
  private readonly dataDir: string | undefined;

  constructor(dataDir?: string) {
    this.dataDir = dataDir;
    if (dataDir) {
      mkdirSync(dataDir, { recursive: true });
      this.load(dataDir);
    }
  }

  get persistent(): boolean {
    return this.dataDir !== undefined;
  }

  read(scope: Scope): RegionState {
    return this.regions.get(scopeKey(scope)) ?? emptyRegionState();
  }

  write<T>(scope: Scope, mutate: (state: RegionState) => T): T {
    const key = scopeKey(scope);
    const draft = structuredClone(this.regions.get(key) ?? emptyRegionState());
    const result = mutate(draft);
    const previous = this.regions.get(key);
    this.regions.set(key, draft);
    try {
      this.persist();
    } catch (error) {
      if (previous) this.regions.set(key, previous);
      else this.regions.delete(key);
      throw error;
    }
    return result;
  }

  reset(): void {
    this.regions.clear();
    this.persist();
  }

  private load(dataDir: string): void {
    let text: string;
    try {
      text = readFileSync(join(dataDir, STATE_FILE), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const file = join(dataDir, STATE_FILE);
    let parsed: { version?: unknown; regions?: unknown };
    try {
      parsed = JSON.parse(text, reviver) as typeof parsed;
    } catch (error) {
      // Never start empty over a file we cannot read: that would destroy it on the next write.
      throw new Error(`${file} is not valid JSON (${(error as Error).message}); move it away to start with empty state`);
    }
    if (parsed.version !== FORMAT_VERSION || !(parsed.regions instanceof Map)) {
      throw new Error(`${file} has format version ${String(parsed.version)}; this emulator reads version ${FORMAT_VERSION}`);
    }
    for (const [key, state] of parsed.regions as Map<string, RegionState>) this.regions.set(key, { ...emptyRegionState(), ...state });
  }

  private persist(): void {
    if (!this.dataDir) return;
    const target = join(this.dataDir, STATE_FILE);
    const temp = `${target}.${process.pid}.tmp`;
    const body = JSON.stringify({ version: FORMAT_VERSION, regions: this.regions }, replacer);
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, body);
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      rmSync(temp, { force: true });
      throw error;
    }
    closeSync(fd);
    renameSync(temp, target);
    const dir = openSync(this.dataDir, 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  }
}
