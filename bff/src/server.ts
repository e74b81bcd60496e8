import cluster from 'node:cluster';
import { databaseTarget, loadConfig, type AppConfig } from './config';
import { buildApp } from './app';
import { openDatabase } from './platform/db';

// Listen and close gracefully; everything else lives in buildApp. A bad setting or an unreachable
// database stops start-up with one line that names the variable, not a stack trace.
// WORKERS > 1: this process only migrates and then keeps that many worker processes (one per core)
// listening on the same port; Node's cluster hands each new connection to the next worker.
let config: AppConfig;
try {
  config = loadConfig();
  if (cluster.isPrimary && config.workers > 1) await runPrimary(config);
  else await runServer(config);
} catch (error) {
  console.error(`掌上办 BFF did not start: ${(error as Error).message}`);
  process.exit(1);
}

async function runServer(config: AppConfig) {
  const app = await buildApp(config);
  await app.listen({ host: config.host, port: config.port });
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'closing');
      await app.close();
      process.exit(0);
    });
  }
}

async function runPrimary(config: AppConfig) {
  // Migrate once here, so workers never race each other over the schema.
  if (config.migrateOnStart) await (await openDatabase(databaseTarget(config), { migrate: true })).close();
  let closing = false;
  const startedAt = new Map<number, number>();
  const fork = () => { const w = cluster.fork({ MIGRATE_ON_START: 'false' }); startedAt.set(w.id, Date.now()); };
  for (let i = 0; i < config.workers; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (closing) return;
    // A worker that dies while starting would die again (a bad setting, no database): stop instead of looping.
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000 && code !== 0) {
      console.error(`掌上办 BFF worker ${worker.process.pid} failed while starting (exit ${code}); stopping`);
      closing = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      process.exit(1);
    }
    console.error(`掌上办 BFF worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      const workers = Object.values(cluster.workers ?? {});
      let left = workers.length;
      if (left === 0) process.exit(0);
      for (const w of workers) {
        w?.once('exit', () => { if (--left === 0) process.exit(0); });
        w?.process.kill(signal);
      }
    });
  }
}
