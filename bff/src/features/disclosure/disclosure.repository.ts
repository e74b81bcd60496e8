import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type DisclosureRow = Database['schema']['disclosureRequests']['$inferSelect'];

/** 依申请公开. Only this file queries `disclosure_requests`. */
export class DisclosureRepository {
  constructor(private readonly db: Database) {}

  async insert(row: DisclosureRow): Promise<void> {
    await this.db.q.insert(this.db.schema.disclosureRequests).values(row);
  }

  async byId(id: string): Promise<DisclosureRow | undefined> {
    const t = this.db.schema.disclosureRequests;
    return (await this.db.q.select().from(t).where(eq(t.id, id)).limit(1))[0];
  }

  async ofUser(userId: string, limit: number): Promise<DisclosureRow[]> {
    const t = this.db.schema.disclosureRequests;
    return this.db.q.select().from(t).where(eq(t.userId, userId)).orderBy(desc(t.createdAt)).limit(limit);
  }

  async ofDepartment(q: { departmentCode: string; status?: string; limit: number }): Promise<DisclosureRow[]> {
    const t = this.db.schema.disclosureRequests;
    return this.db.q.select().from(t).where(and(eq(t.departmentCode, q.departmentCode), q.status ? eq(t.status, q.status) : undefined))
      .orderBy(asc(t.dueDate), asc(t.createdAt)).limit(q.limit);
  }

  /** The one extension: only from `received` (an extended or answered request is not extended again). */
  async extend(id: string, set: { dueDate: string; extensionReason: string; extensionPreviousDueDate: string; extendedAt: string }): Promise<DisclosureRow | undefined> {
    const t = this.db.schema.disclosureRequests;
    return (await this.db.q.update(t).set({ ...set, status: 'extended' }).where(and(eq(t.id, id), eq(t.status, 'received'))).returning())[0];
  }

  /** The answer, once: only while unanswered. */
  async answer(id: string, set: { outcome: string; legalGround: string | null; answerText: string; answerFileIds: string[]; answeredAt: string }): Promise<DisclosureRow | undefined> {
    const t = this.db.schema.disclosureRequests;
    return (await this.db.q.update(t).set({ ...set, status: 'answered' })
      .where(and(eq(t.id, id), inArray(t.status, ['received', 'extended']))).returning())[0];
  }
}
