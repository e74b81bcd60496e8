import { addWorkingDays, chinaDate, workingDaysBetween, type IsoDate } from './working-days';
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
 * - `on_track`: more than `nearWithin` working days left;
 * - `near`: `nearWithin` or fewer left, including the due day itself;
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

/** How many working days before the due date a case counts as near its deadline. */
export const NEAR_DEADLINE_WORKING_DAYS = 2;

/** Where a case stands against its promised date on `today` (a China-time date). */
export function caseDeadline(
  status: CaseStatus,
  dueDate: IsoDate | null,
  today: IsoDate,
  nearWithin: number = NEAR_DEADLINE_WORKING_DAYS,
): CaseDeadline {
  if (isFinishedStatus(status) || dueDate === null) return { state: 'stopped', workingDaysLeft: null };
  if (status === 'correction_required') return { state: 'paused', workingDaysLeft: null };
  const left = workingDaysBetween(today, dueDate);
  // "Overdue" means the due date is behind us, not that today is a non-working day after it.
  if (today > dueDate) return { state: 'overdue', workingDaysLeft: Math.min(left, -1) };
  return { state: left <= nearWithin ? 'near' : 'on_track', workingDaysLeft: left };
}

/**
 * The bounds a database query needs to select cases by deadline without the calendar:
 * overdue ⇔ `dueDate < today`; near ⇔ `today <= dueDate < nearBefore`. Agrees with `caseDeadline`.
 */
export function deadlineBounds(
  today: IsoDate,
  nearWithin: number = NEAR_DEADLINE_WORKING_DAYS,
): { today: IsoDate; nearBefore: IsoDate } {
  return { today, nearBefore: addWorkingDays(today, nearWithin + 1) };
}
