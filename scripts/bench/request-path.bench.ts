// The signed-in request path as production runs it (issue 13): the compiled server (bff/dist/server.js,
// `npm run build` in bff) against a bare Fastify hello-world in the same run, for the reads people make
// most — the cached wallet, the newest message, catalog search with rotating queries, a clerk's queue
// of 5,000 cases — then the same build started through tsx (development), and one process against two
// (WORKERS=2, Node cluster; both with Redis, which several processes need).
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain .mjs helper shared with the README commands
import { freePort, startRedis } from '../lib/servers.mjs';
import { ROOT, fmt, load, loadWithCpu, loginAt, runBffScript, spawnJson, startProcess, stopProcess, type BenchSection } from './lib';
import { QUERIES } from './search.bench';
import { sampleFormData } from '../../bff/src/features/cases/cases.test-support';

const QUEUE_CASES = 5_000;
const ITEM = 'GJJ-0012'; // 住房公积金缴存证明开具: lands in the housing-fund clerk's queue
const SECONDS = 6;
const CONNECTIONS = 20;

const ROUNDS = 3;

interface Row { path: string; rps: number; p99: number; non2xx: number; hello: number; cpuUs: number; helloCpuUs: number; answered: number }

export async function run(): Promise<BenchSection[]> {
  execFileSync(process.execPath, ['build.mjs'], { cwd: path.join(ROOT, 'bff'), stdio: 'ignore' });
  const hello = await spawnJson<{ url: string }>(path.join(ROOT, 'scripts/bench/hello.ts'));
  const sandboxPort = await freePort();
  const sandbox = await startProcess(path.join(ROOT, 'bff/sandbox/server.ts'), { SANDBOX_PORT: String(sandboxPort) }, `http://127.0.0.1:${sandboxPort}/health`);
  const redis = await startRedis();
  const tmp = mkdtempSync(path.join(tmpdir(), 'zsb-request-path-'));
  const dbFile = path.join(tmp, 'zsb.db');
  const common = {
    SANDBOX_URL: `http://127.0.0.1:${sandboxPort}`, DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'warn',
    WRITE_RATE_LIMIT_ENABLED: 'false', RATING_LIMITS_ENABLED: 'false', SCHEDULERS: 'false', STATIC_DIR: '/nonexistent',
  };
  runBffScript(path.join(ROOT, 'bff/src/db/seed.ts'), common);
  // The machine is shared: a neighbour's burst can halve any one measurement. Each path is measured in
  // ROUNDS rounds, each right after a hello-world measurement; the best of each is compared (the
  // least-disturbed run of both), and the server's CPU time per answer gives a second, steadier view.
  const helloOnce = () => loadWithCpu(hello.child.pid!, { url: hello.info.url, seconds: SECONDS, connections: CONNECTIONS });
  await load({ url: hello.info.url, seconds: 3, connections: CONNECTIONS });
  const paired = async (serverPid: number, p: string, url: string, headers: Record<string, string>, requests?: Parameters<typeof load>[0]['requests']): Promise<Row> => {
    const row: Row = { path: p, rps: 0, p99: 0, non2xx: 0, hello: 0, cpuUs: Infinity, helloCpuUs: Infinity, answered: 0 };
    row.answered += (await load({ url, seconds: 2, connections: CONNECTIONS, headers, requests })).total;
    for (let i = 0; i < ROUNDS; i++) {
      const h = await helloOnce();
      const r = await loadWithCpu(serverPid, { url, seconds: SECONDS, connections: CONNECTIONS, headers, requests });
      row.hello = Math.max(row.hello, h.rps);
      row.helloCpuUs = Math.min(row.helloCpuUs, h.cpuPerAnswerUs);
      if (r.rps > row.rps) Object.assign(row, { rps: r.rps, p99: r.p99 });
      row.non2xx += r.non2xx;
      row.answered += r.total;
      row.cpuUs = Math.min(row.cpuUs, r.cpuPerAnswerUs);
    }
    return row;
  };

  const start = async (entry: string, env: Record<string, string> = {}) => {
    const port = await freePort();
    const child = await startProcess(entry, { ...common, PORT: String(port), ...env }, `http://127.0.0.1:${port}/api/health`);
    return { url: `http://127.0.0.1:${port}`, child };
  };
  const compiled = path.join(ROOT, 'bff/dist/server.js');
  const withRedis = (workers: number) => ({ REDIS_URL: redis.url, REDIS_PREFIX: `w${workers}:`, WORKERS: String(workers) });
  const measure = (url: string, headers: Record<string, string>) => load({ url, seconds: SECONDS, connections: CONNECTIONS, headers });
  const main: Row[] = [];
  let auditCheck = { rows: 0, reads: 0 };
  const starts: (string | number)[][] = [];
  const cores: (string | number)[][] = [];
  let children: ChildProcess[] = [];
  try {
    // 1. The production build, one process, SQLite.
    {
      const s = await start(compiled);
      children.push(s.child);
      const pid = s.child.pid!;
      const auth = await loginAt(s.url, 'r001');
      const clerk = await loginAt(s.url, 'staff-gjj');
      await submitCases(s.url, auth, QUEUE_CASES);
      main.push(await paired(pid, 'GET /api/v1/wallet (cached list, audited)', `${s.url}/api/v1/wallet`, auth));
      main.push(await paired(pid, 'GET /api/v1/messages?limit=1', `${s.url}/api/v1/messages?limit=1`, auth));
      let n = 0;
      main.push(await paired(pid, `GET /api/v1/services?q= (${QUERIES.length} rotating queries)`, `${s.url}/api/v1/services`, auth, [{
        method: 'GET', setupRequest: (req) => ({ ...req, path: `/api/v1/services?q=${encodeURIComponent(QUERIES[n++ % QUERIES.length]!)}` }),
      }]));
      const total = (await fetch(`${s.url}/api/v1/staff/cases?limit=1`, { headers: clerk }).then((r) => r.json())).total as number;
      main.push(await paired(pid, `GET /api/v1/staff/cases (queue of ${total} cases)`, `${s.url}/api/v1/staff/cases?limit=20`, clerk));
      await stopProcess(s.child);
      children = [];
      auditCheck = { reads: main[0]!.answered, rows: countWalletAuditRows(dbFile) };
    }
    // 2. Compiled against tsx, one process each.
    for (const [name, entry] of [['compiled: node bff/dist/server.js', compiled], ['development: node --import tsx src/server.ts', path.join(ROOT, 'bff/src/server.ts')]] as const) {
      const s = await start(entry);
      children.push(s.child);
      const auth = await loginAt(s.url, 'r001');
      await load({ url: `${s.url}/api/v1/wallet`, seconds: 2, connections: CONNECTIONS, headers: auth });
      const w = await measure(`${s.url}/api/v1/wallet`, auth);
      const m = await measure(`${s.url}/api/v1/messages?limit=1`, auth);
      starts.push([name, w.rps, m.rps]);
      await stopProcess(s.child);
      children = [];
    }
    // 3. One process against one per core (both with Redis).
    for (const workers of [1, 2]) {
      const s = await start(compiled, withRedis(workers));
      children.push(s.child);
      const auth = await loginAt(s.url, 'r001');
      await load({ url: `${s.url}/api/v1/wallet`, seconds: 2, connections: CONNECTIONS, headers: auth });
      const w = await measure(`${s.url}/api/v1/wallet`, auth);
      const m = await measure(`${s.url}/api/v1/messages?limit=1`, auth);
      cores.push([`${workers} process${workers > 1 ? 'es' : ''} (WORKERS=${workers})`, w.rps, w.p99, m.rps, m.p99]);
      await stopProcess(s.child);
      children = [];
    }
  } finally {
    for (const c of children) await stopProcess(c);
    await stopProcess(sandbox);
    hello.child.kill('SIGTERM');
    await redis.stop();
    rmSync(tmp, { recursive: true, force: true });
  }

  const targets: Record<string, number> = { wallet: 25, messages: 35, services: 15, staff: 10 };
  const targetOf = (p: string) => Object.entries(targets).find(([k]) => p.includes(`/${k}`))?.[1];
  return [{
    title: 'Signed-in request path, production build, vs bare Fastify hello-world',
    description: `autocannon, ${CONNECTIONS} connections, against \`node bff/dist/server.js\` (one process, SQLite, LOG_LEVEL=warn) ` +
      `with the sandbox in its own process. Each path is measured ${ROUNDS} times for ${SECONDS} s, each time right after a bare Fastify ` +
      'hello-world; the best of each is compared, because a neighbour on this shared machine can halve any single run. The CPU ' +
      'columns are the server process\'s CPU time per answer (from /proc), the steadier view of the same cost. Every answer is written ' +
      'by the serializer compiled from its zod contract; the wallet read writes its audit row before answering. The queue holds ' +
      `${QUEUE_CASES} cases submitted over HTTP before the run.`,
    columns: ['request', 'req/s', 'p99 ms', 'non-2xx', 'hello-world req/s', 'share of hello-world', 'target', 'CPU µs per answer', 'hello-world CPU µs'],
    rows: main.map((r) => {
      const t = targetOf(r.path);
      const share = (r.rps / r.hello) * 100;
      return [r.path, r.rps, r.p99, r.non2xx, r.hello, `${fmt(share)}%`, t ? `≥ ${t}% ${share >= t ? '✓' : '✗'}` : '—', fmt(r.cpuUs), fmt(r.helloCpuUs)];
    }),
    notes: [`Audit rows written during the wallet measurements: ${auditCheck.rows} for ${auditCheck.reads} wallet reads answered 200 (every read on record).`],
  }, {
    title: 'Compiled JavaScript against TypeScript through tsx',
    description: 'The same server, one process each, same database: the production start (`npm run build` then `node bff/dist/server.js`) and the development start (tsx compiling on load).',
    columns: ['start', 'wallet req/s', 'messages?limit=1 req/s'],
    rows: starts,
  }, {
    title: 'One process against one per core (WORKERS, Node cluster), SQLite in WAL mode',
    description: 'The compiled server with Redis (several processes need it for limits, caches and revocations), one worker and then two sharing the port; the load generator, the sandbox and Redis run on the same 2 cores.',
    columns: ['processes', 'wallet req/s', 'wallet p99 ms', 'messages req/s', 'messages p99 ms'],
    rows: cores,
  }];
}

/** The wallet reads on record in the audit log (the guarantee the lean path must keep). */
function countWalletAuditRows(dbFile: string): number {
  const Sqlite = createRequire(path.join(ROOT, 'bff/package.json'))('better-sqlite3') as new (f: string, o: object) => { prepare(q: string): { pluck(): { get(): number } }; close(): void };
  const db = new Sqlite(dbFile, { readonly: true });
  try {
    return db.prepare("select count(*) from audit_events where action = 'wallet.list' and purpose = 'holder views wallet'").pluck().get();
  } finally {
    db.close();
  }
}

/** Fills the housing-fund queue with `count` submissions (each its own Idempotency-Key). */
export async function submitCases(url: string, auth: Record<string, string>, count: number) {
  const guide = await fetch(`${url}/api/v1/services/${ITEM}`, { headers: auth }).then((r) => r.json());
  const body = JSON.stringify({ itemCode: ITEM, form: sampleFormData(guide.form), materials: [] });
  let n = 0;
  const r = await load({
    url: `${url}/api/v1/cases`, seconds: 600, connections: 10, method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body,
    amount: count,
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': `queue-${process.pid}-${++n}` } }) }],
  });
  if (r.total < count) throw new Error(`only ${r.total} of ${count} cases were accepted`);
}
