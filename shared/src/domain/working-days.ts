import chineseDays from 'chinese-days';

// Default import: the package's CommonJS build (what Node resolves) exposes no named exports to ESM.
const { findWorkday, isWorkday: cdIsWorkday } = chineseDays;

/**
 * Deadlines on the Chinese working-day calendar: statutory holidays are skipped and
 * make-up working days (调休上班, often Saturdays) count. Dates are `YYYY-MM-DD` in China time.
 */
export type IsoDate = string;

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in China (UTC+8, no DST) of an instant. */
export function chinaDate(instant: Date | number | string = Date.now()): IsoDate {
  const t = new Date(instant).getTime();
  return new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(date: IsoDate): boolean {
  return cdIsWorkday(date);
}

/**
 * The date that is `n` working days after `start`; the start day itself never counts
 * (a rating made on Monday with 10 days is due on the 10th working day after it).
 */
export function addWorkingDays(start: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a non-negative integer');
  if (n === 0) return start;
  return findWorkday(n, start);
}

/**
 * Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is before `from`.
 * "How many working days are left until the deadline" is `workingDaysBetween(today, deadline)`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  if (from === to) return 0;
  const forward = from < to;
  const [a, b] = forward ? [from, to] : [to, from];
  let count = 0;
  let d = a;
  while (d < b) {
    d = nextCalendarDay(d);
    if (cdIsWorkday(d)) count++;
  }
  return forward ? count : -count;
}

function nextCalendarDay(date: IsoDate): IsoDate {
  const t = Date.parse(`${date}T00:00:00Z`) + 24 * 60 * 60 * 1000;
  return new Date(t).toISOString().slice(0, 10);
}
