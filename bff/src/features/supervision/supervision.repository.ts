import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type ItemRow = Database['schema']['supervisionItems']['$inferSelect'];
export type ReportRow = Database['schema']['supervisionReports']['$inferSelect'];

/** 预警督办 items and 情况通报 reports. Only this file queries the supervision tables. */
export class SupervisionRepository {
  constructor(private readonly db: Database) {}

  private get t() {
    return this.db.schema;
  }

  /** Inserts a watched deadline unless it is already there; true when inserted. */
  async insertItem(row: ItemRow): Promise<boolean> {
    const i = this.t.supervisionItems;
    return (await this.db.q.insert(i).values(row).onConflictDoNothing().returning({ id: i.id })).length === 1;
  }

  /** Moves a warned (and unresolved) item to escalated; false when another sweep did it first. */
  async escalate(key: { subjectKind: string; subjectId: string; dueDate: string }, number: string, at: string): Promise<ItemRow | undefined> {
    const i = this.t.supervisionItems;
    const [row] = await this.db.q.update(i).set({ stage: 'escalated', number, escalatedAt: at })
      .where(and(eq(i.subjectKind, key.subjectKind as 'case'), eq(i.subjectId, key.subjectId), eq(i.dueDate, key.dueDate), eq(i.stage, 'warned'), isNull(i.resolvedAt)))
      .returning();
    return row;
  }

  async unresolved(): Promise<ItemRow[]> {
    const i = this.t.supervisionItems;
    return this.db.q.select().from(i).where(isNull(i.resolvedAt)).orderBy(asc(i.departmentCode), asc(i.dueDate));
  }

  async resolve(id: string, at: string): Promise<void> {
    const i = this.t.supervisionItems;
    await this.db.q.update(i).set({ resolvedAt: at }).where(and(eq(i.id, id), isNull(i.resolvedAt)));
  }

  /** Escalations of a department whose due date falls in [from, to] (China dates). */
  async escalationsOf(departmentCode: string): Promise<ItemRow[]> {
    const i = this.t.supervisionItems;
    return this.db.q.select().from(i).where(and(eq(i.departmentCode, departmentCode), eq(i.stage, 'escalated')));
  }

  async insertReport(row: ReportRow): Promise<boolean> {
    const r = this.t.supervisionReports;
    return (await this.db.q.insert(r).values(row).onConflictDoNothing().returning({ id: r.id })).length === 1;
  }

  async reportMonths(month: string): Promise<string[]> {
    const r = this.t.supervisionReports;
    return (await this.db.q.select({ d: r.departmentCode }).from(r).where(eq(r.month, month))).map((x) => x.d);
  }

  async reports(filter: { month?: string; departmentCode?: string }): Promise<ReportRow[]> {
    const r = this.t.supervisionReports;
    const conds = [filter.month ? eq(r.month, filter.month) : undefined, filter.departmentCode ? eq(r.departmentCode, filter.departmentCode) : undefined].filter(Boolean);
    return this.db.q.select().from(r).where(conds.length ? and(...conds) : undefined).orderBy(desc(r.month), asc(r.departmentCode)).limit(500);
  }

  async report(id: string): Promise<ReportRow | undefined> {
    const r = this.t.supervisionReports;
    return (await this.db.q.select().from(r).where(eq(r.id, id)).limit(1))[0];
  }
}
