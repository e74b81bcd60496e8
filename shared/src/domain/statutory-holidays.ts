import { Lunar, Solar } from 'lunar-typescript';

/**
 * The statutory days off of 《全国年节及纪念日放假办法》 as revised in 2024, in force since
 * 2025-01-01: 元旦 1 day, 春节 4 days (除夕 to 正月初三), 清明 1 day, 劳动节 2 days, 端午 1 day,
 * 中秋 1 day, 国庆 3 days — 13 days a year for all citizens.
 *
 * These are the days every year's State Council schedule must give off. What the schedule adds
 * (days bridged by 调休, make-up working days, days in lieu of a holiday falling on a weekend)
 * is decided each year and cannot be derived; see `working-days.ts` for how the two combine.
 * The lunar dates and the 清明 solar term come from lunar-typescript (astronomical tables), so
 * this works for any year, not only the years someone has typed in.
 */
export type StatutoryHolidayName =
  | 'new_year' // 元旦
  | 'spring_festival' // 春节
  | 'qingming' // 清明节
  | 'labour_day' // 劳动节
  | 'dragon_boat' // 端午节
  | 'mid_autumn' // 中秋节
  | 'national_day'; // 国庆节

export interface StatutoryHoliday {
  /** `YYYY-MM-DD` (a civil date in China). */
  date: string;
  name: StatutoryHolidayName;
}

/** The first year the current version of the 办法 applies to (春节 with 除夕, 劳动节 2 days). */
export const STATUTORY_RULES_SINCE = 2025;

const cache = new Map<number, readonly StatutoryHoliday[]>();

/** The 13 statutory days off of `year` (fewer distinct dates when two festivals meet, e.g. 中秋 on 10-03). */
export function statutoryHolidays(year: number): readonly StatutoryHoliday[] {
  // Far wider than any deadline reaches; outside it the lunar tables are not worth trusting.
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new RangeError(`no statutory holidays for year ${year}`);
  let days = cache.get(year);
  if (!days) {
    days = computeStatutoryHolidays(year);
    cache.set(year, days);
  }
  return days;
}

/** The distinct dates of `statutoryHolidays(year)`, sorted. */
export function statutoryHolidayDates(year: number): string[] {
  return [...new Set(statutoryHolidays(year).map((h) => h.date))].sort();
}

function computeStatutoryHolidays(year: number): StatutoryHoliday[] {
  const ymd = (s: Solar) => s.toYmd();
  // 正月初一 of the lunar year that begins in this solar year (always late January to mid-February),
  // and 除夕, the day before it — 腊月廿九 or 三十, whichever ends the twelfth month.
  const springDay = Lunar.fromYmd(year, 1, 1).getSolar();
  const eve = springDay.next(-1);
  const qingming = Lunar.fromYmd(year, 1, 1).getJieQiTable()['清明'];
  if (!qingming || qingming.getYear() !== year) throw new Error(`清明 of ${year} not found`);
  const days: StatutoryHoliday[] = [
    { date: `${year}-01-01`, name: 'new_year' },
    { date: ymd(eve), name: 'spring_festival' },
    { date: ymd(springDay), name: 'spring_festival' },
    { date: ymd(springDay.next(1)), name: 'spring_festival' },
    { date: ymd(springDay.next(2)), name: 'spring_festival' },
    { date: ymd(qingming), name: 'qingming' },
    { date: `${year}-05-01`, name: 'labour_day' },
    { date: `${year}-05-02`, name: 'labour_day' },
    // The regular (not leap) fifth and eighth months.
    { date: ymd(Lunar.fromYmd(year, 5, 5).getSolar()), name: 'dragon_boat' },
    { date: ymd(Lunar.fromYmd(year, 8, 15).getSolar()), name: 'mid_autumn' },
    { date: `${year}-10-01`, name: 'national_day' },
    { date: `${year}-10-02`, name: 'national_day' },
    { date: `${year}-10-03`, name: 'national_day' },
  ];
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
