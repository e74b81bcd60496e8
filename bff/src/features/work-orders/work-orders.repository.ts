import { and, asc, count, desc, eq, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { WorkOrderDeadlineState, WorkOrderStatus } from '@zsb/shared/contracts/work-orders';
import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import { hotlineDeliveries, workOrderEvents, workOrders } from './work-orders.table';

export type WorkOrderRow = typeof workOrders.$inferSelect;
export type WorkOrderEventRow = typeof workOrderEvents.$inferSelect;

/** Statuses in which the unit still owes an answer, so the due date runs. */
export const RUNNING: WorkOrderStatus[] = ['open', 'callback_recorded'];

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

export class WorkOrdersRepository {
  constructor(private readonly db: Db) {}

  insert(row: WorkOrderRow): void {
    this.db.insert(workOrders).values(row).run();
  }

  byId(id: string): WorkOrderRow | undefined {
    return this.db.select().from(workOrders).where(eq(workOrders.id, id)).get();
  }

  byTicket(ticketNo: string): WorkOrderRow | undefined {
    return this.db.select().from(workOrders).where(eq(workOrders.hotlineTicketNo, ticketNo)).get();
  }

  byIds(ids: string[]): WorkOrderRow[] {
    return ids.length ? this.db.select().from(workOrders).where(inArray(workOrders.id, ids)).all() : [];
  }

  update(id: string, set: Partial<WorkOrderRow>): void {
    this.db.update(workOrders).set(set).where(eq(workOrders.id, id)).run();
  }

  addEvent(e: Omit<WorkOrderEventRow, 'id'>): void {
    this.db.insert(workOrderEvents).values({ id: newId(), ...e }).run();
  }

  eventsOf(ids: string[]): Map<string, WorkOrderEventRow[]> {
    const out = new Map<string, WorkOrderEventRow[]>();
    if (!ids.length) return out;
    const rows = this.db.select().from(workOrderEvents).where(inArray(workOrderEvents.workOrderId, ids))
      .orderBy(asc(workOrderEvents.at), sql`rowid`).all();
    for (const r of rows) {
      const list = out.get(r.workOrderId) ?? [];
      list.push(r);
      out.set(r.workOrderId, list);
    }
    return out;
  }

  list(f: WorkOrderFilter): WorkOrderRow[] {
    const where: SQL[] = [];
    if (f.departmentCode) where.push(eq(workOrders.departmentCode, f.departmentCode));
    if (f.region) where.push(eq(workOrders.region, f.region));
    if (f.raterUserId) where.push(eq(workOrders.raterUserId, f.raterUserId));
    if (f.status === 'unclosed') where.push(ne(workOrders.status, 'closed'));
    else if (f.status) where.push(eq(workOrders.status, f.status));
    if (f.deadline) where.push(deadlineCondition(f.deadline, f.today, f.cutoff));
    const unclosed = f.status === 'unclosed' || (f.status !== undefined && f.status !== 'closed');
    return this.db.select().from(workOrders).where(and(...where))
      .orderBy(...(unclosed ? [asc(workOrders.dueDate), asc(workOrders.createdAt)] : [desc(workOrders.createdAt)]))
      .limit(f.limit).all();
  }

  /** Orders whose push to 12345 has not succeeded yet. */
  unpushed(limit: number): WorkOrderRow[] {
    return this.db.select().from(workOrders).where(inArray(workOrders.hotlineState, ['pending', 'failed']))
      .orderBy(asc(workOrders.createdAt)).limit(limit).all();
  }

  /** Records a webhook delivery; false when the same (ticket, event, time) was already recorded. */
  recordDelivery(d: typeof hotlineDeliveries.$inferInsert): boolean {
    return this.db.insert(hotlineDeliveries).values(d).onConflictDoNothing().run().changes === 1;
  }

  /** Counts per department and deadline state of the orders still owed, plus totals per status. */
  overview(today: string, cutoff: string) {
    const owed = inArray(workOrders.status, RUNNING);
    const byDepartment = this.db.select({
      departmentCode: workOrders.departmentCode,
      open: count(),
      near: sql<number>`sum(case when ${workOrders.dueDate} >= ${today} and ${workOrders.dueDate} < ${cutoff} then 1 else 0 end)`,
      overdue: sql<number>`sum(case when ${workOrders.dueDate} < ${today} then 1 else 0 end)`,
    }).from(workOrders).where(owed).groupBy(workOrders.departmentCode).all();
    const byStatus = this.db.select({ status: workOrders.status, n: count() }).from(workOrders).groupBy(workOrders.status).all();
    return { byDepartment, byStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])) as Partial<Record<WorkOrderStatus, number>> };
  }
}

function deadlineCondition(state: WorkOrderDeadlineState, today: string, cutoff: string): SQL {
  const owed = inArray(workOrders.status, RUNNING);
  switch (state) {
    case 'stopped': return inArray(workOrders.status, ['rectified', 'closed']);
    case 'overdue': return and(owed, lt(workOrders.dueDate, today))!;
    case 'near': return and(owed, gte(workOrders.dueDate, today), lt(workOrders.dueDate, cutoff))!;
    case 'on_track': return and(owed, or(gte(workOrders.dueDate, cutoff)))!;
  }
}
