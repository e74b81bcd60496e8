import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DEPARTMENTS } from '@zsb/shared/domain/regions';
import { buildApp } from '../../app';
import { startStack, type Session, type Stack } from '../../test/harness';
import { sampleFormData } from '../cases';
import { firstWorkingDayOfMonth } from './supervision.service';

// 2026 on the published calendar: 10-01…10-07 国庆/中秋 off; Sunday 09-20 and Saturday 10-10 are make-up working days.
let stack: Stack;
let applicant: Session;
let clerk: Session;
let operator: Session;
let otherClerk: Session;
const caseIds: Record<string, string> = {};

const inbox = async (s: Session) => (await s.inject({ method: 'GET', url: '/api/v1/messages?limit=100' })).json().items as { kind: string; title: string; body: string; link: string }[];

/** Submits a real case, then sets its promised date (and submission time) as if it had been filed earlier. */
async function caseDue(dueDate: string, submittedAt = '2026-09-10T02:00:00.000Z'): Promise<string> {
  const guide = (await applicant.inject({ method: 'GET', url: '/api/v1/services/GJJ-0012' })).json();
  const r = await applicant.inject({ method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': `supervision-${dueDate}-${Math.random()}` },
    payload: { itemCode: 'GJJ-0012', form: sampleFormData(guide.form), materials: [] } });
  expect(r.statusCode).toBe(201);
  const { cases } = stack.database.schema;
  await stack.database.q.update(cases).set({ dueDate, submittedAt }).where(eq(cases.id, r.json().id));
  return r.json().id;
}

beforeAll(async () => {
  // A generous upstream timeout: this file signs in four people on a shared, busy machine.
  stack = await startStack({ config: { upstreamTimeoutMs: 5000 } });
  applicant = await stack.login('r001');
  clerk = await stack.login('staff-gjj');
  operator = await stack.login('operator-1');
  otherClerk = await stack.login('staff-mzj');
  caseIds.sep21 = await caseDue('2026-09-21');
  caseIds.sep30 = await caseDue('2026-09-30');
  caseIds.oct09 = await caseDue('2026-10-09');
  caseIds.oct12 = await caseDue('2026-10-12');
});
afterAll(async () => { await stack.close(); });

describe('预警督办 on the working-day calendar', () => {
  it('warns 2 working days ahead, counting the make-up Sunday 2026-09-20', async () => {
    const run = await stack.app.supervision.run('2026-09-17');
    // 09-18, then 09-20 (make-up working day): a case due Monday 09-21 is 3 working days away, not 2.
    expect(run).toMatchObject({ ran: true, warned: 0, escalated: 0 });
    const next = await stack.app.supervision.run('2026-09-18');
    expect(next.warned).toBe(1);
    const warning = (await inbox(clerk)).find((m) => m.kind === 'supervision_warning')!;
    expect(warning.body).toContain('将于 2026-09-21 到期（还有 2 个工作日）');
    expect(warning.link).toBe(`/staff/pages/case/index?id=${caseIds.sep21}`);
    expect((await inbox(otherClerk)).filter((m) => m.kind.startsWith('supervision'))).toEqual([]);
  });

  it('warns on 09-30 of a case due 10-09: the 国庆 holidays are not working days', async () => {
    const run = await stack.app.supervision.run('2026-09-30');
    // sep21 escalates (overdue); sep30 (due today) and oct09 (10-08, 10-09) are warned; oct12 is 4 working days away.
    expect(run).toMatchObject({ warned: 2, escalated: 1 });
    const items = await stack.rows('supervisionItems');
    expect(items.map((i) => `${i.dueDate}:${i.stage}`).sort()).toEqual(['2026-09-21:escalated', '2026-09-30:warned', '2026-10-09:warned']);
  });

  it('escalates an overdue case to the operator once, with a 督办 number and working days overdue', async () => {
    const run = await stack.app.supervision.run('2026-10-08');
    expect(run).toMatchObject({ escalated: 1, warned: 0 }); // sep30; oct12 is still 10-09, 10-10 (make-up Saturday) + 1 away
    const again = await stack.app.supervision.run('2026-10-08');
    expect(again).toMatchObject({ escalated: 0, warned: 0 });
    const toOperator = (await inbox(operator)).filter((m) => m.kind === 'supervision_escalation');
    expect(toOperator).toHaveLength(2);
    expect(toOperator.map((m) => m.body).join('\n')).toMatch(/督办编号 DB-20261008-[0-9A-F]{8}：\S*住房公积金\S*的.*已超期 1 个工作日（期限 2026-09-30）/);
    expect((await stack.app.supervision.run('2026-10-09')).warned).toBe(1); // oct12: 10-10, 10-12
  });

  it('lists escalations by unit with working days overdue for the operator only', async () => {
    const overview = await stack.app.supervision.overview('2026-10-12');
    expect(overview.units).toHaveLength(1);
    const gjj = overview.units[0]!;
    expect({ code: gjj.departmentCode, escalated: gjj.escalated, warned: gjj.warned }).toEqual({ code: 'gjj', escalated: 2, warned: 2 });
    // 09-30 → 10-12: 10-08, 10-09, 10-10 (make-up), 10-12 = 4 working days (12 calendar days).
    expect(gjj.items.find((i) => i.subjectId === caseIds.sep30)).toMatchObject({ stage: 'escalated', daysOverdue: 4, number: expect.stringMatching(/^DB-/) });
    expect(gjj.maxDaysOverdue).toBe(gjj.items.find((i) => i.subjectId === caseIds.sep21)!.daysOverdue);
    const r = await operator.inject({ method: 'GET', url: '/api/v1/supervision/overview' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    expect((await clerk.inject({ method: 'GET', url: '/api/v1/supervision/overview' })).statusCode).toBe(403);
    expect((await applicant.inject({ method: 'GET', url: '/api/v1/supervision/overview' })).statusCode).toBe(403);
  });

  it('closes the record once the case is done', async () => {
    for (const to of ['pre_review', 'accepted', 'processing', 'completed']) {
      expect((await clerk.inject({ method: 'POST', url: `/api/v1/staff/cases/${caseIds.sep30}/transitions`, payload: { to } })).statusCode).toBe(200);
    }
    const run = await stack.app.supervision.run('2026-10-12');
    expect(run.resolved).toBe(1);
    expect((await stack.app.supervision.overview('2026-10-12')).units[0]!.items.map((i) => i.subjectId)).not.toContain(caseIds.sep30);
  });
});

describe('情况通报 (monthly report)', () => {
  it('is due on the first working day of the month: 2026-10-08 after the holidays', () => {
    expect(firstWorkingDayOfMonth('2026-10-03')).toBe('2026-10-08');
    expect(firstWorkingDayOfMonth('2026-11-15')).toBe('2026-11-02');
  });

  it('is generated once per unit and month, even by two instances at once', async () => {
    // The sweeps above from 2026-10-08 on made September's, once.
    expect(await stack.count('supervisionReports', { month: '2026-09' })).toBe(DEPARTMENTS.length);
    // November 2026 starts on a Sunday: October's reports come on Monday 11-02.
    expect((await stack.app.supervision.run('2026-11-01')).reportMonth).toBeNull();
    const second = await buildApp(stack.config);
    try {
      const runs = await Promise.all([stack.app.supervision.run('2026-11-02'), second.supervision.run('2026-11-02')]);
      expect(runs.reduce((n, r) => n + r.reports, 0)).toBe(DEPARTMENTS.length);
      expect((await stack.app.supervision.run('2026-11-02')).reports).toBe(0);
      expect((await second.supervision.run('2026-11-20')).reports).toBe(0);
    } finally {
      await second.close();
    }
    expect(await stack.count('supervisionReports', { month: '2026-10' })).toBe(DEPARTMENTS.length);
    expect(await stack.count('supervisionReports', { month: '2026-09' })).toBe(DEPARTMENTS.length);
  });

  it('shows the unit its figures, and downloads as CSV, PDF and an SVG chart', async () => {
    const list = await clerk.inject({ method: 'GET', url: '/api/v1/supervision/reports?month=2026-09' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(1);
    const report = list.json().items[0];
    // Four cases filed in September; the one due 09-21 was still open at the month's end.
    expect(report).toMatchObject({ departmentCode: 'gjj', month: '2026-09', figures: { received: 4, finished: 0, overdue: 1 } });
    expect(report.history.map((h: { month: string }) => h.month)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09']);
    expect((await operator.inject({ method: 'GET', url: '/api/v1/supervision/reports?month=2026-09' })).json().items).toHaveLength(DEPARTMENTS.length);

    const csv = await clerk.inject({ method: 'GET', url: `/api/v1/supervision/reports/${report.id}/csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.body.startsWith('\uFEFF单位,月份,受理,办结,按时办结,超期')).toBe(true);
    expect(csv.body).toContain('住房公积金');
    const pdf = await operator.inject({ method: 'GET', url: `/api/v1/supervision/reports/${report.id}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const svg = await clerk.inject({ method: 'GET', url: `/api/v1/supervision/reports/${report.id}/chart.svg` });
    expect(svg.body).toMatch(/^<svg[^>]+role="img"/);

    // Another unit's clerk: as if it did not exist. A resident: not for them.
    expect((await otherClerk.inject({ method: 'GET', url: `/api/v1/supervision/reports/${report.id}` })).statusCode).toBe(404);
    expect((await otherClerk.inject({ method: 'GET', url: `/api/v1/supervision/reports/${report.id}/pdf` })).statusCode).toBe(404);
    expect((await applicant.inject({ method: 'GET', url: `/api/v1/supervision/reports/${report.id}/csv` })).statusCode).toBe(403);
  });
});
