import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseDeadline, deadlineBounds, promisedDueDate } from './case-deadline';

describe('working-day countdown to the promised date', () => {
  it('counts the promised days on the China-time date of the submission, across National Day', () => {
    // 2026-09-27T17:00Z is already Monday 28 September in China.
    expect(promisedDueDate('2026-09-27T17:00:00Z', 10)).toBe('2026-10-16');
  });

  it('is due the same day for an item promised in zero working days', () => {
    expect(promisedDueDate('2026-03-02T02:00:00Z', 0)).toBe('2026-03-02');
  });

  it('is on track, then near, then overdue as the days pass', () => {
    expect(caseDeadline('processing', '2026-10-16', '2026-09-28')).toEqual({ state: 'on_track', workingDaysLeft: 10 });
    expect(caseDeadline('processing', '2026-10-16', '2026-10-14')).toEqual({ state: 'near', workingDaysLeft: 2 });
    expect(caseDeadline('processing', '2026-10-16', '2026-10-16')).toEqual({ state: 'near', workingDaysLeft: 0 });
    expect(caseDeadline('processing', '2026-10-16', '2026-10-19')).toEqual({ state: 'overdue', workingDaysLeft: -1 });
  });

  it('skips the holiday when counting what is left', () => {
    // 1–7 October are the National Day break, so from 30 September only 8 and 9 October remain.
    expect(caseDeadline('accepted', '2026-10-09', '2026-09-30')).toEqual({ state: 'near', workingDaysLeft: 2 });
  });

  it('counts a case overdue on the weekend right after its due date', () => {
    expect(caseDeadline('processing', '2026-10-16', '2026-10-17').state).toBe('overdue');
  });

  it('pauses while the applicant corrects and stops once the department has finished', () => {
    expect(caseDeadline('correction_required', '2026-10-16', '2026-10-19')).toEqual({ state: 'paused', workingDaysLeft: null });
    for (const s of ['completed', 'delivered', 'rejected'] as const) {
      expect(caseDeadline(s, '2026-10-16', '2026-10-19')).toEqual({ state: 'stopped', workingDaysLeft: null });
    }
  });

  it('gives query bounds that agree with the deadline state on every day of 2026', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 350 }), fc.integer({ min: -20, max: 30 }), (t, offset) => {
        const today = day(t);
        const due = day(t + offset);
        const { nearBefore } = deadlineBounds(today);
        const state = caseDeadline('processing', due, today).state;
        expect(state === 'overdue').toBe(due < today);
        expect(state === 'near').toBe(today <= due && due < nearBefore);
      }),
      { numRuns: 500 },
    );
  });
});
