// The package's data as published (date → holiday name). Its functions are not used: they parse dates
// as UTC and read them back in local time, which shifts every date by a day west of Greenwich.
import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import { statutoryHolidayDates } from './statutory-holidays';

/**
 * Deadlines on the Chinese working-day calendar: statutory holidays are skipped and
 * make-up working days (调休上班, often Saturdays) count. Dates are `YYYY-MM-DD` in China time.
 *
 * Where a year's days come from, best first:
 * 1. a schedule an operator entered (the State Council publishes next year's in November or
 *    December; entering it must not wait for a release of this code);
 * 2. the schedules bundled with chinese-days (2004 up to the year of its release);
 * 3. otherwise the year is **provisional**: only the statutory days of 《全国年节及纪念日放假办法》,
 *    computed from the lunar calendar (`statutory-holidays.ts`), are days off, and no 调休 is guessed —
 *    a deadline that reaches into such a year may move once the schedule is published.
 */
export type IsoDate = string;

/** One year's schedule as published by the State Council (国务院办公厅关于某年部分节假日安排的通知). */
export interface PublishedSchedule {
  year: number;
  /** Every day off the schedule lists: the statutory days and the days bridged by 调休 (weekends may be listed too). */
  holidays: readonly IsoDate[];
  /** The make-up working days (调休上班), Saturdays or Sundays. */
  workdays: readonly IsoDate[];
}

/** `operator`: entered through the calendar routes; `bundled`: shipped in chinese-days; `statutory`: computed only. */
export type CalendarYearSource = 'operator' | 'bundled' | 'statutory';

export interface CalendarYear {
  year: number;
  status: 'published' | 'provisional';
  source: CalendarYearSource;
  /** The listed days off of the year (for a provisional year: the statutory days), sorted. */
  holidays: IsoDate[];
  /** The make-up working days of the year, sorted (none for a provisional year). */
  workdays: IsoDate[];
}

/** The working-day calendar built from a set of published schedules; immutable. */
export interface WorkingDayCalendar {
  isWorkingDay(date: IsoDate): boolean;
  year(year: number): CalendarYear;
  /**
   * Whether a date computed over `from`…`to` rests on a provisional year: true when any year
   * between them (both included, in either order) has no published schedule.
   */
  isProvisional(from: IsoDate, to?: IsoDate): boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in China (UTC+8, no DST) of an instant. */
export function chinaDate(instant: Date | number | string = Date.now()): IsoDate {
  const t = new Date(instant).getTime();
  return new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether `s` is a real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

// Days are handled as UTC day numbers: the loops below run over hundreds of days per request.
function dayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}
const isoOf = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();
const isWeekend = (day: number): boolean => {
  const wd = new Date(day * DAY_MS).getUTCDay();
  return wd === 0 || wd === 6;
};

interface YearDays {
  info: CalendarYear;
  off: ReadonlySet<number>;
  on: ReadonlySet<number>;
}

function yearDays(year: number, source: CalendarYearSource, holidays: readonly IsoDate[], workdays: readonly IsoDate[]): YearDays {
  const h = [...new Set(holidays)].sort();
  const w = [...new Set(workdays)].sort();
  return {
    info: { year, status: source === 'statutory' ? 'provisional' : 'published', source, holidays: h, workdays: w },
    off: new Set(h.map(dayNumber)),
    on: new Set(w.map(dayNumber)),
  };
}

// The counting loops below use day numbers directly on calendars built here, skipping a string round trip per day.
const WORKS = Symbol('works');
type WithFastPath = WorkingDayCalendar & { [WORKS]?: (day: number) => boolean };

let bundled: Map<number, YearDays> | null = null;

/** The schedule chinese-days ships for `year`, or null when it has none (a year after its release). */
function bundledYear(year: number): YearDays | null {
  if (!bundled) {
    const byYear = new Map<number, { holidays: string[]; workdays: string[] }>();
    const entry = (d: string) => {
      const y = Number(d.slice(0, 4));
      let e = byYear.get(y);
      if (!e) byYear.set(y, (e = { holidays: [], workdays: [] }));
      return e;
    };
    for (const d of Object.keys(chineseDaysData.holidays)) entry(d).holidays.push(d);
    for (const d of Object.keys(chineseDaysData.workdays)) entry(d).workdays.push(d);
    bundled = new Map([...byYear].map(([y, e]) => [y, yearDays(y, 'bundled', e.holidays, e.workdays)]));
  }
  return bundled.get(year) ?? null;
}

const statutoryCache = new Map<number, YearDays>();

function statutoryYear(year: number): YearDays {
  let y = statutoryCache.get(year);
  if (!y) {
    y = yearDays(year, 'statutory', statutoryHolidayDates(year), []);
    statutoryCache.set(year, y);
  }
  return y;
}

/**
 * The calendar that uses `published` schedules (operator-entered; they win over the bundled data of
 * the same year), then chinese-days, then the statutory days alone. Pure: same input, same calendar.
 */
export function workingDayCalendar(published: readonly PublishedSchedule[] = []): WorkingDayCalendar {
  const entered = new Map<number, YearDays>();
  for (const s of published) entered.set(s.year, yearDays(s.year, 'operator', s.holidays, s.workdays));
  const of = (year: number): YearDays => entered.get(year) ?? bundledYear(year) ?? statutoryYear(year);
  const works = (day: number): boolean => {
    const y = of(yearOf(day));
    return y.on.has(day) || (!y.off.has(day) && !isWeekend(day));
  };
  return {
    isWorkingDay: (date) => works(dayNumber(date)),
    year: (year) => {
      const { info } = of(year);
      return { ...info, holidays: [...info.holidays], workdays: [...info.workdays] };
    },
    isProvisional(from, to = from) {
      const [a, b] = [yearOf(dayNumber(from)), yearOf(dayNumber(to))].sort((x, y) => x - y) as [number, number];
      for (let y = a; y <= b; y++) if (of(y).info.status === 'provisional') return true;
      return false;
    },
    [WORKS]: works,
  } as WithFastPath;
}

const worksOf = (c: WorkingDayCalendar): ((day: number) => boolean) =>
  (c as WithFastPath)[WORKS] ?? ((day: number) => c.isWorkingDay(isoOf(day)));

let installed: WorkingDayCalendar = workingDayCalendar();

/**
 * Makes `calendar` the one used when a caller passes none. The BFF installs the calendar with the
 * operator-entered schedules at start and whenever one is saved, so every deadline rule (cases, work
 * orders, the catalog's promised dates) follows it without each call site carrying it.
 */
export function useWorkingDayCalendar(calendar: WorkingDayCalendar): void {
  installed = calendar;
}

/** The calendar used when a caller passes none (bundled data and statutory days until the BFF installs one). */
export function currentWorkingDayCalendar(): WorkingDayCalendar {
  return installed;
}

/**
 * Whether a deadline counted from `from` to `to` rests on a year without a published schedule, so that
 * it may move when the schedule arrives (callers show it as provisional).
 */
export function isProvisional(from: IsoDate, to: IsoDate = from, calendar: WorkingDayCalendar = installed): boolean {
  return calendar.isProvisional(from, to);
}

export function isWorkingDay(date: IsoDate, calendar: WorkingDayCalendar = installed): boolean {
  return calendar.isWorkingDay(date);
}

/**
 * The date that is `n` working days after `start`; the start day itself never counts
 * (a rating made on Monday with 10 days is due on the 10th working day after it).
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: WorkingDayCalendar = installed): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a non-negative integer');
  let day = dayNumber(start);
  if (n === 0) return start;
  const works = worksOf(calendar);
  let left = n;
  while (left > 0) {
    day++;
    if (works(day)) left--;
  }
  return isoOf(day);
}

/**
 * Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is before `from`.
 * "How many working days are left until the deadline" is `workingDaysBetween(today, deadline)`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar = installed): number {
  if (from === to) return 0;
  const [a, b] = [dayNumber(from), dayNumber(to)];
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const works = worksOf(calendar);
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (works(d)) count++;
  return a < b ? count : -count;
}
