#!/usr/bin/env node
/**
 * Runs before `npm start`, `npm run emulator` and `npm run apikey`: builds
 * dist/ when it is missing or older than src/, so that `npm ci && npm start`
 * works on a fresh clone, and does nothing where src/ is absent (a runtime
 * image holds only dist/). Its output goes to stderr: `npm run -s apikey`
 * prints a key on stdout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files whose change changes every output: a newer one rebuilds. */
const BUILD_SETTINGS = ['tsconfig.json', 'tsconfig.build.json'];

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/**
 * Why `root`'s dist/ needs a build, or undefined when it does not. Each
 * source is compared with its own output, so a file deleted from src/ (its
 * old output left behind) does not make every start rebuild.
 */
export function staleReason(root) {
  const src = join(root, 'src');
  const dist = join(root, 'dist');
  if (!existsSync(src)) return undefined;
  const entry = join(dist, 'main.js');
  if (!existsSync(entry)) return 'dist/ has not been built';
  const builtAt = statSync(entry).mtimeMs;
  for (const name of BUILD_SETTINGS) {
    const path = join(root, name);
    if (existsSync(path) && statSync(path).mtimeMs > builtAt) return `${name} changed since the last build`;
  }
  for (const source of sources(src)) {
    const output = join(dist, relative(src, source)).replace(/\.ts$/, '.js');
    if (!existsSync(output)) return `${relative(root, output)} is missing`;
    if (statSync(source).mtimeMs > statSync(output).mtimeMs) return `${relative(root, source)} changed since the last build`;
  }
  return undefined;
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const reason = staleReason(root);
  if (reason === undefined) return 0;
  if (!existsSync(join(root, 'node_modules', 'typescript'))) {
    console.error(`Cannot build: ${reason}, and TypeScript (a dev dependency) is not installed. Run \`npm ci\` (with dev dependencies) and \`npm run build\`.`);
    return 1;
  }
  console.error(`Building (${reason}) ...`);
  // npm_execpath is the npm that runs this script; `npm run build` stays the one definition of a build.
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', '-s', 'build']] : ['npm', ['run', '-s', 'build']];
  const build = spawnSync(command, args, { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) {
    console.error('The build failed; see the errors above.');
    return 1;
  }
  return 0;
}

// Run as a script, not imported (the tests import staleReason).
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
