import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStack, type Session, type Stack } from '../../test/harness';
import { rate, windowRating } from '../ratings/ratings.test-support';
import type { RecomputeTarget } from './calendar.service';

// One stack for the file, in order: everything before the last block runs with no 2027 schedule entered.
let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack.close(); });
afterEach(() => { vi.useRealTimers(); });

/** Pretends it is 10:00 China time on `date` (only Date: timers keep running). */
function at(date: string, time = '02:00:00') {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${date}T${time}Z`));
}

async function badRating(persona: string) {
  const s = await stack.login(persona);
  const r = await rate(s.inject, windowRating('H330106-W05', 'gjj', 1, { comment: '等了很久没人理' }));
  expect(r.statusCode).toBe(201);
  return { session: s, rating: r.json().rating as { id: string; workOrder: { id: string; dueDate: string; dueDateProvisional: boolean } } };
}

const workOrder = async (s: Session, id: string) => (await s.inject({ method: 'GET', url: `/api/v1/work-orders/${id}` })).json();

/** An example of the 2027 schedule as an operator would enter it (made up: the real one is not out yet). */
const schedule2027 = {
  holidays: [
    '2027-01-01', '2027-01-02', '2027-01-03',
    '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
    '2027-04-03', '2027-04-04', '2027-04-05', '2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05',
    '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07',
  ],
  // Saturdays.
  workdays: ['2027-02-20', '2027-10-09'],
  notice: '国办发明电〔2026〕示例号',
};

const put = (s: Session, year: number | string, payload: unknown) =>
  s.inject({ method: 'PUT', url: `/api/v1/calendar/schedules/${year}`, payload: payload as object });

describe('defect 12: the working-day calendar ends in 2026', () => {
  it('makes a bad rating on 2026-12-18 due on 2027-01-04, not on New Year’s Day, and marks the due date provisional', async () => {
    at('2026-12-18');
    const { session, rating } = await badRating('r001');
    expect(rating.workOrder).toMatchObject({ dueDate: '2027-01-04', dueDateProvisional: true });
    expect(await workOrder(session, rating.workOrder.id)).toMatchObject({ dueDate: '2027-01-04', dueDateProvisional: true });
    const inbox = (await session.inject({ method: 'GET', url: '/api/v1/messages' })).json().items.map((m: { body: string }) => m.body);
    expect(inbox.join('\n')).toContain('将在 2027-01-04（暂定，以当年节假日安排为准） 前与您联系');
  });

  it('still follows the published 2026 schedule: a rating on 2026-09-28 is due 2026-10-16 and not provisional', async () => {
    at('2026-09-28');
    const { rating } = await badRating('r002');
    expect(rating.workOrder).toMatchObject({ dueDate: '2026-10-16', dueDateProvisional: false });
  });

  it('shows operators 2026 as published with its make-up days and 2027 as provisional with only 元旦, 春节, 国庆 and the other statutory days off', async () => {
    at('2026-11-29');
    const op = await stack.login('operator-1');
    const r = await op.inject({ method: 'GET', url: '/api/v1/calendar' });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ today: '2026-11-29', nextYearMissing: true });
    expect(body.years.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027]);
    const [, y2026, y2027] = body.years;
    expect(y2026).toMatchObject({ status: 'published', source: 'bundled', workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'] });
    for (const d of ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']) expect(y2026.holidays).toContain(d);
    expect(y2027).toMatchObject({
      status: 'provisional', source: 'statutory', workdays: [], notice: null,
      holidays: ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-04-05', '2027-05-01', '2027-05-02',
        '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03'],
    });
  });

  it('alerts every operator account once from November 1st while next year’s schedule is missing', async () => {
    at('2026-10-31');
    await stack.login('operator-1'); // an operator account exists once it has signed in
    expect(await stack.app.calendar.alertIfNextYearMissing()).toBe(0);
    at('2026-11-01');
    expect(await stack.app.calendar.alertIfNextYearMissing()).toBe(1);
    at('2026-11-20');
    expect(await stack.app.calendar.alertIfNextYearMissing()).toBe(0);
    const inbox = (await (await stack.login('operator-1')).inject({ method: 'GET', url: '/api/v1/messages' })).json().items;
    expect(inbox.filter((m: { title: string }) => m.title === '2027年节假日安排尚未录入')).toHaveLength(1);
    // Residents and staff are not told.
    expect(await stack.count('messages', { kind: 'calendar' })).toBe(1);
  });

  it('answers 403 to a resident or clerk who reads the calendar or enters a schedule', async () => {
    at('2026-11-29');
    for (const persona of ['r003', 'staff-gjj']) {
      const s = await stack.login(persona);
      const w = await put(s, 2027, schedule2027);
      expect(w.statusCode).toBe(403);
      expect(w.headers['content-type']).toContain('application/problem+json');
      expect((await s.inject({ method: 'GET', url: '/api/v1/calendar' })).statusCode).toBe(403);
    }
    expect(await stack.count('auditEvents', { action: 'calendar.schedule.put' })).toBe(0);
  });

  it('refuses bad schedules with problem+json naming the field: outside the year, listed twice, statutory day as workday or missing, weekday as make-up day', async () => {
    at('2026-11-29');
    const op = await stack.login('operator-1');
    const cases: Array<[string, number | string, unknown, number, string]> = [
      ['date outside the year', 2027, { ...schedule2027, holidays: [...schedule2027.holidays, '2026-12-31'] }, 422, 'body.holidays.27'],
      ['make-up day outside the year', 2027, { ...schedule2027, workdays: ['2028-01-08'] }, 422, 'body.workdays.0'],
      ['holiday listed twice', 2027, { ...schedule2027, holidays: [...schedule2027.holidays, '2027-01-01'] }, 400, 'body.holidays.27'],
      ['both holiday and workday', 2027, { ...schedule2027, workdays: ['2027-01-02'] }, 400, 'body.workdays.0'],
      ['statutory day as workday', 2027, { ...schedule2027, holidays: schedule2027.holidays.filter((d) => d !== '2027-02-06'), workdays: ['2027-02-06'] }, 422, 'body.workdays.0'],
      ['statutory day missing', 2027, { ...schedule2027, holidays: schedule2027.holidays.filter((d) => d !== '2027-10-03') }, 422, 'body.holidays'],
      ['weekday as make-up day', 2027, { ...schedule2027, workdays: ['2027-02-19'] }, 422, 'body.workdays.0'],
      ['not a calendar date', 2027, { ...schedule2027, workdays: ['2027-02-30'] }, 400, 'body.workdays.0'],
      ['unknown field', 2027, { ...schedule2027, bridge: true }, 400, 'body'],
      ['year before the current rules', 2024, schedule2027, 400, 'params.year'],
      ['year that is not a number', 'next', schedule2027, 400, 'params.year'],
    ];
    for (const [what, year, payload, status, path] of cases) {
      const r = await put(op, year, payload);
      expect(r.statusCode, what).toBe(status);
      expect(r.headers['content-type'], what).toContain('application/problem+json');
      expect(r.json().code, what).toBe('VALIDATION_FAILED');
      expect(r.json().errors.map((e: { path: string }) => e.path), what).toContain(path);
    }
    expect((await op.inject({ method: 'GET', url: '/api/v1/calendar?from=2027&to=2027' })).json().years[0].status).toBe('provisional');
    expect((await op.inject({ method: 'GET', url: '/api/v1/calendar?from=2028&to=2027' })).statusCode).toBe(400);
    const doc = (await stack.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(doc.paths['/api/v1/calendar/schedules/{year}'].put.requestBody).toBeTruthy();
  });
});

describe('defect 12: an operator enters the 2027 schedule', () => {
  it('makes its make-up Saturday a working day, drops the provisional mark, is audited, kept across a restart and announced to the recompute hook', async () => {
    at('2026-12-18');
    const { rating } = await badRating('r004');
    const published: Array<[number, RecomputeTarget[]]> = [];
    stack.app.calendar.onSchedulePublished((year, targets) => { published.push([year, targets]); });

    at('2026-12-20');
    const op = await stack.login('operator-1');
    const r = await put(op, 2027, schedule2027);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ year: 2027, status: 'published', source: 'operator', workdays: ['2027-02-20', '2027-10-09'], notice: schedule2027.notice });

    expect(published).toHaveLength(1);
    expect(published[0]![0]).toBe(2027);
    expect(published[0]![1].map((t) => [t.kind, t.dueOnOrAfter])).toEqual([['case', '2027-01-01'], ['work_order', '2027-01-01']]);
    expect(await stack.count('auditEvents', { action: 'calendar.schedule.put', purpose: '国办发明电〔2026〕示例号' })).toBe(1);
    expect(await stack.rows('calendarSchedules', { year: 2027 })).toEqual([expect.objectContaining({ year: 2027, notice: '国办发明电〔2026〕示例号', updatedBy: expect.any(String) })]);

    // The order made on 2026-12-18 keeps 2027-01-04 under this schedule, and is no longer provisional.
    expect(await workOrder(await stack.login('r004'), rating.workOrder.id)).toMatchObject({ dueDate: '2027-01-04', dueDateProvisional: false });

    // 10 working days from Friday 2027-02-12: with the make-up Saturday 02-20 the order is due on Thursday 02-25, not 02-26.
    at('2027-02-12');
    const later = await badRating('r005');
    expect(later.rating.workOrder).toMatchObject({ dueDate: '2027-02-25', dueDateProvisional: false });

    // Next year's alert now looks at 2028, not at the 2027 that is there.
    at('2027-01-05');
    expect((await (await stack.login('operator-1')).inject({ method: 'GET', url: '/api/v1/calendar' })).json().nextYearMissing).toBe(false);

    await stack.restart();
    at('2027-02-12');
    const again = await (await stack.login('operator-1')).inject({ method: 'GET', url: '/api/v1/calendar?from=2027&to=2027' });
    expect(again.json().years[0]).toMatchObject({ status: 'published', source: 'operator', workdays: ['2027-02-20', '2027-10-09'] });
    expect((await badRating('r006')).rating.workOrder.dueDate).toBe('2027-02-25');
  });
});
