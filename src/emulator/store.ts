import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyRegionState, type RegionState } from './state.js';
import { nodeFileSystem, PersistenceError, removeStaleTempFiles, STATE_FILE, writeStateFile, type StateFileSystem } from './stateFile.js';

const FORMAT_VERSION = 1;

interface StateStoreOptions {
  /** Where state is kept across restarts; without it, state lives in memory only. */
  dataDir?: string;
  /** The calls state.json is written with; tests swap one to simulate a failing disk. @default node:fs */
  fileSystem?: Partial<StateFileSystem>;
  /** Where start-up housekeeping and failed writes are reported. */
  log?: (message: string, error?: unknown) => void;
}

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
 * state. With a data directory, the state with that clone in place is
 * written to disk (see writeStateFile) before the clone replaces the
 * original in memory, so the in-memory state only ever holds what is on
 * disk: a write whose file could not be kept (full disk, I/O error,
 * read-only file system) throws PersistenceError and changes nothing,
 * and an acknowledged write survives a kill at any moment.
 */
export class StateStore {
  private readonly regions = new Map<string, RegionState>();
  private readonly dataDir: string | undefined;
  private readonly files: StateFileSystem;
  private readonly log: (message: string, error?: unknown) => void;
  private failedWrites = 0;

  constructor(options: StateStoreOptions = {}) {
    this.dataDir = options.dataDir;
    this.files = { ...nodeFileSystem, ...options.fileSystem };
    this.log = options.log ?? ((message, error) => console.error(message, error ?? ''));
    if (this.dataDir) {
      mkdirSync(this.dataDir, { recursive: true });
      const stale = removeStaleTempFiles(this.dataDir, this.files);
      if (stale.length > 0) this.log(`emulator: removed ${stale.length} temporary state file(s) left by an interrupted write: ${stale.join(', ')}`);
      this.load(this.dataDir);
    }
  }

  get persistent(): boolean {
    return this.dataDir !== undefined;
  }

  /** Writes refused because state.json could not be written, since start. */
  get writeFailures(): number {
    return this.failedWrites;
  }

  read(scope: Scope): RegionState {
    return this.regions.get(scopeKey(scope)) ?? emptyRegionState();
  }

  write<T>(scope: Scope, mutate: (state: RegionState) => T): T {
    const key = scopeKey(scope);
    const draft = structuredClone(this.regions.get(key) ?? emptyRegionState());
    const result = mutate(draft);
    const next = new Map(this.regions);
    next.set(key, draft);
    this.commit(next);
    return result;
  }

  reset(): void {
    this.commit(new Map());
  }

  /** Makes `next` the state: on disk first, then in memory, or not at all. */
  private commit(next: Map<string, RegionState>): void {
    if (this.dataDir) {
      try {
        writeStateFile(this.dataDir, serialize(next), this.files);
      } catch (error) {
        this.failedWrites += 1;
        if (error instanceof PersistenceError && error.afterRename) this.restore(this.dataDir);
        throw error;
      }
    }
    this.regions.clear();
    for (const [key, state] of next) this.regions.set(key, state);
  }

  /**
   * The new state.json is in place but its rename may not survive a power
   * cut; the write is refused, so put the state that memory still holds back.
   */
  private restore(dataDir: string): void {
    try {
      writeStateFile(dataDir, serialize(this.regions), this.files);
    } catch (error) {
      this.log(`emulator: could not restore ${join(dataDir, STATE_FILE)} after a failed write; the next write replaces it`, error);
    }
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
}

function serialize(regions: Map<string, RegionState>): Buffer {
  return Buffer.from(JSON.stringify({ version: FORMAT_VERSION, regions }, replacer), 'utf8');
}
