import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { presentationKeys, presentations } from './presentation.table';

export type PresentationRow = typeof presentations.$inferSelect;
export type PresentationKeyRow = typeof presentationKeys.$inferSelect;

export class PresentationRepository {
  // Prepared once: these two run on every verification (the hot path).
  private readonly byIdQuery;
  private readonly spendQuery;

  constructor(private readonly db: Db) {
    this.byIdQuery = db.select().from(presentations).where(eq(presentations.id, sql.placeholder('id'))).prepare();
    this.spendQuery = db.update(presentations)
      .set({ useCount: sql`${presentations.useCount} + 1`, lastUsedAt: sql`${sql.placeholder('at')}` })
      .where(sql`${presentations.id} = ${sql.placeholder('id')} and (${presentations.multiUse} = 1 or ${presentations.useCount} = 0)`)
      .prepare();
  }

  /** Every signing key, oldest first: the oldest signs, all verify. */
  keys(): PresentationKeyRow[] {
    return this.db.select().from(presentationKeys).orderBy(asc(presentationKeys.createdAt), asc(presentationKeys.kid)).all();
  }

  /**
   * Stores `candidate` only when no key exists yet, in one immediate transaction, so BFF processes
   * starting together agree on a single key. Returns the keys after the decision.
   */
  ensureKey(candidate: () => PresentationKeyRow): PresentationKeyRow[] {
    return this.db.transaction((tx) => {
      const existing = tx.select({ kid: presentationKeys.kid }).from(presentationKeys).limit(1).get();
      if (!existing) tx.insert(presentationKeys).values(candidate()).run();
      return this.keys();
    }, { behavior: 'immediate' });
  }

  insert(row: PresentationRow): void {
    this.db.insert(presentations).values(row).run();
  }

  byId(id: string): PresentationRow | undefined {
    return this.byIdQuery.get({ id });
  }

  /**
   * Spends one use: succeeds once for a single-use code (the nonce), always for a multi-use one.
   * A single conditional UPDATE, so two checkers scanning at once cannot both get `valid`.
   */
  spend(id: string, at: string): boolean {
    return this.spendQuery.run({ id, at }).changes === 1;
  }
}
