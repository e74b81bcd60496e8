import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, max, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { CaseStatus } from '@zsb/shared/domain/case-status';
import type { NearDeadlineBand } from '@zsb/shared/domain/case-deadline';
import type { Db } from '../../db/client';
import { caseDrafts, caseEvents, cases } from './cases.table';

export type CaseRow = typeof cases.$inferSelect;

/** What a list shows: everything but the form, its schema and the materials (the bulk of a row). */
const SUMMARY = {
  id: cases.id, number: cases.number, kind: cases.kind, parentId: cases.parentId, applicantName: cases.applicantName,
  itemCode: cases.itemCode, bundleCode: cases.bundleCode, title: cases.title, departmentCode: cases.departmentCode,
  region: cases.region, status: cases.status, partial: cases.partial, promisedDays: cases.promisedDays, dueDate: cases.dueDate, submittedAt: cases.submittedAt,
  updatedAt: cases.updatedAt,
};
export type CaseSummaryRow = Pick<CaseRow, keyof typeof SUMMARY>;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type DraftRow = typeof caseDrafts.$inferSelect;

/** Which cases of a department a clerk may see: all regions for a municipal clerk, one district otherwise. */
export interface DepartmentScope {
  departmentCode: string;
  /** Null: every region. */
  region: string | null;
}

export interface QueueFilter {
  status?: CaseStatus;
  /** Leave out refused, completed and delivered cases. */
  openOnly: boolean;
  deadline?: { kind: 'near' | 'overdue'; today: string; near: NearDeadlineBand[] };
}

const FINISHED: CaseStatus[] = ['rejected', 'completed', 'delivered'];
/** Statuses whose promised date is running (the department's clock). */
const CLOCK_STOPPED: CaseStatus[] = [...FINISHED, 'correction_required'];

export class CasesRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn, { behavior: 'immediate' });
  }

  byId(id: string): CaseRow | undefined {
    return this.db.select().from(cases).where(eq(cases.id, id)).get();
  }

  children(parentId: string): CaseRow[] {
    return this.db.select().from(cases).where(eq(cases.parentId, parentId)).orderBy(asc(cases.number)).all();
  }

  childrenOf(parentIds: string[]): CaseSummaryRow[] {
    if (parentIds.length === 0) return [];
    return this.db.select(SUMMARY).from(cases).where(inArray(cases.parentId, parentIds)).all();
  }

  insert(row: NewCaseRow): void {
    this.db.insert(cases).values(row).run();
  }

  /** Changes a case only if it is still in `expected`; false when someone moved it first. */
  updateIfStatus(id: string, expected: CaseStatus, set: Partial<NewCaseRow>): boolean {
    return this.db.update(cases).set(set).where(and(eq(cases.id, id), eq(cases.status, expected))).run().changes === 1;
  }

  update(id: string, set: Partial<NewCaseRow>): void {
    this.db.update(cases).set(set).where(eq(cases.id, id)).run();
  }

  /** The last case number handed out on a China date (`YYYYMMDD`), for the next sequence. */
  lastNumberOn(compactDate: string): string | null {
    const prefix = `ZSB${compactDate}`;
    const r = this.db.select({ n: max(cases.number) }).from(cases)
      .where(and(gte(cases.number, prefix), lt(cases.number, `${prefix}~`))).get();
    return r?.n ?? null;
  }

  events(caseId: string): CaseEventRow[] {
    return this.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq)).all();
  }

  appendEvent(e: Omit<CaseEventRow, 'seq'>): void {
    const last = this.db.select({ s: max(caseEvents.seq) }).from(caseEvents).where(eq(caseEvents.caseId, e.caseId)).get();
    this.db.insert(caseEvents).values({ ...e, seq: (last?.s ?? 0) + 1 }).run();
  }

  /** An applicant's top-level cases (single items and bundles), newest first. */
  listForApplicant(userId: string, opts: { status?: CaseStatus; offset: number; limit: number }): { rows: CaseSummaryRow[]; total: number } {
    const where = and(eq(cases.applicantUserId, userId), isNull(cases.parentId), opts.status ? eq(cases.status, opts.status) : undefined);
    const rows = this.db.select(SUMMARY).from(cases).where(where).orderBy(desc(cases.submittedAt), desc(cases.number))
      .limit(opts.limit).offset(opts.offset).all();
    const total = this.db.select({ n: count() }).from(cases).where(where).get()?.n ?? 0;
    return { rows, total };
  }

  // Only single-item cases carry a department, so the department alone scopes the queue.
  private scopeWhere(scope: DepartmentScope): SQL {
    return and(
      eq(cases.departmentCode, scope.departmentCode),
      scope.region ? eq(cases.region, scope.region) : undefined,
    )!;
  }

  private deadlineWhere(d: NonNullable<QueueFilter['deadline']>): SQL {
    const running = notInArray(cases.status, CLOCK_STOPPED);
    return d.kind === 'overdue'
      ? and(running, lt(cases.dueDate, d.today))!
      : and(running, gte(cases.dueDate, d.today), lt(cases.dueDate, d.near.at(-1)!.dueBefore), or(...d.near.map((b) =>
        and(gte(cases.dueDate, b.dueFrom), lt(cases.dueDate, b.dueBefore), gte(cases.promisedDays, b.minPromisedDays)))))!;
  }

  /** A department's queue: the most urgent (earliest promised date) first, walking the department/due-date index. */
  queue(scope: DepartmentScope, filter: QueueFilter, page: { offset: number; limit: number }): { rows: CaseSummaryRow[]; total: number } {
    const where = and(
      this.scopeWhere(scope),
      filter.status ? eq(cases.status, filter.status) : filter.openOnly ? notInArray(cases.status, FINISHED) : undefined,
      filter.deadline ? this.deadlineWhere(filter.deadline) : undefined,
    );
    const rows = this.db.select(SUMMARY).from(cases).where(where)
      .orderBy(asc(cases.dueDate), asc(cases.submittedAt))
      .limit(page.limit).offset(page.offset).all();
    const total = this.db.select({ n: count() }).from(cases).where(where).get()?.n ?? 0;
    return { rows, total };
  }

  countByDeadline(scope: DepartmentScope, bounds: { today: string; near: NearDeadlineBand[] }): { near: number; overdue: number } {
    const n = (kind: 'near' | 'overdue') => this.db.select({ n: count() }).from(cases)
      .where(and(this.scopeWhere(scope), this.deadlineWhere({ kind, ...bounds }))).get()?.n ?? 0;
    return { near: n('near'), overdue: n('overdue') };
  }

  /** Completed (or delivered) single-item cases whose completion falls in (after, until], oldest first. */
  completedBetween(after: string, until: string, limit: number): CaseRow[] {
    return this.db.select().from(cases)
      .where(and(eq(cases.kind, 'item'), or(eq(cases.status, 'completed'), eq(cases.status, 'delivered')),
        gt(cases.completedAt, after), lte(cases.completedAt, until)))
      .orderBy(asc(cases.completedAt)).limit(limit).all();
  }

  draft(key: { userId: string; identity: string; kind: 'item' | 'bundle'; code: string }): DraftRow | undefined {
    return this.db.select().from(caseDrafts).where(and(
      eq(caseDrafts.userId, key.userId), eq(caseDrafts.identity, key.identity), eq(caseDrafts.kind, key.kind), eq(caseDrafts.code, key.code),
    )).get();
  }

  /** Stores the draft unless the stored one has the same or a newer revision; returns what is stored. */
  saveDraft(row: DraftRow): DraftRow {
    this.db.insert(caseDrafts).values(row).onConflictDoUpdate({
      target: [caseDrafts.userId, caseDrafts.identity, caseDrafts.kind, caseDrafts.code],
      set: { data: row.data, revision: row.revision, updatedAt: row.updatedAt },
      setWhere: sql`${caseDrafts.revision} < excluded.revision`,
    }).run();
    return this.draft(row)!;
  }

  deleteDraft(key: { userId: string; identity: string; kind: 'item' | 'bundle'; code: string }): boolean {
    return this.db.delete(caseDrafts).where(and(
      eq(caseDrafts.userId, key.userId), eq(caseDrafts.identity, key.identity), eq(caseDrafts.kind, key.kind), eq(caseDrafts.code, key.code),
    )).run().changes > 0;
  }
}
