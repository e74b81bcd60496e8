#!/usr/bin/env node
// `npm test`: install what a fresh machine lacks (dependencies, Debian's Chromium, PostgreSQL, Redis
// and nginx), build the mini-program for H5 and weapp, then run every test suite: shared rules, BFF
// integration (real sandbox) on SQLite and again on PostgreSQL + Redis, the multi-instance and
// fault tests (two BFF processes behind nginx), and browser end-to-end tests against the H5 build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, ensureDependencies, ensureBuilt, ensureChromium } from './lib/tools.mjs';
import { ensureDebianPackages } from './lib/servers.mjs';

ensureDependencies();
const chromium = ensureChromium();
// The BFF suites start their own throwaway servers from these; PDFs embed the CJK font of fonts-wqy-microhei;
// zbar-tools (zbarimg) reads QR screenshots in e2e/qr-codes.
ensureDebianPackages(['postgresql', 'redis-server', 'nginx-light', 'fonts-wqy-microhei', 'zbar-tools']);
ensureBuilt('h5');
ensureBuilt('weapp');

const suites = [
  { name: 'shared', dir: 'shared' },
  { name: 'bff', dir: 'bff' },
  // The same integration suite, on PostgreSQL + Redis started for it.
  { name: 'bff-postgres', dir: 'bff', env: { ZSB_TEST_ENGINE: 'postgres' } },
  // Two BFF processes behind nginx on PostgreSQL + Redis: shared limits, caches, sweeps, faults.
  { name: 'bff-scale', dir: 'bff', config: 'vitest.scale.config.ts', env: { ZSB_TEST_ENGINE: 'postgres' } },
  { name: 'miniapp', dir: 'miniapp' },
];
const only = process.argv.slice(2);
const outDir = mkdtempSync(path.join(tmpdir(), 'zsb-test-results-'));
let passed = 0, failed = 0, skipped = 0, broken = false;

for (const s of suites) {
  if (only.length && !only.includes(s.name)) continue;
  const dir = path.join(ROOT, s.dir);
  const configFile = s.config ?? 'vitest.config.ts';
  if (!existsSync(path.join(dir, configFile))) continue;
  console.log(`\n━━ ${s.name} tests ━━`);
  const json = path.join(outDir, `${s.name}.json`);
  const r = spawnSync(path.join(dir, 'node_modules/.bin/vitest'),
    ['run', '--config', configFile, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], {
      cwd: dir, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium, ...(s.env ?? {}) },
    });
  if (existsSync(json)) {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    if (report.numTotalTests === 0) broken = true;
  } else {
    broken = true;
  }
  if (r.status !== 0) broken = true;
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || broken ? 1 : 0);
