#!/usr/bin/env node
// Runs the pinned pnpm without needing it installed globally (corepack fails on these machines).
import { pnpm } from './lib/tools.mjs';
try {
  pnpm(process.argv.slice(2), { cwd: process.cwd() });
} catch {
  process.exit(1);
}
