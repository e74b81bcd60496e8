import {
  putCalendarScheduleSchemaFor,
  type CalendarStatus,
  type CalendarYearStatus,
  type PutCalendarScheduleRequest,
} from '@zsb/shared/contracts/calendar';
import { CASE_STATUSES, isFinishedStatus } from '@zsb/shared/domain/case-status';
import {
  chinaDate,
  useWorkingDayCalendar,
  workingDayCalendar,
  type IsoDate,
  type WorkingDayCalendar,
} from '@zsb/shared/domain/working-days';
import type { AuthUser } from '../../platform/auth';
import type { AuditService } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { MessagesService } from '../messages';
import type { CalendarScheduleStore, StoredSchedule } from './calendar.store';

/**
 * Due dates stored while their year was provisional, to compute again once its schedule arrives.
 * A due date before 1 January of the published year never reached into it (the count walks
 * forward from the start), so only those on or after that day can move.
 */
export interface RecomputeTarget {
  kind: 'case' | 'work_order';
  dueOnOrAfter: IsoDate;
  /** Only records whose clock still runs (a paused case gets a fresh due date when resubmitted). */
  statuses: readonly string[];
  /** The rule that computed the stored date; run again, it uses the newly installed calendar. */
  rule: string;
}

/** Called after a schedule is saved and installed; cases and work orders recompute their targets here. */
export type SchedulePublishedListener = (year: number, targets: RecomputeTarget[]) => Promise<void> | void;

export interface CalendarDeps {
  store: CalendarScheduleStore;
  audit: Pick<AuditService, 'record'>;
  messages: Pick<MessagesService, 'send'>;
  /** User ids of the operator accounts (the alert goes to each). */
  operatorIds: () => string[] | Promise<string[]>;
  now?: () => Date;
}

/** From this month on, next year's missing schedule is announced to the operators. */
export const ALERT_FROM_MONTH = 11;

/** Whether, on `today`, next year's schedule should be there and is not. */
export function nextYearMissing(today: IsoDate, calendar: WorkingDayCalendar): boolean {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= ALERT_FROM_MONTH && calendar.year(year + 1).status === 'provisional';
}

/**
 * The working-day calendar of this BFF: operator-entered schedules (from the store) over the bundled
 * ones, installed as the calendar every deadline rule uses; the routes to see and enter schedules;
 * the November alert when next year's is missing.
 */
export class CalendarService {
  private schedules = new Map<number, StoredSchedule>();
  private calendar: WorkingDayCalendar = workingDayCalendar();
  private readonly listeners: SchedulePublishedListener[] = [];
  private readonly now: () => Date;

  constructor(private readonly deps: CalendarDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Reads the store and installs its schedules (at start, and again by the sweep for other instances' saves). */
  async load(): Promise<void> {
    this.install(await this.deps.store.load());
  }

  current(): WorkingDayCalendar {
    return this.calendar;
  }

  status(q: { from?: number; to?: number } = {}): CalendarStatus {
    const today = chinaDate(this.now());
    const year = Number(today.slice(0, 4));
    const from = q.from ?? year - 1;
    const to = q.to ?? Math.max(year + 1, from);
    if (to < from || to - from > 20) {
      throw new AppError(400, 'VALIDATION_FAILED', 'Ask for at most 20 years, from ≤ to', [{ path: 'query.to', message: 'at most 20 years after from' }]);
    }
    const years: CalendarYearStatus[] = [];
    for (let y = from; y <= to; y++) years.push(this.yearStatus(y));
    return { today, nextYearMissing: nextYearMissing(today, this.calendar), years };
  }

  /** Enters (or corrects) a year's schedule; validated against the year and the statutory days, audited. */
  async save(user: AuthUser, year: number, body: PutCalendarScheduleRequest): Promise<CalendarYearStatus> {
    const parsed = putCalendarScheduleSchemaFor(year).safeParse(body);
    if (!parsed.success) {
      throw new AppError(422, 'VALIDATION_FAILED', `This is not a valid schedule for ${year}`,
        parsed.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message })));
    }
    const previous = this.schedules.get(year) ?? null;
    const at = this.now().toISOString();
    await this.deps.store.save(year, parsed.data, { userId: user.userId, at });
    await this.load();
    await this.deps.audit.record({
      actor: `user:${user.userId}`, action: 'calendar.schedule.put', purpose: parsed.data.notice, channel: 'app', result: 'ok',
      detail: {
        year, holidays: parsed.data.holidays, workdays: parsed.data.workdays,
        previous: previous ? { holidays: previous.holidays, workdays: previous.workdays, notice: previous.notice, updatedAt: previous.updatedAt } : null,
      },
    });
    const targets = this.recomputeTargets(year);
    for (const listener of this.listeners) await listener(year, targets);
    return this.yearStatus(year);
  }

  /** What must be computed again now that `year` is published: stored due dates that may reach into it. */
  recomputeTargets(year: number): RecomputeTarget[] {
    const dueOnOrAfter = `${year}-01-01`;
    return [
      {
        kind: 'case', dueOnOrAfter,
        statuses: CASE_STATUSES.filter((s) => !isFinishedStatus(s) && s !== 'correction_required'),
        rule: 'promisedDueDate(clock start, cases.promised_days): the clock starts at the submission, or at the latest resubmission after 补正',
      },
      {
        kind: 'work_order', dueOnOrAfter, statuses: ['open', 'callback_recorded'],
        rule: 'workOrderDueDate(round start, region, policy): round 1 starts at created_at, round 2 at its reopened event',
      },
    ];
  }

  onSchedulePublished(listener: SchedulePublishedListener): void {
    this.listeners.push(listener);
  }

  /**
   * From 1 November, while next year's schedule is missing: one message to each operator account,
   * once per year and operator (the dedupe key), however often the sweep runs or restarts.
   */
  async alertIfNextYearMissing(today: IsoDate = chinaDate(this.now())): Promise<number> {
    if (!nextYearMissing(today, this.calendar)) return 0;
    const next = Number(today.slice(0, 4)) + 1;
    let sent = 0;
    for (const userId of await this.deps.operatorIds()) {
      const id = await this.deps.messages.send(userId, {
        kind: 'calendar',
        title: `${next}年节假日安排尚未录入`,
        body: `国务院办公厅发布${next}年部分节假日安排后，请在工作日日历中录入放假日期和调休上班日期。`
          + `录入前，期限延伸到${next}年的办件和工单只按法定节假日计算，标为暂定，录入后重新计算。`,
        link: null,
        dedupeKey: `calendar:missing:${next}:${userId}`,
      });
      if (id) sent++;
    }
    return sent;
  }

  private install(stored: StoredSchedule[]): void {
    this.schedules = new Map(stored.map((s) => [s.year, s]));
    this.calendar = workingDayCalendar(stored);
    useWorkingDayCalendar(this.calendar);
  }

  private yearStatus(year: number): CalendarYearStatus {
    const y = this.calendar.year(year);
    const s = y.source === 'operator' ? this.schedules.get(year) : undefined;
    return { ...y, notice: s?.notice ?? null, updatedAt: s?.updatedAt ?? null, updatedBy: s?.updatedBy ?? null };
  }
}
