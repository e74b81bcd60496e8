// Shared helpers for the README commands. Plain Node only: these run before dependencies exist.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PNPM_VERSION = '10.34.9';
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const nodeEnv = () => ({ ...process.env, npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' });

/** Runs pnpm (pinned, via npx) synchronously in the repo root; throws on failure. */
export function pnpm(args, opts = {}) {
  const r = spawnSync('npx', ['-y', `pnpm@${PNPM_VERSION}`, ...args], {
    cwd: opts.cwd ?? ROOT, stdio: 'inherit', env: { ...nodeEnv(), ...(opts.env ?? {}) },
  });
  if (r.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed with exit code ${r.status}`);
}

export const tsxBin = () => path.join(ROOT, 'bff/node_modules/.bin/tsx');

/** Newest modification time of the files below `dir` (ignoring node_modules and dist). */
export function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Installs workspace dependencies when node_modules is missing or older than the lockfile/manifests. */
export function ensureDependencies() {
  const marker = path.join(ROOT, 'node_modules/.modules.yaml');
  const inputs = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', 'shared/package.json',
    'bff/package.json', 'miniapp/package.json', 'scripts/package.json'].map((f) => path.join(ROOT, f));
  const newest = Math.max(...inputs.filter(existsSync).map((f) => statSync(f).mtimeMs), newestMtime(path.join(ROOT, 'patches')));
  // better-sqlite3 must have been compiled, or the BFF fails at run time with "Could not locate the bindings file".
  const sqliteBuilt = existsSync(path.join(ROOT, 'bff/node_modules/better-sqlite3/build/Release/better_sqlite3.node'));
  if (existsSync(marker) && statSync(marker).mtimeMs >= newest && sqliteBuilt) return;
  console.log('› installing dependencies (the first run compiles better-sqlite3: about 2 minutes)…');
  pnpm(['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]);
}

/**
 * Builds the mini-program for `type` (h5 | weapp) when its output is missing or older than the sources.
 * Used by the README commands and by the browser tests' global setup alike.
 */
export function ensureBuilt(type, { force = false } = {}) {
  const stamp = path.join(ROOT, `miniapp/dist/${type}`, type === 'h5' ? 'index.html' : 'app.json');
  // What the bundle is made of: not e2e/ (its screenshots change on every test run).
  const inputs = ['miniapp/src', 'miniapp/config', 'miniapp/build-tools', 'miniapp/package.json', 'miniapp/project.config.json', 'miniapp/babel.config.cjs',
    'shared/src', 'pnpm-lock.yaml', 'patches'].map((p) => path.join(ROOT, p));
  const sources = Math.max(...inputs.map((p) => (existsSync(p) && statSync(p).isFile() ? statSync(p).mtimeMs : newestMtime(p))));
  if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return;
  console.log(`› building the mini-program for ${type}…`);
  // Always a production build, even when called from a test runner that set NODE_ENV=test.
  pnpm(['--filter', '@zsb/miniapp', `build:${type}`], { env: { NODE_ENV: 'production' } });
}

/** Finds Debian's Chromium, installing it with apt-get when missing (browser tests need it). */
export function ensureChromium() {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(exe)) return exe;
  console.log('› installing Chromium from Debian packages…');
  const asRoot = process.getuid?.() === 0;
  const run = (args) => {
    const [cmd, ...rest] = asRoot ? args : ['sudo', ...args];
    const r = spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
  };
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei']);
  return exe;
}

/** Spawns a long-running child with the project's environment. */
export function startChild(cmd, args, opts = {}) {
  return spawn(cmd, args, { cwd: opts.cwd ?? ROOT, stdio: 'inherit', env: { ...nodeEnv(), ...(opts.env ?? {}) } });
}

/** Polls a URL until it answers 2xx or the timeout passes. */
export async function waitForHttp(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}
