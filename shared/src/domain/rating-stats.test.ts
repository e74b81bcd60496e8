import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ONLINE_INDICATORS, WINDOW_INDICATORS, type Indicator } from './rating';
import {
  STATS_SCOPES,
  aggregateKeys,
  applyRating,
  departmentRegionKey,
  resolveStatsScope,
  summarize,
  sumCounters,
  type AggregateTable,
  type RatingFacts,
  type StatsScope,
} from './rating-stats';

const star = fc.integer({ min: 1, max: 5 });

const ratingArb: fc.Arbitrary<RatingFacts> = fc
  .record({
    overall: star,
    atWindow: fc.boolean(),
    stars: fc.array(star, { minLength: 4, maxLength: 4 }),
    itemCode: fc.constantFrom('I1', 'I2', 'I3'),
    window: fc.constantFrom(['W1', 'H1'], ['W2', 'H1'], ['W3', 'H2']),
    departmentCode: fc.constantFrom('gjj', 'mzj'),
    region: fc.constantFrom('330100', '330106'),
    month: fc.constantFrom('2026-08', '2026-09', '2026-10'),
    origin: fc.constantFrom('rated', 'rated', 'rated', 'default'),
  })
  .map((g) => {
    const names: readonly Indicator[] = g.atWindow ? WINDOW_INDICATORS : ONLINE_INDICATORS;
    return {
      overall: g.overall,
      indicators: Object.fromEntries(names.map((n, i) => [n, g.stars[i]!])),
      itemCode: g.itemCode,
      windowId: g.atWindow ? g.window[0]! : null,
      hallId: g.atWindow ? g.window[1]! : null,
      departmentCode: g.departmentCode,
      region: g.region,
      month: g.month,
      origin: g.origin as RatingFacts['origin'],
    };
  });

/** The scope key a rating has, written out independently of `aggregateKeys`. */
function keyIn(r: RatingFacts, scope: StatsScope): string | null {
  switch (scope) {
    case 'all': return '*';
    case 'item': return r.itemCode;
    case 'window': return r.windowId;
    case 'hall': return r.hallId;
    case 'department': return r.departmentCode;
    case 'region': return r.region;
    case 'department_region': return departmentRegionKey(r.departmentCode, r.region);
  }
}

/** The public numbers recounted from the raw ratings, with no counters at all. */
function recount(ratings: RatingFacts[]) {
  const n = ratings.length;
  const avg = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null);
  const good = ratings.filter((r) => r.overall >= 4).length;
  const averages: Record<string, number | null> = { overall: avg(ratings.map((r) => r.overall)) };
  for (const i of [...ONLINE_INDICATORS, ...WINDOW_INDICATORS]) {
    averages[i] = avg(ratings.flatMap((r) => (r.indicators[i] === undefined ? [] : [r.indicators[i]!])));
  }
  return {
    count: n,
    goodCount: good,
    goodRate: n ? Math.round((good / n) * 10000) / 10000 : null,
    distribution: Object.fromEntries([1, 2, 3, 4, 5].map((s) => [String(s), ratings.filter((r) => r.overall === s).length])),
    averages,
  };
}

describe('rating aggregates', () => {
  it('counts a window rating in seven rows and an online rating in five', () => {
    const base: RatingFacts = {
      overall: 5, indicators: {}, itemCode: 'I1', windowId: 'W1', hallId: 'H1',
      departmentCode: 'gjj', region: '330106', month: '2026-09', origin: 'rated',
    };
    expect(aggregateKeys(base)).toHaveLength(7);
    expect(aggregateKeys({ ...base, windowId: null, hallId: null })).toHaveLength(5);
  });

  it('reports 好评率 as the share of 4 and 5 stars and averages each dimension over who rated it', () => {
    const table: AggregateTable = new Map();
    const r = (overall: number, indicators: RatingFacts['indicators']): RatingFacts => ({
      overall, indicators, itemCode: 'I1', windowId: null, hallId: null,
      departmentCode: 'gjj', region: '330106', month: '2026-09', origin: 'rated',
    });
    applyRating(table, r(5, { efficiency: 4 }), 1);
    applyRating(table, r(4, { efficiency: 5 }), 1);
    applyRating(table, r(1, {}), 1);
    const s = summarize(table.get('item|I1|2026-09|rated')!.counters);
    expect(s.count).toBe(3);
    expect(s.goodRate).toBe(0.6667);
    expect(s.averages.overall).toBe(3.33);
    expect(s.averages.efficiency).toBe(4.5);
    expect(s.averages.serviceAttitude).toBeNull();
    expect(s.distribution).toEqual({ '1': 1, '2': 0, '3': 0, '4': 1, '5': 1 });
  });

  it('equal a from-scratch recount after any sequence of ratings, exclusions and edits', () => {
    type Op = { kind: 'rate'; rating: RatingFacts } | { kind: 'exclude'; pick: number } | { kind: 'edit'; pick: number; overall: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 5, arbitrary: ratingArb.map((rating) => ({ kind: 'rate' as const, rating })) },
      { weight: 2, arbitrary: fc.nat().map((pick) => ({ kind: 'exclude' as const, pick })) },
      { weight: 1, arbitrary: fc.tuple(fc.nat(), star).map(([pick, overall]) => ({ kind: 'edit' as const, pick, overall })) },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        const table: AggregateTable = new Map();
        const stored: { facts: RatingFacts; excluded: boolean }[] = [];
        for (const o of ops) {
          if (o.kind === 'rate') {
            stored.push({ facts: o.rating, excluded: false });
            applyRating(table, o.rating, 1);
            continue;
          }
          const live = stored.filter((s) => !s.excluded);
          if (live.length === 0) continue;
          const target = live[o.pick % live.length]!;
          applyRating(table, target.facts, -1);
          if (o.kind === 'exclude') target.excluded = true;
          else {
            target.facts = { ...target.facts, overall: o.overall };
            applyRating(table, target.facts, 1);
          }
        }
        const active = stored.filter((s) => !s.excluded).map((s) => s.facts);
        for (const scope of STATS_SCOPES) {
          for (const origin of ['rated', 'default'] as const) {
            const keys = new Set(stored.map((s) => keyIn(s.facts, scope)).filter((k): k is string => k !== null));
            for (const scopeKey of keys) {
              const mine = active.filter((r) => r.origin === origin && keyIn(r, scope) === scopeKey);
              const rows = [...table.values()].filter((row) => row.key.scope === scope && row.key.scopeKey === scopeKey && row.key.origin === origin);
              expect(summarize(sumCounters(rows.map((row) => row.counters)))).toEqual(recount(mine));
              for (const month of new Set(mine.map((r) => r.month))) {
                const monthRows = rows.filter((row) => row.key.month === month).map((row) => row.counters);
                expect(summarize(sumCounters(monthRows))).toEqual(recount(mine.filter((r) => r.month === month)));
              }
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('which aggregate a public-results query reads', () => {
  it('reads the whole city without filters, one scope per filter, and department × region together', () => {
    expect(resolveStatsScope({})).toEqual({ scope: 'all', scopeKey: '*' });
    expect(resolveStatsScope({ windowId: 'H330106-W01' })).toEqual({ scope: 'window', scopeKey: 'H330106-W01' });
    expect(resolveStatsScope({ department: 'gjj', region: '330106' })).toEqual({ scope: 'department_region', scopeKey: 'gjj@330106' });
  });
  it('has no aggregate for other combinations', () => {
    expect(resolveStatsScope({ itemCode: 'GJJ-0001', region: '330106' })).toBeNull();
  });
});
