import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, max, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { CaseStatus } from '@zsb/shared/domain/case-status';
import type { NearDeadlineBand } from '@zsb/shared/domain/case-deadline';
import { LRUCache } from 'lru-cache';
import type { Database } from '../../platform/db';
import type { SharedState } from '../../platform/shared-state';
import { newId } from '../../db/ids';

type Schema = Database['schema'];
export type CaseRow = Schema['cases']['$inferSelect'];
export type NewCaseRow = Schema['cases']['$inferInsert'];
export type CaseEventRow = Schema['caseEvents']['$inferSelect'];
export type DraftRow = Schema['caseDrafts']['$inferSelect'];
/** A case whose promised date may move when a year's schedule is published, with its clock start. */
export interface RunningClockRow {
  id: string;
  dueDate: string;
  promisedDays: number | null;
  status: CaseStatus;
  submittedAt: string;
  title: string;
  number: string;
  applicantUserId: string;
  /** The latest `at` of an event into `submitted`; null only if the events are missing. */
  clockStart: string | null;
}

/** What a list shows: everything but the form, its schema and the materials (the bulk of a row). */
const summaryOf = (cases: Schema['cases']) => ({
  id: cases.id, number: cases.number, kind: cases.kind, parentId: cases.parentId, applicantName: cases.applicantName,
  itemCode: cases.itemCode, bundleCode: cases.bundleCode, title: cases.title, departmentCode: cases.departmentCode,
  region: cases.region, status: cases.status, partial: cases.partial, promisedDays: cases.promisedDays, dueDate: cases.dueDate, submittedAt: cases.submittedAt,
  updatedAt: cases.updatedAt,
});
export type CaseSummaryRow = Pick<CaseRow, keyof ReturnType<typeof summaryOf>>;

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

const CASES_VERSION_KEY = 'cases-version';
const FINISHED: CaseStatus[] = ['rejected', 'completed', 'delivered'];
/** Statuses whose promised date is running (the department's clock). */
const CLOCK_STOPPED: CaseStatus[] = [...FINISHED, 'correction_required'];

/** How long a queue count may lag behind a change made through another instance. */
const COUNT_TTL_MS = 2_000;

export class CasesRepository {
  private generation = 0;
  private readonly counts = new LRUCache<string, { generation: number; value: number }>({ max: 10_000, ttl: COUNT_TTL_MS });
  private readonly openQueue;
  private readonly openQueueInRegion;

  constructor(private readonly db: Database, private readonly shared?: Pick<SharedState, 'get' | 'set'>) {
    const { cases } = db.schema;
    const p = (name: string) => sql.placeholder(name);
    const open = (region: boolean) => (q: Database['q']) => q.select(summaryOf(cases)).from(cases)
      .where(and(eq(cases.departmentCode, p('department')), region ? eq(cases.region, p('region')) : undefined, notInArray(cases.status, FINISHED)))
      .orderBy(asc(cases.dueDate), asc(cases.submittedAt)).limit(p('limit')).offset(p('offset'));
    this.openQueue = db.prepared('cases_open_queue', open(false));
    this.openQueueInRegion = db.prepared('cases_open_queue_region', open(true));
  }

  private get t() {
    return this.db.schema;
  }

  /** Runs `fn` in one transaction (a savepoint inside another). */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  async byId(id: string): Promise<CaseRow | undefined> {
    const { cases } = this.t;
    const [row] = await this.db.q.select().from(cases).where(eq(cases.id, id)).limit(1);
    return row;
  }

  async children(parentId: string): Promise<CaseRow[]> {
    const { cases } = this.t;
    return this.db.q.select().from(cases).where(eq(cases.parentId, parentId)).orderBy(asc(cases.number));
  }

  async childrenOf(parentIds: string[]): Promise<CaseSummaryRow[]> {
    if (parentIds.length === 0) return [];
    const { cases } = this.t;
    return this.db.q.select(summaryOf(cases)).from(cases).where(inArray(cases.parentId, parentIds));
  }

  /** Inserts a case; a number another request took first is a unique violation (`cases_number`). */
  async insert(row: NewCaseRow): Promise<void> {
    this.changed();
    await this.db.q.insert(this.t.cases).values(row);
  }

  /** Changes a case only if it is still in `expected` (one atomic conditional update); false when someone moved it first. */
  async updateIfStatus(id: string, expected: CaseStatus, set: Partial<NewCaseRow>): Promise<boolean> {
    const { cases } = this.t;
    this.changed();
    const r = await this.db.q.update(cases).set(set).where(and(eq(cases.id, id), eq(cases.status, expected))).returning({ id: cases.id });
    return r.length === 1;
  }

  async update(id: string, set: Partial<NewCaseRow>): Promise<void> {
    const { cases } = this.t;
    this.changed();
    await this.db.q.update(cases).set(set).where(eq(cases.id, id));
  }

  /**
   * Takes the row lock of a case for the rest of the transaction (a no-op update): a bundle's status
   * is derived from its children by one transaction at a time, each seeing the others' committed moves.
   */
  async lock(id: string): Promise<boolean> {
    const { cases } = this.t;
    const r = await this.db.q.update(cases).set({ updatedAt: sql`${cases.updatedAt}` }).where(eq(cases.id, id)).returning({ id: cases.id });
    return r.length === 1;
  }

  /** The last case number handed out on a China date (`YYYYMMDD`), for the next sequence. */
  async lastNumberOn(compactDate: string): Promise<string | null> {
    const prefix = `ZSB${compactDate}`;
    const { cases } = this.t;
    const [r] = await this.db.q.select({ n: max(cases.number) }).from(cases)
      // Bounds of letters and digits only: the same order under any PostgreSQL collation as in SQLite.
      .where(and(gte(cases.number, `${prefix}000000`), lte(cases.number, `${prefix}999999`)));
    return r?.n ?? null;
  }

  async events(caseId: string): Promise<CaseEventRow[]> {
    const { caseEvents } = this.t;
    return this.db.q.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq));
  }

  async lastEventSeq(caseId: string): Promise<number> {
    const { caseEvents } = this.t;
    const [r] = await this.db.q.select({ s: max(caseEvents.seq) }).from(caseEvents).where(eq(caseEvents.caseId, caseId));
    return r?.s ?? 0;
  }

  /** Inserts an event; a `seq` another request took first is a unique violation (`case_events_case_seq`). */
  async insertEvent(e: CaseEventRow): Promise<void> {
    await this.db.q.insert(this.t.caseEvents).values(e);
  }

  /** An applicant's top-level cases (single items and bundles), newest first. */
  async listForApplicant(userId: string, opts: { status?: CaseStatus; offset: number; limit: number }): Promise<{ rows: CaseSummaryRow[]; total: number }> {
    const { cases } = this.t;
    const where = and(eq(cases.applicantUserId, userId), isNull(cases.parentId), opts.status ? eq(cases.status, opts.status) : undefined);
    const rows = await this.db.q.select(summaryOf(cases)).from(cases).where(where).orderBy(desc(cases.submittedAt), desc(cases.number))
      .limit(opts.limit).offset(opts.offset);
    const [n] = await this.db.q.select({ n: count() }).from(cases).where(where);
    return { rows, total: n?.n ?? 0 };
  }

  // Only single-item cases carry a department, so the department alone scopes the queue.
  private scopeWhere(scope: DepartmentScope): SQL {
    const { cases } = this.t;
    return and(
      eq(cases.departmentCode, scope.departmentCode),
      scope.region ? eq(cases.region, scope.region) : undefined,
    )!;
  }

  private deadlineWhere(d: NonNullable<QueueFilter['deadline']>): SQL {
    const { cases } = this.t;
    const running = notInArray(cases.status, CLOCK_STOPPED);
    return d.kind === 'overdue'
      ? and(running, lt(cases.dueDate, d.today))!
      : and(running, gte(cases.dueDate, d.today), lt(cases.dueDate, d.near.at(-1)!.dueBefore), or(...d.near.map((b) =>
        and(gte(cases.dueDate, b.dueFrom), lt(cases.dueDate, b.dueBefore), gte(cases.promisedDays, b.minPromisedDays)))))!;
  }

  /** A department's queue: the most urgent (earliest promised date) first, walking the department/due-date index. */
  async queue(scope: DepartmentScope, filter: QueueFilter, page: { offset: number; limit: number }): Promise<{ rows: CaseSummaryRow[]; total: number }> {
    const { cases } = this.t;
    const where = and(
      this.scopeWhere(scope),
      filter.status ? eq(cases.status, filter.status) : filter.openOnly ? notInArray(cases.status, FINISHED) : undefined,
      filter.deadline ? this.deadlineWhere(filter.deadline) : undefined,
    );
    const plain = !filter.status && !filter.deadline && filter.openOnly;
    const rows = plain
      // The queue as a clerk opens it: one prepared statement.
      ? await (scope.region ? this.openQueueInRegion : this.openQueue)({ department: scope.departmentCode, region: scope.region, limit: page.limit, offset: page.offset })
      : await this.db.q.select(summaryOf(cases)).from(cases).where(where)
        .orderBy(asc(cases.dueDate), asc(cases.submittedAt))
        .limit(page.limit).offset(page.offset);
    const total = await this.cachedCount(`total|${JSON.stringify([scope, filter])}`, async () => {
      const [n] = await this.db.q.select({ n: count() }).from(cases).where(where);
      return Number(n?.n ?? 0);
    });
    return { rows, total };
  }

  /**
   * Counts of a department's queue (thousands of rows to count) are kept until a case changes on this
   * instance, and at most COUNT_TTL_MS, so a change made through another instance shows within that.
   * The rows of a page are always read fresh.
   */
  private async cachedCount(key: string, run: () => Promise<number>): Promise<number> {
    const hit = this.counts.get(key);
    if (hit && hit.generation === this.generation) return hit.value;
    const generation = this.generation;
    const value = await run();
    this.counts.set(key, { generation, value });
    return value;
  }

  /**
   * Every write to `cases` goes through here first: cached counts are stale from now on, and so are
   * answers kept from the queue on every instance (the shared version changes now, and again once the
   * write has committed, so an answer read while it ran is not kept under the new version).
   */
  private changed(): void {
    this.generation++;
    const bump = () => void this.shared?.set(CASES_VERSION_KEY, newId(), 30 * 24 * 3_600_000).catch(() => {});
    bump();
    this.db.afterCommit(bump);
  }

  /** Rows were changed outside this repository (an operator's SQL fix, a test moving a due date). */
  changedOutside(): void {
    this.changed();
  }

  /** Changes with every write to `cases` on any instance (and on this one at once). */
  async version(): Promise<string> {
    return `${(await this.shared?.get(CASES_VERSION_KEY)) ?? ''}|${this.generation}`;
  }

  async countByDeadline(scope: DepartmentScope, bounds: { today: string; near: NearDeadlineBand[] }): Promise<{ near: number; overdue: number }> {
    const { cases } = this.t;
    const n = (kind: 'near' | 'overdue') => this.cachedCount(`${kind}|${JSON.stringify([scope, bounds])}`, async () => {
      const [r] = await this.db.q.select({ n: count() }).from(cases).where(and(this.scopeWhere(scope), this.deadlineWhere({ kind, ...bounds })));
      return Number(r?.n ?? 0);
    });
    return { near: await n('near'), overdue: await n('overdue') };
  }

  /** Completed (or delivered) single-item cases whose completion falls in (after, until], oldest first. */
  /** 预警督办: single-item cases whose clock runs (`statuses`) and that are due on or before `dueOnOrBefore`. */
  async openDueBy(dueOnOrBefore: string, statuses: readonly CaseStatus[]) {
    const { cases } = this.t;
    return this.db.q.select({
      id: cases.id, number: cases.number, title: cases.title, departmentCode: cases.departmentCode, region: cases.region, dueDate: cases.dueDate,
    }).from(cases).where(and(eq(cases.kind, 'item'), inArray(cases.status, [...statuses]), lte(cases.dueDate, dueOnOrBefore)))
      .orderBy(asc(cases.dueDate));
  }

  /** 情况通报: the facts of single-item cases submitted before `to` and not finished before `from`. */
  async monthRows(from: string, to: string) {
    const { cases } = this.t;
    return this.db.q.select({
      departmentCode: cases.departmentCode, submittedAt: cases.submittedAt, completedAt: cases.completedAt, dueDate: cases.dueDate, status: cases.status,
    }).from(cases).where(and(eq(cases.kind, 'item'), lt(cases.submittedAt, to), or(isNull(cases.completedAt), gte(cases.completedAt, from))));
  }

  async completedBetween(after: string, until: string, limit: number): Promise<CaseRow[]> {
    const { cases } = this.t;
    return this.db.q.select().from(cases)
      .where(and(eq(cases.kind, 'item'), or(eq(cases.status, 'completed'), eq(cases.status, 'delivered')),
        gt(cases.completedAt, after), lte(cases.completedAt, until)))
      .orderBy(asc(cases.completedAt)).limit(limit);
  }

  /**
   * One batch of single-item cases whose promised date may reach into a newly published year: in
   * `statuses` (the clock runs), due on or after `dueOnOrAfter`, with their clock start — the `at` of
   * their latest event into `submitted` (the submission, or the resubmission after 补正). Keyset paged by id.
   */
  async runningClocks(q: { dueOnOrAfter: string; statuses: readonly CaseStatus[]; afterId: string; limit: number }): Promise<RunningClockRow[]> {
    const { cases, caseEvents } = this.t;
    const rows = await this.db.q.select({
      id: cases.id, dueDate: cases.dueDate, promisedDays: cases.promisedDays, status: cases.status, submittedAt: cases.submittedAt,
      title: cases.title, number: cases.number, applicantUserId: cases.applicantUserId, clockStart: max(caseEvents.at),
    }).from(cases)
      .leftJoin(caseEvents, and(eq(caseEvents.caseId, cases.id), eq(caseEvents.toStatus, 'submitted')))
      .where(and(eq(cases.kind, 'item'), inArray(cases.status, [...q.statuses]), gte(cases.dueDate, q.dueOnOrAfter), gt(cases.id, q.afterId)))
      .groupBy(cases.id, cases.dueDate, cases.promisedDays, cases.status, cases.submittedAt, cases.title, cases.number, cases.applicantUserId)
      .orderBy(asc(cases.id)).limit(q.limit);
    // `due_date >= …` leaves out the null due dates (bundles).
    return rows as RunningClockRow[];
  }

  /**
   * Moves a case's promised date from `from` to `to` only if it still has `from` and the same status
   * (one atomic conditional update): a resubmission or a clerk's move in between wins, and a second
   * recompute of the same schedule changes nothing.
   */
  async moveDueDate(id: string, expected: { dueDate: string; status: CaseStatus }, to: string, at: string): Promise<boolean> {
    const { cases } = this.t;
    this.changed();
    const r = await this.db.q.update(cases).set({ dueDate: to, updatedAt: at })
      .where(and(eq(cases.id, id), eq(cases.dueDate, expected.dueDate), eq(cases.status, expected.status))).returning({ id: cases.id });
    return r.length === 1;
  }

  private draftWhere(key: { userId: string; identity: string; kind: 'item' | 'bundle'; code: string }): SQL {
    const { caseDrafts } = this.t;
    return and(eq(caseDrafts.userId, key.userId), eq(caseDrafts.identity, key.identity), eq(caseDrafts.kind, key.kind), eq(caseDrafts.code, key.code))!;
  }

  async draft(key: { userId: string; identity: string; kind: 'item' | 'bundle'; code: string }): Promise<DraftRow | undefined> {
    const [row] = await this.db.q.select().from(this.t.caseDrafts).where(this.draftWhere(key)).limit(1);
    return row;
  }

  /** Stores the draft unless the stored one has the same or a newer revision (one conditional upsert); returns what is stored. */
  async saveDraft(row: DraftRow): Promise<DraftRow> {
    const { caseDrafts } = this.t;
    await this.db.q.insert(caseDrafts).values(row).onConflictDoUpdate({
      target: [caseDrafts.userId, caseDrafts.identity, caseDrafts.kind, caseDrafts.code],
      set: { data: row.data, revision: row.revision, updatedAt: row.updatedAt },
      setWhere: sql`${caseDrafts.revision} < excluded.revision`,
    });
    return (await this.draft(row))!;
  }

  async deleteDraft(key: { userId: string; identity: string; kind: 'item' | 'bundle'; code: string }): Promise<boolean> {
    const { caseDrafts } = this.t;
    const r = await this.db.q.delete(caseDrafts).where(this.draftWhere(key)).returning({ code: caseDrafts.code });
    return r.length > 0;
  }
}
