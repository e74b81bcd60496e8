#!/usr/bin/env node
// `npm run seed`: apply migrations and seed ./data/zsb.db (npm start does this too).
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, ensureDependencies, tsxBin } from './lib/tools.mjs';

ensureDependencies();
const r = spawnSync(tsxBin(), [path.join(ROOT, 'bff/src/db/seed.ts')], { cwd: path.join(ROOT, 'bff'), stdio: 'inherit' });
process.exit(r.status ?? 1);
