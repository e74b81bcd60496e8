import { and, count, desc, eq, getTableColumns, gte, max, sql } from 'drizzle-orm';
import type { Statement } from 'better-sqlite3';
import {
  COUNTER_FIELDS,
  addCounters,
  aggregateKeyString,
  aggregateKeys,
  countersOf,
  emptyCounters,
  type AggregateKey,
  type Counters,
  type RatingFacts,
  type StatsScope,
} from '@zsb/shared/domain/rating-stats';
import type { Db, Sqlite } from '../../db/client';
import type { GroupHooks } from './ratings.commit';
import { ratingAggregates, ratings } from './ratings.table';

export type RatingRow = typeof ratings.$inferSelect;
export type AggregateRow = typeof ratingAggregates.$inferSelect;

/** Must match the tables' partial-index predicate word for word, or SQLite will not use those indexes. */
const LISTED = `status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL)`;

/** Column(s) a scope filters ratings on, for the recent list. */
const SCOPE_COLUMNS: Record<StatsScope, string[]> = {
  all: [], item: ['item_code'], window: ['window_id'], hall: ['hall_id'], department: ['department_code'],
  region: ['region'], department_region: ['department_code', 'region'],
};

const AGG = getTableColumns(ratingAggregates);
/** Rows per multi-row upsert statement (SQLite allows 32,766 parameters; a row has 29). */
const MAX_UPSERT_ROWS = 64;
const COUNTER_COLUMNS = COUNTER_FIELDS.map((f) => AGG[f].name);

const RATING = getTableColumns(ratings);
const RATING_FIELDS = Object.keys(RATING) as (keyof RatingRow)[];
const JSON_FIELDS = new Set<keyof RatingRow>(['indicators', 'tags', 'flags']);

export class RatingsRepository {
  /** Multi-row aggregate upserts by row count (5 for a case rating, 7 for a window rating). */
  private readonly upserts = new Map<number, Statement>();
  private readonly insertRating: Statement;
  private readonly sameText: Statement;

  constructor(private readonly db: Db, private readonly sqlite: Sqlite) {
    // The hot path of every rating is prepared once: drizzle's per-call query building costs more than SQLite's work here.
    this.insertRating = sqlite.prepare(
      `INSERT INTO ratings (${RATING_FIELDS.map((f) => RATING[f].name).join(', ')}) VALUES (${RATING_FIELDS.map(() => '?').join(', ')})`,
    );
    this.sameText = sqlite.prepare('SELECT count(*) AS n FROM ratings WHERE comment_key = ? AND created_at >= ? AND comment_key IS NOT NULL');
  }

  private upsert(rows: number): Statement {
    let st = this.upserts.get(rows);
    if (!st) {
      const tuple = `(?, ?, ?, ?, ${COUNTER_COLUMNS.map(() => '?').join(', ')})`;
      st = this.sqlite.prepare(
        `INSERT INTO rating_aggregates (scope, scope_key, month, origin, ${COUNTER_COLUMNS.join(', ')})
         VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}
         ON CONFLICT (scope, scope_key, month, origin) DO UPDATE SET
         ${COUNTER_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
      );
      this.upserts.set(rows, st);
    }
    return st;
  }

  insert(row: RatingRow): void {
    this.insertRating.run(RATING_FIELDS.map((f) => {
      const v = row[f];
      if (JSON_FIELDS.has(f)) return JSON.stringify(v);
      return typeof v === 'boolean' ? Number(v) : v;
    }));
  }

  update(id: string, set: Partial<RatingRow>): void {
    this.db.update(ratings).set(set).where(eq(ratings.id, id)).run();
  }

  byId(id: string): RatingRow | undefined {
    return this.db.select().from(ratings).where(eq(ratings.id, id)).get();
  }

  byCaseAndUser(caseId: string, userId: string): RatingRow | undefined {
    return this.db.select().from(ratings).where(and(eq(ratings.caseId, caseId), eq(ratings.userId, userId))).get();
  }

  /** Adds (1) or takes back (−1) a rating in every aggregate row it counts in; deferred inside a write group. */
  applyAggregates(facts: RatingFacts, sign: 1 | -1): void {
    const delta = countersOf(facts, sign);
    const keys = aggregateKeys(facts);
    if (this.deferred) {
      for (const key of keys) this.deferred.push({ key, delta });
      return;
    }
    this.writeAggregates(keys.map((key) => ({ key, counters: delta })));
  }

  /** Deltas of the current write group, summed per row and written once before its commit. */
  private deferred: { key: AggregateKey; delta: Counters }[] | null = null;

  readonly groupHooks: GroupHooks = {
    begin: () => { this.deferred = []; },
    mark: () => this.deferred?.length ?? 0,
    rollbackTo: (mark) => { this.deferred?.splice(mark); },
    beforeCommit: () => {
      const rows = new Map<string, { key: AggregateKey; counters: Counters }>();
      for (const { key, delta } of this.deferred ?? []) {
        const id = aggregateKeyString(key);
        const row = rows.get(id) ?? { key, counters: emptyCounters() };
        addCounters(row.counters, delta);
        rows.set(id, row);
      }
      this.deferred = null;
      this.writeAggregates([...rows.values()]);
    },
    abort: () => { this.deferred = null; },
  };

  private writeAggregates(rows: { key: AggregateKey; counters: Counters }[]): void {
    for (let i = 0; i < rows.length; i += MAX_UPSERT_ROWS) {
      const chunk = rows.slice(i, i + MAX_UPSERT_ROWS);
      this.upsert(chunk.length).run(chunk.flatMap(({ key: k, counters }) => [k.scope, k.scopeKey, k.month, k.origin, ...COUNTER_FIELDS.map((f) => counters[f])]));
    }
  }

  /** Every month's counters of one scope key, both origins. */
  aggregatesOf(scope: StatsScope, scopeKey: string): AggregateRow[] {
    return this.db.select().from(ratingAggregates)
      .where(and(eq(ratingAggregates.scope, scope), eq(ratingAggregates.scopeKey, scopeKey))).all();
  }

  /** Ratings listed publicly in a scope, newest first, from the scope's partial index. */
  listed(scope: StatsScope, values: string[], opts: { bad?: boolean; before?: { at: string; id: string }; limit: number }): RatingRow[] {
    const where = [LISTED, ...SCOPE_COLUMNS[scope].map((c) => `${c} = ?`)];
    const params: unknown[] = [...values];
    if (opts.bad) where.push('overall <= 2');
    if (opts.before) {
      where.push('(created_at < ? OR (created_at = ? AND id < ?))');
      params.push(opts.before.at, opts.before.at, opts.before.id);
    }
    const rows = this.sqlite.prepare(
      `SELECT id FROM ratings WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ?`,
    ).all(...params, opts.limit) as { id: string }[];
    if (!rows.length) return [];
    const byId = new Map(this.db.select().from(ratings).where(sql`${ratings.id} IN ${rows.map((r) => r.id)}`).all().map((r) => [r.id, r]));
    return rows.map((r) => byId.get(r.id)!);
  }

  byUser(userId: string, caseId: string | undefined, limit = 100): RatingRow[] {
    const where = caseId ? and(eq(ratings.userId, userId), eq(ratings.caseId, caseId)) : eq(ratings.userId, userId);
    return this.db.select().from(ratings).where(where).orderBy(desc(ratings.createdAt)).limit(limit).all();
  }

  /** Ratings with the same normalized comment since `since` (duplicate-text detection). */
  sameTextSince(commentKey: string, since: string): number {
    return (this.sameText.get(commentKey, since) as { n: number }).n;
  }

  underReview(review: 'pending' | 'cleared' | 'excluded', limit: number): RatingRow[] {
    return this.db.select().from(ratings).where(and(sql`${ratings.review} <> 'none'`, eq(ratings.review, review)))
      .orderBy(desc(ratings.createdAt)).limit(limit).all();
  }

  reviewCount(review: 'pending' | 'excluded'): number {
    return this.db.select({ n: count() }).from(ratings).where(and(sql`${ratings.review} <> 'none'`, eq(ratings.review, review))).get()?.n ?? 0;
  }

  /** Ratings given by people (not defaults) since an instant, counting excluded ones. */
  ratedSince(since: string): number {
    return this.db.select({ n: count() }).from(ratings)
      .where(and(gte(ratings.createdAt, since), eq(ratings.origin, 'rated'))).get()?.n ?? 0;
  }

  /** The newest default rating's time: where the 7-day default job resumes. */
  latestDefaultAt(): string | null {
    return this.db.select({ at: max(ratings.createdAt) }).from(ratings).where(sql`origin = 'default'`).get()?.at ?? null;
  }

  /** Inserts a 7-day default unless the person (or an earlier run) already rated the case. */
  insertDefault(row: RatingRow): boolean {
    // The only unique key a new row can hit is (case, person): the id is fresh.
    return this.db.insert(ratings).values(row).onConflictDoNothing().run().changes === 1;
  }

  /** Sums counter rows into one. */
  static sum(rows: Iterable<Pick<AggregateRow, (typeof COUNTER_FIELDS)[number]>>): Counters {
    const total = emptyCounters();
    for (const r of rows) for (const f of COUNTER_FIELDS) total[f] += r[f];
    return total;
  }
}
