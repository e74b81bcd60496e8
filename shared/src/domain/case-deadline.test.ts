import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseDeadline, deadlineBounds, nearDeadlineWindow, promisedDueDate } from './case-deadline';
import { addWorkingDays } from './working-days';

describe('working-day countdown to the promised date', () => {
  it('counts the promised days on the China-time date of the submission, across National Day', () => {
    // 2026-09-27T17:00Z is already Monday 28 September in China.
    expect(promisedDueDate('2026-09-27T17:00:00Z', 10)).toBe('2026-10-16');
  });

  it('is due the same day for an item promised in zero working days', () => {
    expect(promisedDueDate('2026-03-02T02:00:00Z', 0)).toBe('2026-03-02');
  });

  it('is on track, then near, then overdue as the days pass', () => {
    expect(caseDeadline('processing', '2026-10-16', '2026-09-28', 10)).toEqual({ state: 'on_track', workingDaysLeft: 10 });
    expect(caseDeadline('processing', '2026-10-16', '2026-10-14', 10)).toEqual({ state: 'on_track', workingDaysLeft: 2 });
    expect(caseDeadline('processing', '2026-10-16', '2026-10-15', 10)).toEqual({ state: 'near', workingDaysLeft: 1 });
    expect(caseDeadline('processing', '2026-10-16', '2026-10-16', 10)).toEqual({ state: 'near', workingDaysLeft: 0 });
    expect(caseDeadline('processing', '2026-10-16', '2026-10-19', 10)).toEqual({ state: 'overdue', workingDaysLeft: -1 });
  });

  it('skips the holiday when counting what is left', () => {
    // 1–7 October are the National Day break, so from 30 September only 8 and 9 October remain.
    expect(caseDeadline('accepted', '2026-10-09', '2026-09-30', 20)).toEqual({ state: 'near', workingDaysLeft: 2 });
  });

  it('counts a case overdue on the weekend right after its due date', () => {
    expect(caseDeadline('processing', '2026-10-16', '2026-10-17', 10).state).toBe('overdue');
  });

  it('pauses while the applicant corrects and stops once the department has finished', () => {
    expect(caseDeadline('correction_required', '2026-10-16', '2026-10-19', 10)).toEqual({ state: 'paused', workingDaysLeft: null });
    for (const s of ['completed', 'delivered', 'rejected'] as const) {
      expect(caseDeadline(s, '2026-10-16', '2026-10-19', 10)).toEqual({ state: 'stopped', workingDaysLeft: null });
    }
  });

  it('gives query bounds that agree with the deadline state on every day of 2026, for every promised time', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 330 }), fc.integer({ min: -20, max: 30 }), fc.integer({ min: 0, max: 90 }), (t, offset, promised) => {
        const today = day(t);
        const due = day(t + offset);
        const { near } = deadlineBounds(today);
        const state = caseDeadline('processing', due, today, promised).state;
        expect(state === 'overdue').toBe(due < today);
        expect(state === 'near').toBe(near.some((b) => b.dueFrom <= due && due < b.dueBefore && promised >= b.minPromisedDays));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a case submitted a minute ago is not near its deadline (defect 13a)', () => {
  it('takes the last fifth of the promised working days, at least the due day, at most two working weeks', () => {
    expect([0, 1, 2, 3, 5, 6, 10, 15, 16, 20, 30, 50, 60, 365].map(nearDeadlineWindow)).toEqual([1, 1, 1, 1, 1, 2, 2, 3, 4, 4, 6, 10, 10, 10]);
  });

  it('shows a 1-, 3- and 5-day item on track on the day it is submitted, and near only on its due day', () => {
    const submitted = '2026-03-02T01:59:00Z'; // a Monday morning in China
    for (const promised of [1, 3, 5]) {
      const due = promisedDueDate(submitted, promised);
      expect(caseDeadline('submitted', due, '2026-03-02', promised).state).toBe('on_track');
      expect(caseDeadline('processing', due, due, promised)).toEqual({ state: 'near', workingDaysLeft: 0 });
    }
  });

  it('is never near on the day of submission for an item promised in more than one day, on any day of 2026', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 330 }), fc.integer({ min: 2, max: 90 }), (t, promised) => {
        const submitted = new Date(Date.UTC(2026, 0, 1) + t * 86_400_000 + 3_600_000);
        const today = submitted.toISOString().slice(0, 10);
        expect(caseDeadline('submitted', promisedDueDate(submitted, promised), today, promised).state).toBe('on_track');
      }),
      { numRuns: 300 },
    );
  });

  it('counts the last four of a 20-day item\'s working days as near', () => {
    const due = addWorkingDays('2026-03-02', 20);
    const sixteenth = addWorkingDays('2026-03-02', 16);
    expect(caseDeadline('processing', due, sixteenth, 20)).toEqual({ state: 'on_track', workingDaysLeft: 4 });
    expect(caseDeadline('processing', due, addWorkingDays(sixteenth, 1), 20)).toEqual({ state: 'near', workingDaysLeft: 3 });
  });
});
