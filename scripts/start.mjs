#!/usr/bin/env node
// `npm start`: install what is missing, build the H5 app, migrate and seed SQLite, then run the
// sandbox and the BFF (which serves the H5 app) until Ctrl-C.
import path from 'node:path';
import { ROOT, ensureDependencies, ensureBuilt, startChild, waitForHttp, tsxBin } from './lib/tools.mjs';
import { ensureDebianPackages } from './lib/servers.mjs';

ensureDependencies();
// The CJK font that PDFs (证明 results, reports) embed.
ensureDebianPackages(['fonts-wqy-microhei']);
ensureBuilt('h5');

const sandboxPort = process.env.SANDBOX_PORT ?? '4000';
const port = process.env.PORT ?? '3000';
const env = { SANDBOX_PORT: sandboxPort, PORT: port, SANDBOX_URL: process.env.SANDBOX_URL ?? `http://127.0.0.1:${sandboxPort}` };

const seed = startChild(tsxBin(), [path.join(ROOT, 'bff/src/db/seed.ts')], { env, cwd: path.join(ROOT, 'bff') });
const seedCode = await new Promise((r) => seed.on('exit', r));
if (seedCode !== 0) process.exit(seedCode ?? 1);

const children = [];
let stopping = false;
const stopAll = (code = 0) => {
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300);
};
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const sandbox = startChild(tsxBin(), [path.join(ROOT, 'bff/sandbox/server.ts')], { env, cwd: path.join(ROOT, 'bff') });
children.push(sandbox);
await waitForHttp(`http://127.0.0.1:${sandboxPort}/health`, 30_000);

const bff = startChild(tsxBin(), [path.join(ROOT, 'bff/src/server.ts')], { env: { ...env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }, cwd: path.join(ROOT, 'bff') });
children.push(bff);
for (const c of children) {
  c.on('exit', (code) => {
    if (stopping) return;
    console.error(`a service stopped unexpectedly (exit ${code}); stopping the rest`);
    stopAll(code || 1);
  });
}
await waitForHttp(`http://127.0.0.1:${port}/api/health`, 30_000);

console.log(`
  掌上办 is running
  ➜ App (H5):      http://localhost:${port}/
  ➜ API docs:      http://localhost:${port}/docs
  ➜ Sandbox:       http://localhost:${sandboxPort}/  (emulated government systems)
  Press Ctrl-C to stop.
`);
