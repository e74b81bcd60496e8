// Runs the sandbox and the BFF in one child process for benchmarks; prints their URLs as one JSON line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSandbox } from '../../bff/sandbox/app';
import { buildApp } from '../../bff/src/app';
import { loadConfig } from '../../bff/src/config';
import { runSeeders } from '../../bff/src/db/seeders';

const dataDir = process.env.BENCH_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'zsb-bench-'));
const sandbox = await buildSandbox({ logger: false });
await sandbox.listen({ host: '127.0.0.1', port: 0 });
const sandboxUrl = `http://127.0.0.1:${(sandbox.server.address() as { port: number }).port}`;
const config = loadConfig({ ...process.env, SANDBOX_URL: sandboxUrl }, {
  logLevel: 'silent', port: 0, databaseFile: path.join(dataDir, 'zsb.db'), dataDir, schedulers: false,
  rateLimit: { max: 1_000_000_000 },
  // Benchmarks measure the handlers, not the limiter: one user writes far more than a person would.
  writeRateLimit: { enabled: false },
});
const app = await buildApp(config);
await runSeeders(app.database);
await app.listen({ host: '127.0.0.1', port: 0 });
const bffUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
console.log(JSON.stringify({ bffUrl, sandboxUrl, dataDir }));
// BENCH_CPU_PROFILE=<file>: SIGUSR2 starts the V8 profiler (after start-up and warm-up), exit writes the profile.
const profile = process.env.BENCH_CPU_PROFILE ? await cpuProfiler(process.env.BENCH_CPU_PROFILE) : undefined;
for (const sig of ['SIGTERM', 'SIGINT'] as const) process.on(sig, async () => { await profile?.stop(); await app.close(); await sandbox.close(); process.exit(0); });

async function cpuProfiler(file: string) {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  let started = false;
  process.on('SIGUSR2', () => {
    started = true;
    void session.post('Profiler.enable').then(() => session.post('Profiler.setSamplingInterval', { interval: 200 })).then(() => session.post('Profiler.start'));
  });
  return {
    async stop() {
      if (!started) return;
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
    },
  };
}
