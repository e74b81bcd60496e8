import { AsyncLocalStorage } from 'node:async_hooks';
import { and, count, desc, eq, gte, lt, lte, max, ne, or, sql, type SQL } from 'drizzle-orm';
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
import type { Database } from '../../platform/db';
import type { GroupHooks } from '../../platform/group-commit';

export type RatingRow = Database['schema']['ratings']['$inferSelect'];
export type AggregateRow = Database['schema']['ratingAggregates']['$inferSelect'];

/** Must match the tables' partial-index predicate word for word, or SQLite will not use those indexes. */
const LISTED = sql.raw(`status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL)`);

/** Rows per multi-row upsert statement (a row has 29 parameters; SQLite allows 32,766, PostgreSQL 65,535). */
const MAX_UPSERT_ROWS = 64;

type Delta = { key: AggregateKey; delta: Counters };

/**
 * The ratings and their public aggregates. Only this file queries `ratings` and `rating_aggregates`.
 *
 * Aggregates are only ever changed by `counter = counter + n` upserts, so two instances adding to
 * the same row at once both count. Inside a group commit the deltas of the group's ratings are
 * summed per row and written once before its COMMIT (see `groupHooks`).
 */
export class RatingsRepository {
  /** The deltas of the write group running in this async context (groups on PostgreSQL may overlap). */
  private readonly group = new AsyncLocalStorage<{ deltas: Delta[] }>();
  private readonly insertStatement;

  constructor(private readonly db: Database) {
    const { ratings } = db.schema;
    const p = (name: string) => sql.placeholder(name);
    // The hot path of every new rating: compiled once.
    this.insertStatement = db.prepared('ratings_insert', (q) => q.insert(ratings).values({
      id: p('id'), userId: p('userId'), raterNameMasked: p('raterNameMasked'), realName: p('realName'), origin: p('origin'),
      channel: p('channel'), itemCode: p('itemCode'), windowId: p('windowId'), hallId: p('hallId'), caseId: p('caseId'),
      departmentCode: p('departmentCode'), region: p('region'), month: p('month'), overall: p('overall'), indicators: p('indicators'),
      comment: p('comment'), tags: p('tags'), commentKey: p('commentKey'), deviceHash: p('deviceHash'), ipHash: p('ipHash'),
      flags: p('flags'), review: p('review'), status: p('status'), exclusionKind: p('exclusionKind'), exclusionReason: p('exclusionReason'),
      excludedAt: p('excludedAt'), excludedBy: p('excludedBy'), workOrderId: p('workOrderId'), createdAt: p('createdAt'), updatedAt: p('updatedAt'),
    }));
  }

  /** A new rating; a second rating of the same case by the same person is a unique violation. */
  async insert(row: RatingRow): Promise<void> {
    await this.insertStatement(row);
  }

  async update(id: string, set: Partial<RatingRow>): Promise<void> {
    const { ratings } = this.db.schema;
    await this.db.q.update(ratings).set(set).where(eq(ratings.id, id));
  }

  /** Marks an active rating excluded; false when it is missing or already excluded (another operator was first). */
  async exclude(id: string, set: Partial<RatingRow>): Promise<boolean> {
    const { ratings } = this.db.schema;
    const r = await this.db.q.update(ratings).set({ ...set, status: 'excluded' })
      .where(and(eq(ratings.id, id), ne(ratings.status, 'excluded'))).returning({ id: ratings.id });
    return r.length === 1;
  }

  /** Clears a pending review; false when it was not pending. */
  async clearReview(id: string, updatedAt: string): Promise<boolean> {
    const { ratings } = this.db.schema;
    const r = await this.db.q.update(ratings).set({ review: 'cleared', updatedAt })
      .where(and(eq(ratings.id, id), eq(ratings.review, 'pending'))).returning({ id: ratings.id });
    return r.length === 1;
  }

  async byId(id: string): Promise<RatingRow | undefined> {
    const { ratings } = this.db.schema;
    return (await this.db.q.select().from(ratings).where(eq(ratings.id, id)).limit(1))[0];
  }

  async byCaseAndUser(caseId: string, userId: string): Promise<RatingRow | undefined> {
    const { ratings } = this.db.schema;
    return (await this.db.q.select().from(ratings).where(and(eq(ratings.caseId, caseId), eq(ratings.userId, userId))).limit(1))[0];
  }

  /** Adds (1) or takes back (−1) a rating in every aggregate row it counts in; deferred inside a write group. */
  async applyAggregates(facts: RatingFacts, sign: 1 | -1): Promise<void> {
    const delta = countersOf(facts, sign);
    const keys = aggregateKeys(facts);
    const group = this.group.getStore();
    if (group) {
      for (const key of keys) group.deltas.push({ key, delta });
      return;
    }
    await this.writeAggregates(sumPerRow(keys.map((key) => ({ key, delta }))));
  }

  /**
   * Hooks for `platform/group-commit.ts`: the group's deltas live in an async context entered at the
   * group's start, so two groups in flight at once (PostgreSQL) keep their own, and writes outside a
   * group (an exclusion, the default sweep) are applied at once in their own transaction.
   */
  readonly groupHooks: GroupHooks = {
    begin: () => { this.group.enterWith({ deltas: [] }); },
    mark: () => this.group.getStore()?.deltas.length ?? 0,
    rollbackTo: (mark) => { this.group.getStore()?.deltas.splice(mark); },
    beforeCommit: async () => {
      const store = this.group.getStore();
      if (!store) return;
      const rows = sumPerRow(store.deltas);
      store.deltas = [];
      await this.writeAggregates(rows);
    },
    abort: () => { /* the group's context ends with it */ },
  };

  /**
   * One multi-row `INSERT … ON CONFLICT DO UPDATE SET c = c + excluded.c` per chunk. Rows are in key
   * order, so two instances' transactions lock shared rows in the same order (no deadlock).
   */
  private async writeAggregates(rows: { key: AggregateKey; counters: Counters }[]): Promise<void> {
    const { ratingAggregates: t } = this.db.schema;
    const set = Object.fromEntries(COUNTER_FIELDS.map((f) => [f, sql`${t[f]} + excluded.${sql.identifier(t[f].name)}`])) as Record<string, SQL>;
    for (let i = 0; i < rows.length; i += MAX_UPSERT_ROWS) {
      const chunk = rows.slice(i, i + MAX_UPSERT_ROWS);
      await this.db.q.insert(t).values(chunk.map(({ key, counters }) => ({ ...key, ...counters })))
        .onConflictDoUpdate({ target: [t.scope, t.scopeKey, t.month, t.origin], set });
    }
  }

  /** Every month's counters of one scope key, both origins. */
  async aggregatesOf(scope: StatsScope, scopeKey: string): Promise<AggregateRow[]> {
    const { ratingAggregates: t } = this.db.schema;
    return this.db.q.select().from(t).where(and(eq(t.scope, scope), eq(t.scopeKey, scopeKey)));
  }

  /** Ratings listed publicly in a scope, newest first, from the scope's partial index. */
  async listed(scope: StatsScope, values: string[], opts: { bad?: boolean; before?: { at: string; id: string }; limit: number }): Promise<RatingRow[]> {
    const { ratings } = this.db.schema;
    const columns = {
      all: [], item: [ratings.itemCode], window: [ratings.windowId], hall: [ratings.hallId], department: [ratings.departmentCode],
      region: [ratings.region], department_region: [ratings.departmentCode, ratings.region],
    }[scope];
    const where: (SQL | undefined)[] = [LISTED, ...columns.map((c, i) => eq(c, values[i]!))];
    if (opts.bad) where.push(lte(ratings.overall, 2));
    if (opts.before) {
      where.push(or(lt(ratings.createdAt, opts.before.at), and(eq(ratings.createdAt, opts.before.at), lt(ratings.id, opts.before.id))));
    }
    return this.db.q.select().from(ratings).where(and(...where))
      .orderBy(desc(ratings.createdAt), desc(ratings.id)).limit(opts.limit);
  }

  async byUser(userId: string, caseId: string | undefined, limit = 100): Promise<RatingRow[]> {
    const { ratings } = this.db.schema;
    const where = caseId ? and(eq(ratings.userId, userId), eq(ratings.caseId, caseId)) : eq(ratings.userId, userId);
    return this.db.q.select().from(ratings).where(where).orderBy(desc(ratings.createdAt)).limit(limit);
  }

  /** Ratings with the same normalized comment since `since` (duplicate-text detection). */
  async sameTextSince(commentKey: string, since: string): Promise<number> {
    const { ratings } = this.db.schema;
    const [r] = await this.db.q.select({ n: count() }).from(ratings)
      .where(and(eq(ratings.commentKey, commentKey), gte(ratings.createdAt, since), sql`${ratings.commentKey} IS NOT NULL`));
    return r?.n ?? 0;
  }

  async underReview(review: 'pending' | 'cleared' | 'excluded', limit: number): Promise<RatingRow[]> {
    const { ratings } = this.db.schema;
    return this.db.q.select().from(ratings).where(and(ne(ratings.review, 'none'), eq(ratings.review, review)))
      .orderBy(desc(ratings.createdAt)).limit(limit);
  }

  async reviewCount(review: 'pending' | 'excluded'): Promise<number> {
    const { ratings } = this.db.schema;
    const [r] = await this.db.q.select({ n: count() }).from(ratings).where(and(ne(ratings.review, 'none'), eq(ratings.review, review)));
    return r?.n ?? 0;
  }

  /** Ratings given by people (not defaults) since an instant, counting excluded ones. */
  async ratedSince(since: string): Promise<number> {
    const { ratings } = this.db.schema;
    const [r] = await this.db.q.select({ n: count() }).from(ratings).where(and(gte(ratings.createdAt, since), eq(ratings.origin, 'rated')));
    return r?.n ?? 0;
  }

  /** The newest default rating's time: where the 7-day default job resumes. */
  async latestDefaultAt(): Promise<string | null> {
    const { ratings } = this.db.schema;
    const [r] = await this.db.q.select({ at: max(ratings.createdAt) }).from(ratings).where(eq(ratings.origin, 'default'));
    return r?.at ?? null;
  }

  /**
   * Inserts 7-day defaults unless the person (or an earlier or concurrent run, on any instance)
   * already rated the case: the (case, person) unique index decides. Answers the rows inserted.
   */
  async insertDefaults(rows: RatingRow[]): Promise<string[]> {
    if (!rows.length) return [];
    const { ratings } = this.db.schema;
    const inserted = await this.db.q.insert(ratings).values(rows).onConflictDoNothing().returning({ id: ratings.id });
    return inserted.map((r) => r.id);
  }

  /** Sums counter rows into one. */
  static sum(rows: Iterable<Pick<AggregateRow, (typeof COUNTER_FIELDS)[number]>>): Counters {
    const total = emptyCounters();
    for (const r of rows) for (const f of COUNTER_FIELDS) total[f] += Number(r[f]);
    return total;
  }
}

/** Deltas summed per aggregate row, in key order. */
function sumPerRow(deltas: Delta[]): { key: AggregateKey; counters: Counters }[] {
  const rows = new Map<string, { key: AggregateKey; counters: Counters }>();
  for (const { key, delta } of deltas) {
    const id = aggregateKeyString(key);
    const row = rows.get(id) ?? { key, counters: emptyCounters() };
    addCounters(row.counters, delta);
    rows.set(id, row);
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}
