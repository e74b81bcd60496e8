#!/usr/bin/env node
// Runs the pinned pnpm without needing it installed globally (corepack fails on these machines).
import { spawnSync } from 'node:child_process';
import { PNPM_VERSION } from './lib/tools.mjs';
const r = spawnSync('npx', ['-y', `pnpm@${PNPM_VERSION}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' },
});
process.exit(r.status ?? 1);
