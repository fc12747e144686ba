import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../scripts/build-if-stale.mjs';

let root: string;

/** Writes `path` under root with its modification time `ageSeconds` in the past. */
function file(path: string, ageSeconds: number): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, '');
  const when = new Date(Date.now() - ageSeconds * 1000);
  utimesSync(full, when, when);
}

describe(staleReason.name, () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'build-if-stale-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('asks for nothing where src/ is absent (a runtime image holds dist/ only)', () => {
    file('dist/main.js', 100);
    expect(staleReason(root)).toBeUndefined();
  });

  it('builds when dist/ has not been built', () => {
    file('src/main.ts', 100);
    expect(staleReason(root)).toBe('dist/ has not been built');
  });

  it('asks for nothing when every output is newer than its source', () => {
    file('src/main.ts', 100);
    file('src/gateway/server.ts', 100);
    file('tsconfig.build.json', 100);
    file('dist/main.js', 10);
    file('dist/gateway/server.js', 10);
    expect(staleReason(root)).toBeUndefined();
  });

  it('builds when one source is newer than its output', () => {
    file('src/main.ts', 100);
    file('src/gateway/server.ts', 5);
    file('dist/main.js', 10);
    file('dist/gateway/server.js', 10);
    expect(staleReason(root)).toBe('src/gateway/server.ts changed since the last build');
  });

  it('builds when a new source has no output yet', () => {
    file('src/main.ts', 100);
    file('src/shutdown.ts', 100);
    file('dist/main.js', 10);
    expect(staleReason(root)).toBe('dist/shutdown.js is missing');
  });

  it('builds when the compiler settings changed', () => {
    file('src/main.ts', 100);
    file('dist/main.js', 10);
    file('tsconfig.json', 5);
    expect(staleReason(root)).toBe('tsconfig.json changed since the last build');
  });

  it('ignores outputs whose source was deleted, and declaration files', () => {
    file('src/main.ts', 100);
    file('src/types.d.ts', 1);
    file('dist/main.js', 10);
    file('dist/removed.js', 1000);
    expect(staleReason(root)).toBeUndefined();
  });
});
