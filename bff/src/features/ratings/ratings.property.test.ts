import fc from 'fast-check';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONLINE_INDICATORS, WINDOW_INDICATORS } from '@zsb/shared/domain/rating';
import { startStack, type Session, type Stack } from '../../test/harness';
import { rate, windowRating } from './ratings.test-support';

// Windows across halls, departments and districts, so every scope gets several keys.
const WINDOWS: [string, string][] = [
  ['H330106-W05', 'gjj'], ['H330105-W04', 'gjj'], ['H330106-W01', 'mzj'], ['H330102-W01', 'mzj'], ['H330100-W03', 'rsj'],
];
const PERSONAS = ['r001', 'r002', 'r003', 'r004'];

let stack: Stack;
let operator: Session;
const raters: (Session | null)[] = [];
beforeAll(async () => {
  stack = await startStack({ config: { ratingLimits: { enabled: false } } });
  operator = await stack.login('operator-1');
  for (const p of PERSONAS) raters.push(await stack.login(p));
  raters.push(null);
});
afterAll(async () => { await stack.close(); });

type Row = { overall: number; indicators: Record<string, number>; itemCode: string; windowId: string; hallId: string; departmentCode: string; region: string };

/** The public summary recounted from the raw rows, without counters or the shared summary code. */
function recount(rows: Row[]) {
  const avg = (v: number[]) => (v.length ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 100) / 100 : null);
  const good = rows.filter((r) => r.overall >= 4).length;
  const averages: Record<string, number | null> = { overall: avg(rows.map((r) => r.overall)) };
  for (const i of [...ONLINE_INDICATORS, ...WINDOW_INDICATORS]) averages[i] = avg(rows.flatMap((r) => (i in r.indicators ? [r.indicators[i]!] : [])));
  return {
    count: rows.length, goodCount: good, goodRate: rows.length ? Math.round((good / rows.length) * 10000) / 10000 : null,
    distribution: Object.fromEntries([1, 2, 3, 4, 5].map((s) => [String(s), rows.filter((r) => r.overall === s).length])), averages,
  };
}

const star = fc.integer({ min: 1, max: 5 });
const command = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('rate' as const), who: fc.nat(PERSONAS.length), window: fc.nat(WINDOWS.length - 1), overall: star, sub: fc.tuple(star, star, star), key: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retry' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('exclude' as const), pick: fc.nat() }) },
);

describe('public results against a recount of the stored rows', () => {
  it('equal a from-scratch recount of the stored ratings after any sequence of ratings, retries and exclusions', async () => {
    let seq = 0;
    let last: { who: number; body: unknown; headers: Record<string, string> } | null = null;
    await fc.assert(fc.asyncProperty(fc.array(command, { maxLength: 20 }), async (cmds) => {
      for (const c of cmds) {
        if (c.kind === 'rate') {
          const [w, dept] = WINDOWS[c.window]!;
          const body = windowRating(w, dept, c.overall, {
            indicators: { serviceEfficiency: c.sub[0], serviceLevel: c.sub[1], serviceAttitude: c.sub[2] },
            ...(c.overall <= 2 ? { comment: `第${seq}次评价：等候时间太长` } : {}),
          });
          const headers: Record<string, string> = c.key ? { 'idempotency-key': `prop-${++seq}-key` } : {};
          const s = raters[c.who];
          const r = await rate(s ? s.inject : (o) => stack.app.inject(o), body, headers);
          expect(r.statusCode).toBe(201);
          last = c.key ? { who: c.who, body, headers } : null;
        } else if (c.kind === 'retry' && last) {
          const s = raters[last.who];
          expect((await rate(s ? s.inject : (o) => stack.app.inject(o), last.body, last.headers)).statusCode).toBe(201);
        } else if (c.kind === 'exclude') {
          const { ratings } = stack.database.schema;
          const active = await stack.database.q.select({ id: ratings.id }).from(ratings).where(eq(ratings.status, 'active'))
            .orderBy(asc(ratings.createdAt), asc(ratings.id));
          if (!active.length) continue;
          const { id } = active[c.pick % active.length]!;
          const r = await operator.inject({ method: 'POST', url: `/api/v1/ratings/${id}/exclusion`, payload: { kind: 'false', reason: '核实为不实评价' } });
          expect(r.statusCode).toBe(200);
        }
      }

      const rows = (await stack.rows('ratings', { status: 'active', origin: 'rated' })) as unknown as Row[];
      const queries: [string, (r: Row) => boolean][] = [['', () => true]];
      for (const [w, dept] of WINDOWS) {
        const hall = w.slice(0, 7), region = w.slice(1, 7);
        queries.push(
          [`windowId=${w}`, (r) => r.windowId === w], [`hallId=${hall}`, (r) => r.hallId === hall],
          [`department=${dept}`, (r) => r.departmentCode === dept], [`region=${region}`, (r) => r.region === region],
          [`department=${dept}&region=${region}`, (r) => r.departmentCode === dept && r.region === region],
          [`itemCode=${dept.toUpperCase()}-0001`, (r) => r.itemCode === `${dept.toUpperCase()}-0001`],
        );
      }
      for (const [q, keep] of queries) {
        const stats = (await stack.app.inject({ method: 'GET', url: `/api/v1/ratings/stats?${q}` })).json();
        const expected = recount(rows.filter(keep));
        expect(stats.summary, q).toEqual(expected);
        expect(stats.trend.reduce((a: number, m: { count: number }) => a + m.count, 0), q).toBe(expected.count);
      }
      // Nothing was deleted: every rating ever accepted is still a row.
      expect(await stack.count('ratings')).toBeGreaterThanOrEqual(rows.length);
    }), { numRuns: 40 });
    // About 2,000 requests, on either engine.
  }, 180_000);
});
