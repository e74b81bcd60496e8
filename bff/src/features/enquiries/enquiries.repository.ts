import { and, asc, desc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type EnquiryRow = Database['schema']['enquiries']['$inferSelect'];

/** 在线咨询. Only this file queries `enquiries`. */
export class EnquiriesRepository {
  constructor(private readonly db: Database) {}

  async insert(row: EnquiryRow): Promise<void> {
    await this.db.q.insert(this.db.schema.enquiries).values(row);
  }

  async byId(id: string): Promise<EnquiryRow | undefined> {
    const t = this.db.schema.enquiries;
    return (await this.db.q.select().from(t).where(eq(t.id, id)).limit(1))[0];
  }

  async ofUser(userId: string, limit: number): Promise<EnquiryRow[]> {
    const t = this.db.schema.enquiries;
    return this.db.q.select().from(t).where(eq(t.userId, userId)).orderBy(desc(t.createdAt)).limit(limit);
  }

  /** Answered questions the askers agreed to show, newest answer first. */
  async publicOfItem(itemCode: string, limit: number): Promise<EnquiryRow[]> {
    const t = this.db.schema.enquiries;
    return this.db.q.select().from(t).where(and(eq(t.itemCode, itemCode), eq(t.isPublic, true), eq(t.status, 'answered')))
      .orderBy(desc(t.answeredAt)).limit(limit);
  }

  async ofDepartment(q: { departmentCode: string; region?: string; status?: string; limit: number }): Promise<EnquiryRow[]> {
    const t = this.db.schema.enquiries;
    return this.db.q.select().from(t).where(and(
      eq(t.departmentCode, q.departmentCode),
      q.region ? eq(t.region, q.region) : undefined,
      q.status ? eq(t.status, q.status) : undefined,
    )).orderBy(asc(t.dueDate), asc(t.createdAt)).limit(q.limit);
  }

  /** `open | escalated → answered`, only while unanswered (two clerks never answer twice). */
  async answer(id: string, answer: string, at: string): Promise<EnquiryRow | undefined> {
    const t = this.db.schema.enquiries;
    return (await this.db.q.update(t).set({ status: 'answered', answer, answeredAt: at })
      .where(and(eq(t.id, id), inArray(t.status, ['open', 'escalated']))).returning())[0];
  }

  /** Every open question whose due date has passed becomes `escalated` with a push pending (once: conditional on `open`). */
  async escalateOverdue(today: string, at: string, limit: number): Promise<EnquiryRow[]> {
    const t = this.db.schema.enquiries;
    const due = await this.db.q.select({ id: t.id }).from(t).where(and(eq(t.status, 'open'), lt(t.dueDate, today))).orderBy(asc(t.dueDate)).limit(limit);
    if (due.length === 0) return [];
    return this.db.q.update(t).set({ status: 'escalated', hotlineState: 'pending', escalatedAt: at })
      .where(and(inArray(t.id, due.map((d) => d.id)), eq(t.status, 'open'))).returning();
  }

  /** Escalated questions whose push is still owed (pending, failed, or claimed by an instance that died). */
  async unpushed(staleBefore: string, limit: number): Promise<{ id: string }[]> {
    const t = this.db.schema.enquiries;
    return this.db.q.select({ id: t.id }).from(t).where(or(
      inArray(t.hotlineState, ['pending', 'failed']),
      and(eq(t.hotlineState, 'pushing'), or(isNull(t.hotlineClaimedAt), lt(t.hotlineClaimedAt, staleBefore))),
    )).limit(limit);
  }

  /** Takes one push for this instance: only from a state that is still owed. */
  async claimPush(id: string, at: string, staleBefore: string): Promise<EnquiryRow | undefined> {
    const t = this.db.schema.enquiries;
    return (await this.db.q.update(t).set({ hotlineState: 'pushing', hotlineClaimedAt: at }).where(and(eq(t.id, id), or(
      inArray(t.hotlineState, ['pending', 'failed']),
      and(eq(t.hotlineState, 'pushing'), lt(t.hotlineClaimedAt, staleBefore)),
    ))).returning())[0];
  }

  async finishPush(id: string, claimedAt: string, set: { hotlineState: 'pushed' | 'failed'; hotlineTicketNo?: string }): Promise<boolean> {
    const t = this.db.schema.enquiries;
    const rows = await this.db.q.update(t).set(set)
      .where(and(eq(t.id, id), eq(t.hotlineState, 'pushing'), eq(t.hotlineClaimedAt, claimedAt))).returning({ id: t.id });
    return rows.length === 1;
  }
}
