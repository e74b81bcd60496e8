// Shared helpers for the README commands. Plain Node only: these run before dependencies exist.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PNPM_VERSION = '10.34.9';
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const nodeEnv = () => ({ ...process.env, npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' });

/** Runs pnpm (pinned, via npx) synchronously in the repo root; throws on failure. */
export function pnpm(args, opts = {}) {
  const r = spawnSync('npx', ['-y', `pnpm@${PNPM_VERSION}`, ...args], {
    cwd: ROOT, stdio: 'inherit', env: { ...nodeEnv(), ...(opts.env ?? {}) },
  });
  if (r.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed with exit code ${r.status}`);
}

/** Installs workspace dependencies when node_modules is missing or older than the lockfile/manifests. */
export function ensureDependencies() {
  const marker = path.join(ROOT, 'node_modules/.modules.yaml');
  const inputs = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', 'shared/package.json',
    'bff/package.json', 'miniapp/package.json', 'scripts/package.json'].map((f) => path.join(ROOT, f));
  const newest = Math.max(...inputs.filter(existsSync).map((f) => statSync(f).mtimeMs));
  // better-sqlite3 must have been compiled, or the BFF fails at run time with "Could not locate the bindings file".
  const sqliteBuilt = existsSync(path.join(ROOT, 'bff/node_modules/better-sqlite3/build/Release/better_sqlite3.node'));
  if (existsSync(marker) && statSync(marker).mtimeMs >= newest && sqliteBuilt) return;
  console.log('› installing dependencies (first run compiles better-sqlite3, about 2 minutes)…');
  const frozen = existsSync(path.join(ROOT, 'pnpm-lock.yaml')) && process.env.CI ? ['--frozen-lockfile'] : [];
  pnpm(['install', ...frozen]);
}

/** Finds Debian's Chromium, installing it with apt-get when missing (browser tests need it). */
export function ensureChromium() {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(exe)) return exe;
  console.log('› installing Chromium from Debian packages…');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => {
    const r = spawnSync(sudo.length ? 'sudo' : args[0], sudo.length ? args : args.slice(1), {
      stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
  };
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei']);
  return exe;
}

/** Spawns a long-running child that dies with us. */
export function startChild(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...nodeEnv(), ...(opts.env ?? {}) }, ...opts });
  return child;
}

export function readJson(file) { return JSON.parse(readFileSync(file, 'utf8')); }
