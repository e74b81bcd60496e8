import { DIMENSIONS, ONLINE_INDICATORS, WINDOW_INDICATORS, type Dimension, type Indicator, type RatingOrigin } from './rating';

/**
 * Incremental rating aggregates. Public results are read from counters kept per
 * (scope, key, month, origin) and changed in the same transaction as each rating, so a
 * stats query reads a few rows however many ratings exist. An exclusion subtracts the
 * rating's counters; default ratings live under origin `default` and never mix into `rated`.
 */

/** What public results are grouped by. `all` is the whole city; `region` is the rating's district (or the city code for municipal halls). */
export const STATS_SCOPES = ['all', 'item', 'window', 'hall', 'department', 'region', 'department_region'] as const;
export type StatsScope = (typeof STATS_SCOPES)[number];

export const ALL_SCOPE_KEY = '*';

/** The facts of a rating that aggregates depend on. */
export interface RatingFacts {
  overall: number;
  indicators: Partial<Record<Indicator, number>>;
  itemCode: string;
  windowId: string | null;
  hallId: string | null;
  departmentCode: string;
  region: string;
  /** `YYYY-MM` in China time, see `ratingMonth`. */
  month: string;
  origin: RatingOrigin;
}

export interface AggregateKey {
  scope: StatsScope;
  scopeKey: string;
  month: string;
  origin: RatingOrigin;
}

/** Key of the department × region scope, e.g. `gjj@330106`. */
export function departmentRegionKey(departmentCode: string, region: string): string {
  return `${departmentCode}@${region}`;
}

/** Every aggregate row a rating counts in (window and hall only for window ratings). */
export function aggregateKeys(r: RatingFacts): AggregateKey[] {
  const at = (scope: StatsScope, scopeKey: string): AggregateKey => ({ scope, scopeKey, month: r.month, origin: r.origin });
  const keys = [
    at('all', ALL_SCOPE_KEY),
    at('item', r.itemCode),
    at('department', r.departmentCode),
    at('region', r.region),
    at('department_region', departmentRegionKey(r.departmentCode, r.region)),
  ];
  if (r.windowId) keys.push(at('window', r.windowId));
  if (r.hallId) keys.push(at('hall', r.hallId));
  return keys;
}

export function aggregateKeyString(k: AggregateKey): string {
  return `${k.scope}|${k.scopeKey}|${k.month}|${k.origin}`;
}

const INDICATORS: readonly Indicator[] = [...ONLINE_INDICATORS, ...WINDOW_INDICATORS];

/**
 * Counter fields of one aggregate row: the count, the distribution of 整体满意度 stars, the
 * overall sum, and per sub-indicator a count and a sum (each channel rates its own indicators).
 */
export const COUNTER_FIELDS = [
  'count',
  'star1',
  'star2',
  'star3',
  'star4',
  'star5',
  'overallSum',
  ...INDICATORS.flatMap((i) => [`${i}Count`, `${i}Sum`] as const),
] as const;
export type CounterField = (typeof COUNTER_FIELDS)[number];
export type Counters = Record<CounterField, number>;

export function emptyCounters(): Counters {
  return Object.fromEntries(COUNTER_FIELDS.map((f) => [f, 0])) as Counters;
}

/** The counters one rating contributes, multiplied by `sign` (−1 takes it back out). */
export function countersOf(r: Pick<RatingFacts, 'overall' | 'indicators'>, sign: 1 | -1 = 1): Counters {
  const c = emptyCounters();
  c.count = sign;
  c[`star${r.overall}` as 'star1'] = sign;
  c.overallSum = sign * r.overall;
  for (const i of INDICATORS) {
    const v = r.indicators[i];
    if (v === undefined) continue;
    c[`${i}Count`] = sign;
    c[`${i}Sum`] = sign * v;
  }
  return c;
}

export function addCounters(into: Counters, delta: Counters): Counters {
  for (const f of COUNTER_FIELDS) into[f] += delta[f];
  return into;
}

/** Counters per aggregate row, kept as a map from `aggregateKeyString`. */
export type AggregateTable = Map<string, { key: AggregateKey; counters: Counters }>;

/** Adds (sign 1) or removes (sign −1) a rating in every row it counts in. */
export function applyRating(table: AggregateTable, r: RatingFacts, sign: 1 | -1): AggregateTable {
  const delta = countersOf(r, sign);
  for (const key of aggregateKeys(r)) {
    const id = aggregateKeyString(key);
    let row = table.get(id);
    if (!row) {
      row = { key, counters: emptyCounters() };
      table.set(id, row);
    }
    addCounters(row.counters, delta);
  }
  return table;
}

/** What the public sees for a set of counters. */
export interface StatsSummary {
  count: number;
  goodCount: number;
  /** Share of 4–5 stars on 整体满意度 (好评率), 0–1 with 4 decimals; null with no ratings. */
  goodRate: number | null;
  /** Number of ratings per 整体满意度 star. */
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
  /** Average per dimension with 2 decimals; null when nobody rated that dimension. */
  averages: Record<Dimension, number | null>;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export function summarize(c: Counters): StatsSummary {
  const goodCount = c.star4 + c.star5;
  const averages = {} as Record<Dimension, number | null>;
  for (const d of DIMENSIONS) {
    const [n, sum] = d === 'overall' ? [c.count, c.overallSum] : [c[`${d}Count`], c[`${d}Sum`]];
    averages[d] = n > 0 ? round(sum / n, 2) : null;
  }
  return {
    count: c.count,
    goodCount,
    goodRate: c.count > 0 ? round(goodCount / c.count, 4) : null,
    distribution: { '1': c.star1, '2': c.star2, '3': c.star3, '4': c.star4, '5': c.star5 },
    averages,
  };
}

/** Sums the counters of several rows (e.g. the months of one scope). */
export function sumCounters(rows: Iterable<Counters>): Counters {
  const total = emptyCounters();
  for (const r of rows) addCounters(total, r);
  return total;
}

/** The filters of a public-results query. */
export interface StatsFilter {
  itemCode?: string;
  windowId?: string;
  hallId?: string;
  department?: string;
  region?: string;
}

/**
 * The one aggregate scope a query reads: none → the whole city; one filter → its scope;
 * department + region → `department_region`. Any other combination has no aggregate → null.
 */
export function resolveStatsScope(f: StatsFilter): { scope: StatsScope; scopeKey: string } | null {
  const given = (['itemCode', 'windowId', 'hallId', 'department', 'region'] as const).filter((k) => f[k] !== undefined);
  if (given.length === 0) return { scope: 'all', scopeKey: ALL_SCOPE_KEY };
  if (given.length === 2 && f.department !== undefined && f.region !== undefined) {
    return { scope: 'department_region', scopeKey: departmentRegionKey(f.department, f.region) };
  }
  if (given.length !== 1) return null;
  const only = given[0]!;
  const scope: StatsScope = { itemCode: 'item', windowId: 'window', hallId: 'hall', department: 'department', region: 'region' }[only] as StatsScope;
  return { scope, scopeKey: f[only]! };
}
