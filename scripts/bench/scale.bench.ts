// Scale-out: the same ratings and wallet loads on SQLite (one instance), on PostgreSQL + Redis with one
// instance, and with two instances behind nginx — each next to a bare Fastify hello-world measured in
// the same run. Every BFF runs from the real server entry, in its own process.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
// @ts-expect-error plain .mjs helper shared with the README commands
import { freePort, startNginx, startPostgres, startRedis } from '../lib/servers.mjs';
import { HALLS } from '../../bff/src/features/halls/halls.data';
import { ROOT, fmt, load, loginAt, spawnJson, startProcess, stopProcess as stop, type BenchSection, type LoadResult } from './lib';

const WINDOWS = HALLS.flatMap((h) => h.windows.map((w) => ({ windowId: w.id, dept: w.departmentCode })));
const ratingBody = (i: number) => {
  const w = WINDOWS[i % WINDOWS.length]!;
  const overall = 1 + (i % 5);
  return JSON.stringify({ channel: 'window', windowId: w.windowId, itemCode: `${w.dept.toUpperCase()}-0001`, overall,
    indicators: { serviceEfficiency: overall, serviceLevel: overall, serviceAttitude: overall } });
};

interface Setup { name: string; url: string; count(): Promise<number>; stop(): Promise<void> }

export async function run(): Promise<BenchSection> {
  const hello = await spawnJson<{ url: string }>(path.join(ROOT, 'scripts/bench/hello.ts'));
  const sandboxPort = await freePort();
  const sandbox = await startProcess(path.join(ROOT, 'bff/sandbox/server.ts'), { SANDBOX_PORT: String(sandboxPort) }, `http://127.0.0.1:${sandboxPort}/health`);
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const common = { SANDBOX_URL: sandboxUrl, LOG_LEVEL: 'warn', RATING_LIMITS_ENABLED: 'false', WRITE_RATE_LIMIT_ENABLED: 'false', SCHEDULERS: 'false', STATIC_DIR: '/nonexistent' };
  const pgServer = await startPostgres();
  const redis = await startRedis();
  const rows: (string | number)[][] = [];
  const tmp = mkdtempSync(path.join(tmpdir(), 'zsb-scale-bench-'));
  let baseline: LoadResult | undefined;

  const setups: (() => Promise<Setup>)[] = [
    async () => {
      const port = await freePort();
      const file = path.join(tmp, 'zsb.db');
      const bff = await startProcess(path.join(ROOT, 'bff/src/server.ts'), { ...common, PORT: String(port), DATABASE_URL: `file:${file}` }, `http://127.0.0.1:${port}/api/health`);
      const { SqliteDatabase } = await import('../../bff/src/platform/db');
      return {
        name: 'SQLite, 1 instance', url: `http://127.0.0.1:${port}`,
        async count() {
          const db = SqliteDatabase.open(file, { migrate: false });
          try { return (db.sqlite.prepare('select count(*) as n from ratings').get() as { n: number }).n; } finally { await db.close(); }
        },
        stop: () => stop(bff),
      };
    },
    ...[1, 2].map((n) => async (): Promise<Setup> => {
      const dbName = `zsb_bench_${n}`;
      pgServer.psql(`CREATE DATABASE ${dbName}`);
      const url = pgServer.urlFor(dbName);
      const ports: number[] = [];
      const children: ChildProcess[] = [];
      for (let i = 0; i < n; i++) {
        const port = await freePort();
        ports.push(port);
        children.push(await startProcess(path.join(ROOT, 'bff/src/server.ts'), {
          ...common, PORT: String(port), DATABASE_URL: url, REDIS_URL: redis.url, REDIS_PREFIX: `${dbName}:`, INSTANCES: String(n),
        }, `http://127.0.0.1:${port}/api/health`));
      }
      const nginx = n > 1 ? await startNginx(ports.map((p) => `127.0.0.1:${p}`)) : undefined;
      return {
        name: n > 1 ? `PostgreSQL + Redis, ${n} instances behind nginx` : 'PostgreSQL + Redis, 1 instance',
        url: nginx?.url ?? `http://127.0.0.1:${ports[0]}`,
        async count() {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          try { return (await c.query('select count(*)::int as n from ratings')).rows[0].n; } finally { await c.end(); }
        },
        async stop() {
          await nginx?.stop();
          for (const c of children) await stop(c);
        },
      };
    }),
  ];

  try {
    for (const make of setups) {
      // The baseline again before each setup: the machine's mood changes within a run too.
      baseline = await load({ url: hello.info.url, seconds: 5, connections: 20 });
      const s = await make();
      try {
        const auth = await loginAt(s.url, 'r001');
        await load({ url: `${s.url}/api/v1/wallet`, seconds: 1, connections: 4, headers: auth });
        const wallet = await load({ url: `${s.url}/api/v1/wallet`, seconds: 6, connections: 20, headers: auth });
        const before = await s.count();
        const requests = Array.from({ length: 200 }, (_, i) => ({ method: 'POST' as const, body: ratingBody(i) }));
        const ratings = await load({ url: `${s.url}/api/v1/ratings`, seconds: 6, connections: 20, headers: { 'content-type': 'application/json' }, requests });
        const stored = (await s.count()) - before;
        const share = (r: LoadResult) => `${fmt((r.rps / baseline!.rps) * 100)}%`;
        rows.push([s.name, baseline.rps, wallet.rps, share(wallet), wallet.p99, ratings.rps, share(ratings), ratings.p99, `${stored} / ${ratings.total}`]);
      } finally {
        await s.stop();
      }
    }
  } finally {
    await stop(sandbox);
    hello.child.kill('SIGTERM');
    await redis.stop();
    pgServer.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  return {
    title: 'Scale-out: SQLite, PostgreSQL + Redis with one instance, and two instances behind nginx',
    description: 'autocannon, 20 connections, 6 s per load, against BFF processes started from `bff/src/server.ts` (the real entry), the sandbox in its own process, PostgreSQL 15 and Redis 7 from Debian on the same 2-core machine. Wallet = `GET /api/v1/wallet` (cached certificate list, audited); ratings = anonymous window ratings `POST /api/v1/ratings` (limits off). A bare Fastify hello-world is measured just before each setup; "share" is the route\'s req/s as a share of it. Rows stored are counted in the database afterwards: never fewer than the 2xx answers (every acknowledged rating is stored); a few more when requests were still in flight as autocannon stopped counting.',
    columns: ['setup', 'hello-world req/s', 'wallet req/s', 'wallet share', 'wallet p99 ms', 'ratings req/s', 'ratings share', 'ratings p99 ms', 'ratings stored / 2xx'],
    rows,
    notes: ['Two instances on a 2-core machine compete with PostgreSQL, Redis, nginx, the sandbox and the load generator for the same cores: the row shows the shared path works under load, not how a real multi-machine deployment scales.'],
  };
}
