import { describe, expect, it } from 'vitest';
import { nearCutoff, parseDueDaysByRegion, stepWorkOrder, workOrderDeadline, workOrderDueDate } from './work-orders.rules';

// 10:00 China time on the given date.
const at = (date: string) => new Date(`${date}T02:00:00Z`);

describe('work-order due dates', () => {
  it('gives a rating on 2026-09-28 until 2026-10-16, across National Day', () => {
    expect(workOrderDueDate(at('2026-09-28'), '330106')).toBe('2026-10-16');
  });
  it('gives a rating on 2026-02-13 until 2026-03-05, skipping Spring Festival and counting make-up Saturdays', () => {
    expect(workOrderDueDate(at('2026-02-13'), '330106')).toBe('2026-03-05');
  });
  it('counts from the China-time date, so 23:30 on the 27th is already the 28th', () => {
    expect(workOrderDueDate(new Date('2026-09-27T16:30:00Z'), '330106')).toBe('2026-10-16');
  });
  it('uses a region’s own number of days when configured', () => {
    const policy = { defaultDays: 10, byRegion: parseDueDaysByRegion('330102:5') };
    expect(workOrderDueDate(at('2026-09-28'), '330102', policy)).toBe('2026-10-10'); // the make-up Saturday counts
    expect(workOrderDueDate(at('2026-09-28'), '330106', policy)).toBe('2026-10-16');
  });
  it('refuses a malformed region setting', () => {
    expect(() => parseDueDaysByRegion('330102=5')).toThrow(/330102=5/);
    expect(parseDueDaysByRegion(undefined)).toEqual({});
  });
});

describe('work-order warnings', () => {
  it('is on track until 2 working days before the due date, then near, then overdue after it', () => {
    expect(workOrderDeadline('open', '2026-10-16', '2026-10-13').state).toBe('on_track');
    expect(workOrderDeadline('open', '2026-10-16', '2026-10-14')).toEqual({ state: 'near', workingDaysLeft: 2 });
    expect(workOrderDeadline('callback_recorded', '2026-10-16', '2026-10-16')).toEqual({ state: 'near', workingDaysLeft: 0 });
    expect(workOrderDeadline('open', '2026-10-16', '2026-10-17').state).toBe('overdue');
    expect(workOrderDeadline('open', '2026-10-16', '2026-10-19')).toEqual({ state: 'overdue', workingDaysLeft: -1 });
  });
  it('puts the near/on-track boundary where workOrderDeadline does, across holidays', () => {
    for (const today of ['2026-10-13', '2026-09-29', '2026-02-12', '2026-02-27']) {
      const cutoff = nearCutoff(today);
      for (let i = 0; i < 20; i++) {
        const due = new Date(Date.parse(`${today}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
        expect(workOrderDeadline('open', due, today).state === 'near', `${today} → ${due}`).toBe(due < cutoff);
      }
    }
  });
  it('stops the clock once the unit has rectified', () => {
    expect(workOrderDeadline('rectified', '2026-10-16', '2026-10-30')).toEqual({ state: 'stopped', workingDaysLeft: null });
  });
});

describe('the work-order life cycle', () => {
  it('needs the callback before the rectification', () => {
    expect(stepWorkOrder('open', 1, { type: 'rectification' })).toEqual({ ok: false });
    expect(stepWorkOrder('open', 1, { type: 'callback' })).toMatchObject({ ok: true, status: 'callback_recorded' });
    expect(stepWorkOrder('callback_recorded', 1, { type: 'rectification' })).toMatchObject({ ok: true, status: 'rectified' });
  });
  it('closes on 满意 or 基本满意 and reopens once on 不满意', () => {
    expect(stepWorkOrder('rectified', 1, { type: 'verdict', verdict: 'basically_satisfied' })).toMatchObject({ status: 'closed' });
    expect(stepWorkOrder('rectified', 1, { type: 'verdict', verdict: 'dissatisfied' })).toEqual({ ok: true, status: 'open', round: 2, reopened: true });
    expect(stepWorkOrder('rectified', 2, { type: 'verdict', verdict: 'dissatisfied' })).toEqual({ ok: true, status: 'closed', round: 2, reopened: false });
  });
  it('takes the hotline’s resolution while the unit still owes an answer, and ignores it afterwards', () => {
    expect(stepWorkOrder('open', 1, { type: 'hotline_resolved' })).toMatchObject({ ok: true, status: 'rectified' });
    expect(stepWorkOrder('closed', 1, { type: 'hotline_resolved' })).toEqual({ ok: false });
  });
  it('takes no verdict before the rectification', () => {
    expect(stepWorkOrder('callback_recorded', 1, { type: 'verdict', verdict: 'satisfied' })).toEqual({ ok: false });
  });
});
