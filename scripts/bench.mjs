#!/usr/bin/env node
// `npm run bench`: make sure dependencies and builds exist, then run the benchmark suite.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, ensureDependencies, ensureBuilt, tsxBin } from './lib/tools.mjs';

ensureDependencies();
ensureBuilt('h5');
ensureBuilt('weapp');
const r = spawnSync(tsxBin(), [path.join(ROOT, 'scripts/bench/index.ts'), ...process.argv.slice(2)], { cwd: path.join(ROOT, 'scripts'), stdio: 'inherit' });
process.exit(r.status ?? 1);
