// 好差评: ratings accepted per second over HTTP, each one durably stored (rows in SQLite = 2xx answers),
// next to a bare Fastify hello-world measured in the same run; and the public-results query p99 with
// 1,000,000 ratings in the database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { SqliteDatabase } from '../../bff/src/platform/db';
import { ratingAggregates } from '../../bff/src/features/ratings/ratings.table';
import { HALLS } from '../../bff/src/features/halls/halls.data';
import { WINDOW_INDICATORS, ratingMonth, monthsEndingWith } from '@zsb/shared/domain/rating';
import { COUNTER_FIELDS, applyRating, type AggregateTable, type RatingFacts } from '@zsb/shared/domain/rating-stats';
import { ROOT, fmt, load, percentile, spawnJson, startServers, type BenchSection } from './lib';

const WINDOWS = HALLS.flatMap((h) => h.windows.map((w) => ({ windowId: w.id, hallId: h.id, region: h.region, dept: w.departmentCode })));

const body = (i: number, overall: number) => {
  const w = WINDOWS[i % WINDOWS.length]!;
  return JSON.stringify({
    channel: 'window', windowId: w.windowId, itemCode: `${w.dept.toUpperCase()}-000${1 + (i % 3)}`, overall,
    indicators: { serviceEfficiency: overall, serviceLevel: 1 + ((i + overall) % 5), serviceAttitude: overall },
    ...(i % 4 === 0 ? { comment: `第${i}号窗口评价：办理顺利` } : {}),
  });
};

const countRatings = (dataDir: string) => {
  const { sqlite } = SqliteDatabase.open(path.join(dataDir, 'zsb.db'));
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM ratings').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
};

async function acceptRate(): Promise<BenchSection> {
  const hello = await spawnJson<{ url: string }>(path.join(ROOT, 'scripts/bench/hello.ts'));
  const s = await startServers({ RATING_LIMITS_ENABLED: 'false' });
  const dataDir = (s as unknown as { dataDir: string }).dataDir;
  try {
    const base = await load({ url: hello.info.url, seconds: 6, connections: 20 });
    // Anonymous QR ratings of every star, spread over all windows (no work orders: those need a real name).
    const requests = Array.from({ length: 200 }, (_, i) => ({ method: 'POST' as const, body: body(i, 1 + (i % 5)) }));
    const N = 24_000;
    const before = countRatings(dataDir);
    const t0 = performance.now();
    const r = await autocannon({
      url: `${s.bffUrl}/api/v1/ratings`, connections: 20, amount: N, headers: { 'content-type': 'application/json' }, requests,
    });
    const seconds = (performance.now() - t0) / 1000;
    const stored = countRatings(dataDir) - before;
    const ok = r['2xx'];
    const perSecond = ok / seconds;
    return {
      title: 'Ratings accepted per second (POST /api/v1/ratings) vs bare Fastify hello-world',
      description: `autocannon, 20 connections, ${N.toLocaleString('en')} window ratings (anonymous, 1–5 stars, a quarter with comments, all windows) against the BFF in a separate process with rating limits switched off. Each accepted rating is one SQLite transaction: the rating row and its 7 aggregate rows. Afterwards the ratings table is counted.`,
      columns: ['server', 'req/s', 'p50 ms', 'p99 ms', '2xx', 'non-2xx', 'rows stored', 'share of hello-world'],
      rows: [
        ['bare Fastify hello-world', base.rps, base.p50, base.p99, base.total, base.non2xx, '—', '100%'],
        ['POST /api/v1/ratings', Math.round(perSecond), r.latency.p50, r.latency.p99, ok, r.non2xx, stored, `${fmt((perSecond / base.rps) * 100)}%`],
      ],
      notes: [
        `Target ≥ 2,000 ratings/s with every accepted rating stored. Measured ${Math.round(perSecond)}/s; rows stored ${stored === ok ? 'equal' : 'DO NOT equal'} 2xx answers (${stored} vs ${ok}).`,
      ],
    };
  } finally {
    await s.stop();
    hello.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Writes `n` ratings spread over 12 months with their aggregates, straight into SQLite in one transaction. */
function populate(file: string, n: number): number {
  // A million rows are loaded straight through better-sqlite3: fixture setup, not the path measured.
  const { sqlite } = SqliteDatabase.open(file);
  const t0 = performance.now();
  const months = monthsEndingWith(ratingMonth(new Date()), 12);
  const insert = sqlite.prepare(`INSERT INTO ratings (id, user_id, rater_name_masked, real_name, origin, channel, item_code, window_id, hall_id,
    case_id, department_code, region, month, overall, indicators, comment, tags, comment_key, device_hash, ip_hash, flags, review, status,
    work_order_id, created_at, updated_at) VALUES (?, NULL, NULL, 0, 'rated', 'window', ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, '[]', NULL, NULL, NULL, '[]', 'none', 'active', NULL, ?, ?)`);
  const table: AggregateTable = new Map();
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  sqlite.transaction(() => {
    for (let i = 0; i < n; i++) {
      const w = WINDOWS[Math.floor(rnd() * WINDOWS.length)]!;
      const monthIdx = Math.min(11, Math.floor(rnd() * 12));
      const month = months[monthIdx]!;
      const at = new Date(Date.parse(`${month}-01T00:00:00Z`) + Math.floor(rnd() * 27 * 86_400_000)).toISOString();
      const overall = rnd() < 0.8 ? 4 + Math.floor(rnd() * 2) : 1 + Math.floor(rnd() * 3);
      const indicators = Object.fromEntries(WINDOW_INDICATORS.map((k) => [k, Math.max(1, Math.min(5, overall + Math.floor(rnd() * 3) - 1))]));
      const itemCode = `${w.dept.toUpperCase()}-000${1 + Math.floor(rnd() * 3)}`;
      const comment = rnd() < 0.1 ? `批量评价 ${i}` : null;
      insert.run(`bench-${i}`, itemCode, w.windowId, w.hallId, w.dept, w.region, month, overall, JSON.stringify(indicators), comment, at, at);
      const facts: RatingFacts = { overall, indicators, itemCode, windowId: w.windowId, hallId: w.hallId, departmentCode: w.dept, region: w.region, month, origin: 'rated' };
      applyRating(table, facts, 1);
    }
    const aggregates = sqlite.prepare(`INSERT INTO rating_aggregates (scope, scope_key, month, origin, ${COUNTER_FIELDS.map((f) => ratingAggregates[f].name).join(', ')})
      VALUES (?, ?, ?, ?, ${COUNTER_FIELDS.map(() => '?').join(', ')})`);
    for (const { key, counters } of table.values()) aggregates.run(key.scope, key.scopeKey, key.month, key.origin, ...COUNTER_FIELDS.map((f) => counters[f]));
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  return (performance.now() - t0) / 1000;
}

async function statsLatency(): Promise<BenchSection> {
  const N = 1_000_000;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'zsb-bench-ratings-'));
  const fillSeconds = populate(path.join(dataDir, 'zsb.db'), N);
  const s = await startServers({ BENCH_DATA_DIR: dataDir });
  try {
    const hall = HALLS[3]!;
    const w = hall.windows[4]!;
    const queries: [string, string][] = [
      ['whole city', ''],
      ['window', `windowId=${w.id}`],
      ['hall', `hallId=${hall.id}`],
      ['department', `department=${w.departmentCode}`],
      ['district', `region=${hall.region}`],
      ['department in district', `department=${w.departmentCode}&region=${hall.region}`],
      ['item', `itemCode=${w.departmentCode.toUpperCase()}-0001`],
    ];
    const whole = await fetch(`${s.bffUrl}/api/v1/ratings/stats`).then((r) => r.json());
    if (whole.summary.count !== N) throw new Error(`expected ${N} ratings in the whole-city stats, got ${whole.summary.count}`);
    const rows: (string | number)[][] = [];
    const all: number[] = [];
    for (const [name, q] of queries) {
      const url = `${s.bffUrl}/api/v1/ratings/stats?${q}`;
      for (let i = 0; i < 20; i++) await fetch(url).then((r) => r.arrayBuffer());
      const times: number[] = [];
      for (let i = 0; i < 300; i++) {
        const t = performance.now();
        const r = await fetch(url);
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
        times.push(performance.now() - t);
      }
      all.push(...times);
      rows.push([name, q ? `?${q}` : '(none)', fmt(percentile(times, 50), 2), fmt(percentile(times, 99), 2)]);
    }
    const health = [];
    for (let i = 0; i < 300; i++) {
      const t = performance.now();
      await fetch(`${s.bffUrl}/api/health`).then((r) => r.arrayBuffer());
      health.push(performance.now() - t);
    }
    rows.push(['all of the above', '', fmt(percentile(all, 50), 2), fmt(percentile(all, 99), 2)]);
    rows.push(['baseline: GET /api/health', '', fmt(percentile(health, 50), 2), fmt(percentile(health, 99), 2)]);
    return {
      title: 'Public results (GET /api/v1/ratings/stats) with 1,000,000 ratings in the database',
      description: `${N.toLocaleString('en')} window ratings over 12 months written straight into SQLite with their aggregates (${fmt(fillSeconds)} s), then 300 sequential requests per scope after 20 warm-up requests; each answer has the summary, a 12-month trend and the 5 most recent comments. Baseline: the health route in the same run.`,
      columns: ['scope', 'query', 'p50 ms', 'p99 ms'],
      rows,
      notes: [`Target p99 ≤ 20 ms. Measured p99 over all scopes: ${fmt(percentile(all, 99), 2)} ms (health route ${fmt(percentile(health, 99), 2)} ms).`],
    };
  } finally {
    await s.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchSection[]> {
  return [await acceptRate(), await statsLatency()];
}
