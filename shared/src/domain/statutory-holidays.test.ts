import { describe, expect, it } from 'vitest';
import { Solar } from 'lunar-typescript';
import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import { statutoryHolidayDates, statutoryHolidays } from './statutory-holidays';

const lunarOf = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Solar.fromYmd(y, m, d).getLunar();
};
const dateOf = (year: number, name: string) => statutoryHolidays(year).filter((h) => h.name === name).map((h) => h.date);

describe('statutory holidays of 全国年节及纪念日放假办法 for any year', () => {
  it('gives 2027 its known dates: 元旦 01-01, 春节 from 除夕 02-05 to 初三 02-08 (初一 is 2027-02-06), 清明 04-05, 劳动节 05-01..02, 端午 06-09, 中秋 09-15, 国庆 10-01..03', () => {
    expect(dateOf(2027, 'new_year')).toEqual(['2027-01-01']);
    expect(dateOf(2027, 'spring_festival')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(dateOf(2027, 'qingming')).toEqual(['2027-04-05']);
    expect(dateOf(2027, 'labour_day')).toEqual(['2027-05-01', '2027-05-02']);
    expect(dateOf(2027, 'dragon_boat')).toEqual(['2027-06-09']);
    expect(dateOf(2027, 'mid_autumn')).toEqual(['2027-09-15']);
    expect(dateOf(2027, 'national_day')).toEqual(['2027-10-01', '2027-10-02', '2027-10-03']);
  });

  it('is a subset of the published schedules of 2025 and 2026 (the years under the current rules that chinese-days has)', () => {
    for (const year of [2025, 2026]) {
      const offDays = new Set(Object.keys(chineseDaysData.holidays).filter((d) => d.startsWith(`${year}-`)));
      expect(statutoryHolidays(year)).toHaveLength(13);
      for (const d of statutoryHolidayDates(year)) expect(offDays.has(d), `${d} is off in the ${year} schedule`).toBe(true);
    }
  });

  it('puts each lunar festival on its lunar date and 清明 on the solar term, every year to 2099', () => {
    for (let year = 2025; year <= 2099; year++) {
      const spring = dateOf(year, 'spring_festival');
      expect(spring).toHaveLength(4);
      // 除夕 is the last day of the twelfth month (廿九 or 三十): the next day is 正月初一.
      const eve = lunarOf(spring[0]!);
      expect([eve.getMonth(), lunarOf(spring[1]!).getMonth(), lunarOf(spring[1]!).getDay()]).toEqual([12, 1, 1]);
      expect(lunarOf(spring[3]!).getDay()).toBe(3);
      const duanwu = lunarOf(dateOf(year, 'dragon_boat')[0]!);
      expect([duanwu.getMonth(), duanwu.getDay()]).toEqual([5, 5]);
      const zhongqiu = lunarOf(dateOf(year, 'mid_autumn')[0]!);
      expect([zhongqiu.getMonth(), zhongqiu.getDay()]).toEqual([8, 15]);
      expect(lunarOf(dateOf(year, 'qingming')[0]!).getJieQi()).toBe('清明');
      for (const h of statutoryHolidays(year)) expect(h.date.startsWith(`${year}-`)).toBe(true);
    }
  });

  it('merges a 中秋 that falls inside 国庆 into one date (2028: 10-03)', () => {
    expect(dateOf(2028, 'mid_autumn')).toEqual(['2028-10-03']);
    expect(statutoryHolidayDates(2028)).toHaveLength(12);
  });
});
