import { describe, expect, it } from 'vitest';
import { addWorkingDays, chinaDate, isWorkingDay, workingDaysBetween } from './working-days';

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
