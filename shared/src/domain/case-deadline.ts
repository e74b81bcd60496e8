import { addWorkingDays, chinaDate, currentWorkingDayCalendar, workingDaysBetween, type IsoDate, type WorkingDayCalendar } from './working-days';
import { isFinishedStatus, type CaseStatus } from './case-status';

/**
 * The promised completion date of a case (承诺办结时限) on the Chinese working-day calendar.
 * The clock starts on the China-time date of `startedAt` — the submission, or the resubmission
 * after a correction, because time the case spent with the applicant does not count against the department.
 */
export function promisedDueDate(startedAt: Date | number | string, promisedWorkingDays: number): IsoDate {
  return addWorkingDays(chinaDate(startedAt), promisedWorkingDays);
}

/**
 * - `on_track`: before the near-deadline window;
 * - `near`: inside the last `nearDeadlineWindow(promised)` working days, the due day included;
 * - `overdue`: the due date has passed;
 * - `paused`: the case waits for the applicant's correction;
 * - `stopped`: the department has finished (completed, delivered or refused).
 */
export type DeadlineState = 'on_track' | 'near' | 'overdue' | 'paused' | 'stopped';

export interface CaseDeadline {
  state: DeadlineState;
  /** Working days from today to the due date (negative once overdue); null when the clock is not running. */
  workingDaysLeft: number | null;
}

/**
 * How many working days before the due date a work order counts as near its deadline. Work orders
 * have short, fixed deadlines; cases scale with their promised time instead (`nearDeadlineWindow`).
 */
export const NEAR_DEADLINE_WORKING_DAYS = 2;

/** The near-deadline window of a case never grows beyond two working weeks, however long it was promised. */
export const NEAR_DEADLINE_MAX_WORKING_DAYS = 10;

/**
 * How many of a case's last promised working days (the due day included) count as near its deadline:
 * the last fifth, at least 1 (the due day), at most `NEAR_DEADLINE_MAX_WORKING_DAYS`. A fixed count
 * made a 3-day item "near" the minute it was submitted; a fifth never includes the submission day of
 * an item promised in more than one day. Null (no promised time known) counts as the due day only.
 */
export function nearDeadlineWindow(promisedWorkingDays: number | null): number {
  // Integer division, not `× 0.2`: 15 × 0.2 is 3.0000000000000004 and would round up to 4.
  const fifth = Math.ceil(Math.max(0, promisedWorkingDays ?? 0) / 5);
  return Math.min(NEAR_DEADLINE_MAX_WORKING_DAYS, Math.max(1, fifth));
}

/** Where a case promised in `promisedWorkingDays` stands against its promised date on `today` (a China-time date). */
export function caseDeadline(
  status: CaseStatus,
  dueDate: IsoDate | null,
  today: IsoDate,
  promisedWorkingDays: number | null,
): CaseDeadline {
  if (isFinishedStatus(status) || dueDate === null) return { state: 'stopped', workingDaysLeft: null };
  if (status === 'correction_required') return { state: 'paused', workingDaysLeft: null };
  const left = workingDaysBetween(today, dueDate);
  // "Overdue" means the due date is behind us, not that today is a non-working day after it.
  if (today > dueDate) return { state: 'overdue', workingDaysLeft: Math.min(left, -1) };
  return { state: left < nearDeadlineWindow(promisedWorkingDays) ? 'near' : 'on_track', workingDaysLeft: left };
}

/** Cases due in `[dueFrom, dueBefore)` (exactly `k` working days left) are near when promised in `minPromisedDays` or more. */
export interface NearDeadlineBand {
  dueFrom: IsoDate;
  dueBefore: IsoDate;
  minPromisedDays: number;
}

/**
 * The bounds a database query needs to select cases by deadline without the calendar:
 * overdue ⇔ `dueDate < today`; near ⇔ some band has `dueFrom <= dueDate < dueBefore` and
 * `promisedDays >= minPromisedDays`. One band per working day left that can still be near. Agrees with `caseDeadline`.
 */
export function deadlineBounds(today: IsoDate): { today: IsoDate; near: NearDeadlineBand[] } {
  // A clerk's queue asks on every read; the answer only changes with the day or the calendar.
  const calendar = currentWorkingDayCalendar();
  if (lastBounds?.today === today && lastBounds.calendar === calendar) return lastBounds.value;
  const value = computeDeadlineBounds(today);
  lastBounds = { today, calendar, value };
  return value;
}

let lastBounds: { today: IsoDate; calendar: WorkingDayCalendar; value: Readonly<{ today: IsoDate; near: NearDeadlineBand[] }> } | undefined;

function computeDeadlineBounds(today: IsoDate): { today: IsoDate; near: NearDeadlineBand[] } {
  const near: NearDeadlineBand[] = [];
  let dueFrom = today;
  let minPromisedDays = 0;
  for (let left = 0; left < NEAR_DEADLINE_MAX_WORKING_DAYS; left++) {
    // The shortest promise whose window still covers `left` days left.
    while (nearDeadlineWindow(minPromisedDays) <= left) minPromisedDays++;
    const dueBefore = addWorkingDays(today, left + 1);
    near.push({ dueFrom, dueBefore, minPromisedDays });
    dueFrom = dueBefore;
  }
  return Object.freeze({ today, near: Object.freeze(near.map((b) => Object.freeze(b))) as NearDeadlineBand[] });
}
