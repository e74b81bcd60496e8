import { describe, expect, it } from 'vitest';
import {
  addWorkingDays, chinaDate, currentWorkingDayCalendar, isWorkingDay, useWorkingDayCalendar, workingDayCalendar, workingDaysBetween,
  type PublishedSchedule,
} from './working-days';

describe('working-day deadlines on the 2026 official calendar', () => {
  it('counts 10 working days from 2026-09-28 across National Day to 2026-10-16', () => {
    expect(addWorkingDays('2026-09-28', 10)).toBe('2026-10-16');
  });
  it('skips the Spring Festival break and counts the make-up Saturdays from 2026-02-13', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true); // make-up Saturday
    expect(isWorkingDay('2026-02-17')).toBe(false); // 春节
    expect(isWorkingDay('2026-02-28')).toBe(true); // make-up Saturday
    expect(addWorkingDays('2026-02-13', 10)).toBe('2026-03-05');
  });
  it('treats National Day holidays as non-working and the make-up Saturday as working', () => {
    expect(isWorkingDay('2026-10-01')).toBe(false);
    expect(isWorkingDay('2026-10-10')).toBe(true);
  });
  it('measures working days left until a deadline, negative once it has passed', () => {
    expect(workingDaysBetween('2026-09-28', '2026-10-16')).toBe(10);
    expect(workingDaysBetween('2026-10-16', '2026-09-28')).toBe(-10);
    expect(workingDaysBetween('2026-10-16', '2026-10-16')).toBe(0);
  });
  it('takes the calendar date in China time, not UTC', () => {
    expect(chinaDate('2026-09-27T17:00:00Z')).toBe('2026-09-28');
  });
});

// An example of what an operator enters once the State Council publishes 2027 (dates made up for the test).
const example2027: PublishedSchedule = {
  year: 2027,
  holidays: [
    '2027-01-01', '2027-01-02', '2027-01-03',
    '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
    '2027-04-03', '2027-04-04', '2027-04-05', '2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05',
    '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07',
  ],
  workdays: ['2027-02-20', '2027-10-09'],
};

describe('defect 12: the working-day calendar beyond 2026', () => {
  it('never counts 元旦 2027-01-01, 春节 2027-02-05..08 or 国庆 2027-10-01..03 as working days, with no published 2027 schedule', () => {
    const calendar = workingDayCalendar();
    expect(calendar.year(2027)).toMatchObject({ status: 'provisional', source: 'statutory', workdays: [] });
    for (const d of ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-10-01', '2027-10-02', '2027-10-03']) {
      expect(isWorkingDay(d, calendar), d).toBe(false);
    }
    // Without a schedule no 调休 is guessed: the Monday after 春节 and a plain Saturday stay as they are.
    expect(isWorkingDay('2027-02-09', calendar)).toBe(true);
    expect(isWorkingDay('2027-02-20', calendar)).toBe(false);
  });

  it('makes a bad rating of 2026-12-18 due on 2027-01-04, not on New Year’s Day, and marks that due date provisional', () => {
    const calendar = workingDayCalendar();
    expect(addWorkingDays('2026-12-18', 10, calendar)).toBe('2027-01-04');
    expect(calendar.isProvisional('2026-12-18', '2027-01-04')).toBe(true);
    expect(calendar.isProvisional('2026-09-28', '2026-10-16')).toBe(false);
  });

  it('still follows the published 2026 schedule: 10-01..07 off, its make-up weekend days working', () => {
    const calendar = workingDayCalendar();
    expect(calendar.year(2026)).toMatchObject({ status: 'published', source: 'bundled' });
    for (let d = 1; d <= 7; d++) expect(isWorkingDay(`2026-10-0${d}`, calendar)).toBe(false);
    expect(calendar.year(2026).workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    for (const d of calendar.year(2026).workdays) expect(isWorkingDay(d, calendar), d).toBe(true);
  });

  it('uses an operator-entered 2027 schedule: its make-up Saturday works, its bridged days are off, and nothing is provisional any more', () => {
    const calendar = workingDayCalendar([example2027]);
    expect(calendar.year(2027)).toMatchObject({ status: 'published', source: 'operator', workdays: ['2027-02-20', '2027-10-09'] });
    expect(isWorkingDay('2027-02-20', calendar)).toBe(true); // a Saturday
    expect(isWorkingDay('2027-02-09', calendar)).toBe(false);
    expect(isWorkingDay('2027-10-07', calendar)).toBe(false);
    expect(calendar.isProvisional('2026-12-18', '2027-01-04')).toBe(false);
    // The make-up Saturday moves a deadline: from Friday 2027-02-12, 5 working days end on Thursday, not Friday.
    expect(addWorkingDays('2027-02-12', 5, workingDayCalendar())).toBe('2027-02-19');
    expect(addWorkingDays('2027-02-12', 5, calendar)).toBe('2027-02-19');
    expect(addWorkingDays('2027-02-12', 6, workingDayCalendar())).toBe('2027-02-22');
    expect(addWorkingDays('2027-02-12', 6, calendar)).toBe('2027-02-20');
  });

  it('lets an operator-entered schedule override the bundled one of the same year', () => {
    const calendar = workingDayCalendar([{ year: 2026, holidays: ['2026-01-01'], workdays: [] }]);
    expect(calendar.year(2026).source).toBe('operator');
    expect(isWorkingDay('2026-10-05', calendar)).toBe(true);
  });

  it('counts on the installed calendar when a caller passes none', () => {
    const before = currentWorkingDayCalendar();
    try {
      expect(isWorkingDay('2027-02-20')).toBe(false);
      useWorkingDayCalendar(workingDayCalendar([example2027]));
      expect(isWorkingDay('2027-02-20')).toBe(true);
      expect(workingDaysBetween('2027-02-12', '2027-02-22')).toBe(7);
    } finally {
      useWorkingDayCalendar(before);
    }
  });

  it('refuses what is not a date', () => {
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => isWorkingDay('20261001')).toThrow(RangeError);
  });
});
