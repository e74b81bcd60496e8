import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte, max, ne, or, sql, type SQL } from 'drizzle-orm';
import type { WorkOrderDeadlineState, WorkOrderStatus } from '@zsb/shared/contracts/work-orders';
import type { Database } from '../../platform/db';
import { newId } from '../../db/ids';

export type WorkOrderRow = Database['schema']['workOrders']['$inferSelect'];
export type WorkOrderEventRow = Database['schema']['workOrderEvents']['$inferSelect'];
export type HotlineDeliveryRow = Database['schema']['hotlineDeliveries']['$inferInsert'];

/** An order whose due date may move when a year's schedule is published, with its round's start. */
export interface RunningOrderRow {
  id: string;
  dueDate: string;
  status: string;
  round: number;
  region: string;
  raterUserId: string;
  createdAt: string;
  /** The latest `reopened` event's `at` (round 2's start); null in round 1. */
  reopenedAt: string | null;
}

/** Statuses in which the unit still owes an answer, so the due date runs. */
export const RUNNING: WorkOrderStatus[] = ['open', 'callback_recorded'];

/** Hotline states a push may (still) be tried from. `pushing` is a claim: one instance is pushing it now. */
const PUSHABLE = ['pending', 'failed'];

export interface WorkOrderFilter {
  departmentCode?: string;
  region?: string;
  raterUserId?: string;
  status?: WorkOrderStatus | 'unclosed';
  deadline?: WorkOrderDeadlineState;
  /** China date and the near-due cutoff (`nearCutoff(today)`), for the deadline filter. */
  today: string;
  cutoff: string;
  limit: number;
}

/** Work orders, their history and the hotline's deliveries. Only this file queries those tables. */
export class WorkOrdersRepository {
  constructor(private readonly db: Database) {}

  private get t() {
    return this.db.schema.workOrders;
  }

  /** A new order; a second order for the same rating is a unique violation (`work_orders_rating`). */
  async insert(row: WorkOrderRow): Promise<void> {
    await this.db.q.insert(this.t).values(row);
  }

  async byId(id: string): Promise<WorkOrderRow | undefined> {
    return (await this.db.q.select().from(this.t).where(eq(this.t.id, id)).limit(1))[0];
  }

  async byRating(ratingId: string): Promise<WorkOrderRow | undefined> {
    return (await this.db.q.select().from(this.t).where(eq(this.t.ratingId, ratingId)).limit(1))[0];
  }

  async byTicket(ticketNo: string): Promise<WorkOrderRow | undefined> {
    return (await this.db.q.select().from(this.t).where(eq(this.t.hotlineTicketNo, ticketNo)).limit(1))[0];
  }

  async byIds(ids: string[]): Promise<WorkOrderRow[]> {
    return ids.length ? this.db.q.select().from(this.t).where(inArray(this.t.id, ids)) : [];
  }

  async update(id: string, set: Partial<WorkOrderRow>): Promise<void> {
    await this.db.q.update(this.t).set(set).where(eq(this.t.id, id));
  }

  /**
   * Moves an order on only if it is still where the caller saw it (status and round): of two
   * concurrent steps from the same state, on any instances, exactly one applies.
   */
  async step(id: string, from: { status: string; round: number }, set: Partial<WorkOrderRow>): Promise<boolean> {
    const r = await this.db.q.update(this.t).set(set)
      .where(and(eq(this.t.id, id), eq(this.t.status, from.status), eq(this.t.round, from.round))).returning({ id: this.t.id });
    return r.length === 1;
  }

  /** Closes an order unless it is closed already; the row as it was, or undefined. */
  async closeIfOpen(id: string, at: string): Promise<{ round: number } | undefined> {
    const r = await this.db.q.update(this.t).set({ status: 'closed', closedAt: at, updatedAt: at })
      .where(and(eq(this.t.id, id), ne(this.t.status, 'closed'))).returning({ round: this.t.round });
    return r[0];
  }

  async addEvent(e: Omit<WorkOrderEventRow, 'id'>): Promise<void> {
    await this.db.q.insert(this.db.schema.workOrderEvents).values({ id: eventId(), ...e });
  }

  async eventsOf(ids: string[]): Promise<Map<string, WorkOrderEventRow[]>> {
    const out = new Map<string, WorkOrderEventRow[]>();
    if (!ids.length) return out;
    const e = this.db.schema.workOrderEvents;
    const rows = await this.db.q.select().from(e).where(inArray(e.workOrderId, ids)).orderBy(asc(e.at), asc(e.id));
    for (const r of rows) {
      const list = out.get(r.workOrderId) ?? [];
      list.push(r);
      out.set(r.workOrderId, list);
    }
    return out;
  }

  async list(f: WorkOrderFilter): Promise<WorkOrderRow[]> {
    const t = this.t;
    const where: SQL[] = [];
    if (f.departmentCode) where.push(eq(t.departmentCode, f.departmentCode));
    if (f.region) where.push(eq(t.region, f.region));
    if (f.raterUserId) where.push(eq(t.raterUserId, f.raterUserId));
    if (f.status === 'unclosed') where.push(ne(t.status, 'closed'));
    else if (f.status) where.push(eq(t.status, f.status));
    if (f.deadline) where.push(this.deadlineCondition(f.deadline, f.today, f.cutoff));
    const unclosed = f.status === 'unclosed' || (f.status !== undefined && f.status !== 'closed');
    return this.db.q.select().from(t).where(and(...where))
      .orderBy(...(unclosed ? [asc(t.dueDate), asc(t.createdAt)] : [desc(t.createdAt)]))
      .limit(f.limit);
  }

  /**
   * One batch of orders whose due date may reach into a newly published year: in `statuses` (still
   * owed), due on or after `dueOnOrAfter`, with the start of their round (created_at, or the latest
   * `reopened` event). Keyset paged by id.
   */
  async runningClocks(q: { dueOnOrAfter: string; statuses: readonly string[]; afterId: string; limit: number }): Promise<RunningOrderRow[]> {
    const t = this.t;
    const e = this.db.schema.workOrderEvents;
    return this.db.q.select({
      id: t.id, dueDate: t.dueDate, status: t.status, round: t.round, region: t.region, raterUserId: t.raterUserId,
      createdAt: t.createdAt, reopenedAt: max(e.at),
    }).from(t)
      .leftJoin(e, and(eq(e.workOrderId, t.id), eq(e.action, 'reopened')))
      .where(and(inArray(t.status, [...q.statuses]), gte(t.dueDate, q.dueOnOrAfter), gt(t.id, q.afterId)))
      .groupBy(t.id, t.dueDate, t.status, t.round, t.region, t.raterUserId, t.createdAt)
      .orderBy(asc(t.id)).limit(q.limit);
  }

  /**
   * Moves an order's due date only if it is still where it was read (date, status, round): a step or a
   * reopening in between wins, and a second recompute of the same schedule changes nothing.
   */
  async moveDueDate(id: string, expected: { dueDate: string; status: string; round: number }, to: string, at: string): Promise<boolean> {
    const t = this.t;
    const r = await this.db.q.update(t).set({ dueDate: to, updatedAt: at })
      .where(and(eq(t.id, id), eq(t.dueDate, expected.dueDate), eq(t.status, expected.status), eq(t.round, expected.round)))
      .returning({ id: t.id });
    return r.length === 1;
  }

  /** Orders whose push to 12345 has not succeeded yet, and pushes claimed before `staleBefore` whose pusher vanished. */
  async unpushed(limit: number, staleBefore: string, maxAttempts: number): Promise<{ id: string }[]> {
    const t = this.t;
    return this.db.q.select({ id: t.id }).from(t)
      .where(and(this.pushable(staleBefore), lt(t.hotlineAttempts, maxAttempts)))
      .orderBy(asc(t.createdAt)).limit(limit);
  }

  /**
   * Claims one order's push: one atomic conditional update from a pushable state to `pushing`, so
   * of two instances (or the post-commit push and the retry sweep) exactly one calls 12345.
   * Answers the row as claimed, or undefined when someone else has it or it needs no push.
   */
  async claimPush(id: string, at: string, staleBefore: string): Promise<WorkOrderRow | undefined> {
    const t = this.t;
    const r = await this.db.q.update(t).set({ hotlineState: 'pushing', hotlineNote: null, updatedAt: at })
      .where(and(eq(t.id, id), this.pushable(staleBefore))).returning();
    return r[0];
  }

  /**
   * Ends a claimed push: the outcome and one more attempt, only if no one finished this attempt
   * already (a claim taken over as stale by another instance): the attempt count is the token.
   */
  async finishPush(id: string, attemptsAtClaim: number, set: Partial<WorkOrderRow>): Promise<boolean> {
    const t = this.t;
    const r = await this.db.q.update(t).set({ ...set, hotlineAttempts: sql`${t.hotlineAttempts} + 1` })
      .where(and(eq(t.id, id), eq(t.hotlineState, 'pushing'), eq(t.hotlineAttempts, attemptsAtClaim))).returning({ id: t.id });
    return r.length === 1;
  }

  private pushable(staleBefore: string): SQL {
    const t = this.t;
    return or(inArray(t.hotlineState, PUSHABLE), and(eq(t.hotlineState, 'pushing'), lt(t.updatedAt, staleBefore)))!;
  }

  /** Records a webhook delivery; false when the same (ticket, event, time) was already recorded (unique key). */
  async recordDelivery(d: HotlineDeliveryRow): Promise<boolean> {
    const h = this.db.schema.hotlineDeliveries;
    const r = await this.db.q.insert(h).values(d).onConflictDoNothing().returning({ ticketNo: h.ticketNo });
    return r.length === 1;
  }

  /** Counts per department and deadline state of the orders still owed, plus totals per status. */
  /** 预警督办: orders whose clock runs and that are due on or before `dueOnOrBefore`. */
  async openDueBy(dueOnOrBefore: string) {
    const t = this.t;
    return this.db.q.select({ id: t.id, itemCode: t.itemCode, departmentCode: t.departmentCode, region: t.region, dueDate: t.dueDate })
      .from(t).where(and(inArray(t.status, RUNNING), lte(t.dueDate, dueOnOrBefore))).orderBy(asc(t.dueDate));
  }

  /** 情况通报: per department, orders opened and callbacks recorded in [from, to) (ISO instants). */
  async monthFigures(from: string, to: string) {
    const t = this.t;
    return this.db.q.select({
      departmentCode: t.departmentCode,
      opened: sql<number>`sum(case when ${t.createdAt} >= ${from} and ${t.createdAt} < ${to} then 1 else 0 end)`,
      callbacks: sql<number>`sum(case when ${t.callbackRecordedAt} >= ${from} and ${t.callbackRecordedAt} < ${to} then 1 else 0 end)`,
    }).from(t).where(or(and(gte(t.createdAt, from), lt(t.createdAt, to)), and(gte(t.callbackRecordedAt, from), lt(t.callbackRecordedAt, to))))
      .groupBy(t.departmentCode);
  }

  async overview(today: string, cutoff: string) {
    const t = this.t;
    const owed = inArray(t.status, RUNNING);
    const byDepartment = await this.db.q.select({
      departmentCode: t.departmentCode,
      open: count(),
      near: sql<number>`sum(case when ${t.dueDate} >= ${today} and ${t.dueDate} < ${cutoff} then 1 else 0 end)`,
      overdue: sql<number>`sum(case when ${t.dueDate} < ${today} then 1 else 0 end)`,
    }).from(t).where(owed).groupBy(t.departmentCode);
    const byStatus = await this.db.q.select({ status: t.status, n: count() }).from(t).groupBy(t.status);
    return { byDepartment, byStatus: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)])) as Partial<Record<WorkOrderStatus, number>> };
  }

  private deadlineCondition(state: WorkOrderDeadlineState, today: string, cutoff: string): SQL {
    const t = this.t;
    const owed = inArray(t.status, RUNNING);
    switch (state) {
      case 'stopped': return inArray(t.status, ['rectified', 'closed']);
      case 'overdue': return and(owed, lt(t.dueDate, today))!;
      case 'near': return and(owed, gte(t.dueDate, today), lt(t.dueDate, cutoff))!;
      case 'on_track': return and(owed, gte(t.dueDate, cutoff))!;
    }
  }
}

/**
 * Event ids sort in the order this process wrote them (monotonic clock, then randomness for
 * uniqueness), so lines of the same instant (a verdict and the closing it causes) keep their order.
 */
function eventId(): string {
  return `e${process.hrtime.bigint().toString().padStart(20, '0')}${newId().slice(0, 8)}`;
}
