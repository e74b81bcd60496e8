import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type ConsentRow = Database['schema']['consents']['$inferSelect'];

/** 授权用证 grants. Only this file queries the `consents` table. */
export class ConsentRepository {
  constructor(private readonly db: Database) {}

  async insert(row: ConsentRow): Promise<void> {
    await this.db.q.insert(this.db.schema.consents).values(row);
  }

  async byId(id: string): Promise<ConsentRow | undefined> {
    const { consents } = this.db.schema;
    const [row] = await this.db.q.select().from(consents).where(eq(consents.id, id)).limit(1);
    return row;
  }

  async ofSubject(subject: string, limit = 200): Promise<ConsentRow[]> {
    const { consents } = this.db.schema;
    return this.db.q.select().from(consents).where(eq(consents.subject, subject)).orderBy(desc(consents.createdAt)).limit(limit);
  }

  /** Revokes once (atomic conditional update); a second revoke keeps the first time. */
  async revoke(id: string, at: string): Promise<void> {
    const { consents } = this.db.schema;
    await this.db.q.update(consents).set({ revokedAt: at }).where(and(eq(consents.id, id), isNull(consents.revokedAt)));
  }

  /** Counts a read, only while the consent is unrevoked (a revoke racing the read wins). */
  async recordUse(id: string, at: string): Promise<boolean> {
    const { consents } = this.db.schema;
    const r = await this.db.q.update(consents).set({ useCount: sql`${consents.useCount} + 1`, lastUsedAt: at })
      .where(and(eq(consents.id, id), isNull(consents.revokedAt))).returning({ id: consents.id });
    return r.length === 1;
  }
}
