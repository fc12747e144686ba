/**
 * Writing the emulator's state file so that an acknowledged write is on disk
 * and a crash or a full disk never leaves a torn state.json behind.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';

/**
 * The file-system calls the state file is written with. Tests replace one of
 * them to make a write fail the way a full or broken disk does (ENOSPC, EIO,
 * EROFS) where no small file system can be mounted.
 */
export interface StateFileSystem {
  openSync(path: string, flags: string): number;
  writeSync(fd: number, buffer: Buffer, offset: number, length: number): number;
  fstatSync(fd: number): { size: number };
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
  readdirSync(path: string): string[];
}

export const nodeFileSystem: StateFileSystem = {
  openSync: (path, flags) => fs.openSync(path, flags),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fstatSync: (fd) => fs.fstatSync(fd),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  rmSync: (path, options) => fs.rmSync(path, options),
  readdirSync: (path) => fs.readdirSync(path),
};

export const STATE_FILE = 'state.json';
const TEMP_FILE = /^state\.json\..+\.tmp$/;

/** A state write that could not be made durable; the write is refused and the previous state kept. */
export class PersistenceError extends Error {
  readonly code: string;
  /** True when state.json was already replaced and only making the rename durable failed. */
  afterRename = false;

  constructor(step: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
    const detail = (cause as Error | undefined)?.message ?? String(cause);
    super(`could not ${step} (${detail.includes(code) ? detail : `${code}: ${detail}`})`, { cause });
    this.name = 'PersistenceError';
    this.code = code;
  }
}

function attempt<T>(step: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof PersistenceError ? error : new PersistenceError(step, error);
  }
}

/**
 * Replaces state.json with `body`: write a temporary file completely, fsync
 * it, rename it over state.json, fsync the directory. rename(2) is atomic, so
 * readers and crashes see the old file or the new one. write(2) may write
 * less than asked when the disk fills up, which is how a 32 KiB prefix once
 * became state.json: every write is looped and the size checked before the
 * rename. On any failure before the rename the temporary file is removed and
 * state.json is left as it was.
 */
export function writeStateFile(dataDir: string, body: Buffer, files: StateFileSystem = nodeFileSystem): void {
  const target = join(dataDir, STATE_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    const fd = attempt('create the temporary state file', () => files.openSync(temp, 'w'));
    try {
      let written = 0;
      while (written < body.length) {
        const n = attempt('write the state file', () => files.writeSync(fd, body, written, body.length - written));
        if (n <= 0) throw new PersistenceError('write the state file', Object.assign(new Error('no bytes written'), { code: 'ENOSPC' }));
        written += n;
      }
      const size = attempt('check the state file', () => files.fstatSync(fd).size);
      if (size !== body.length) {
        throw new PersistenceError('check the state file', Object.assign(new Error(`wrote ${size} of ${body.length} bytes`), { code: 'EIO' }));
      }
      attempt('fsync the state file', () => files.fsyncSync(fd));
    } finally {
      try {
        files.closeSync(fd);
      } catch {
        // The fsync above decided whether the data is durable; close cannot change that.
      }
    }
    attempt('rename the state file into place', () => files.renameSync(temp, target));
  } catch (error) {
    try {
      files.rmSync(temp, { force: true });
    } catch {
      // Start-up removes whatever is left.
    }
    throw error;
  }
  try {
    syncDirectory(dataDir, files);
  } catch (error) {
    if (error instanceof PersistenceError) error.afterRename = true;
    throw error;
  }
}

/** Makes a rename durable: without it, a power cut can undo the rename after the write was acknowledged. */
function syncDirectory(dataDir: string, files: StateFileSystem = nodeFileSystem): void {
  const dir = attempt('open the data directory', () => files.openSync(dataDir, 'r'));
  try {
    attempt('fsync the data directory', () => files.fsyncSync(dir));
  } finally {
    try {
      files.closeSync(dir);
    } catch {
      // Nothing was written through this descriptor.
    }
  }
}

/** Removes the temporary files that a kill during a write leaves behind; returns their names. */
export function removeStaleTempFiles(dataDir: string, files: StateFileSystem = nodeFileSystem): string[] {
  const stale = files.readdirSync(dataDir).filter((name) => TEMP_FILE.test(name));
  for (const name of stale) files.rmSync(join(dataDir, name), { force: true });
  return stale;
}
