import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { consents } from './consent.table';

export type ConsentRow = typeof consents.$inferSelect;

export class ConsentRepository {
  constructor(private readonly db: Db) {}

  insert(row: ConsentRow): void {
    this.db.insert(consents).values(row).run();
  }

  byId(id: string): ConsentRow | undefined {
    return this.db.select().from(consents).where(eq(consents.id, id)).get();
  }

  ofSubject(subject: string, limit = 200): ConsentRow[] {
    return this.db.select().from(consents).where(eq(consents.subject, subject)).orderBy(desc(consents.createdAt)).limit(limit).all();
  }

  /** Revokes once; a second revoke keeps the first time. */
  revoke(id: string, at: string): void {
    this.db.update(consents).set({ revokedAt: at }).where(and(eq(consents.id, id), isNull(consents.revokedAt))).run();
  }

  /** Counts a read, only while the consent is unrevoked (a revoke racing the read wins). */
  recordUse(id: string, at: string): boolean {
    const r = this.db.update(consents).set({ useCount: sql`${consents.useCount} + 1`, lastUsedAt: at })
      .where(and(eq(consents.id, id), isNull(consents.revokedAt))).run();
    return r.changes === 1;
  }
}
