import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

/** The one module that builds errors, and codegen's output (not the gateway's code). */
const ALLOWED = new Set(['src/gateway/errors.ts']);
const GENERATED = 'src/gateway/generated/';

/** Every `new GraphQLError` under src/, as path:line. */
function errorSites(): string[] {
  const sites: string[] = [];
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.[cm]?tsx?$/.test(entry.name)) continue;
    const path = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (ALLOWED.has(path) || path.startsWith(GENERATED)) continue;
    readFileSync(join(root, path), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (/\bnew\s+GraphQLError\b/.test(line)) sites.push(`${path}:${index + 1}`);
      });
  }
  return sites;
}

describe('where errors are built', () => {
  it('builds every GraphQLError in src/gateway/errors.ts, through its constructors', () => {
    expect(errorSites()).toEqual([]);
  });

  it('finds the source files it checks', () => {
    // A scan that read nothing would pass the test above whatever the code says.
    const scanned = readdirSync(src, { recursive: true }).filter((name) => String(name).endsWith('.ts'));
    expect(scanned.length).toBeGreaterThan(50);
    expect(readFileSync(join(root, 'src/gateway/errors.ts'), 'utf8')).toMatch(/new GraphQLError\(/);
  });
});
