import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { ServiceGuide } from '@zsb/shared/contracts/catalog';
import { secondInstance, startStack, type Session, type Stack } from '../../test/harness';
import { rate, windowRating } from '../ratings/ratings.test-support';
import { sampleFormData } from '../cases';

// Defect 12, last piece: due dates counted over a provisional 2027 are counted again when an operator enters 2027.
let stack: Stack;
let other: FastifyInstance | undefined;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => {
  await other?.close();
  await stack.close();
});
afterEach(() => { vi.useRealTimers(); });

/** Pretends it is 10:00 China time on `date` (only Date: timers keep running). */
function at(date: string, time = '02:00:00') {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${date}T${time}Z`));
}

/**
 * A made-up 2027 schedule whose make-up working day is Saturday 2027-01-02, so that dates counted over
 * the new year move: provisionally 01-01 is the only day off and 01-02/03 a weekend, so the first working
 * day of 2027 is Monday 01-04; with this schedule it is Saturday 01-02.
 */
const schedule2027 = {
  holidays: [
    '2027-01-01',
    '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
    '2027-04-03', '2027-04-04', '2027-04-05', '2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05',
    '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07',
  ],
  workdays: ['2027-01-02', '2027-02-20', '2027-10-09'],
  notice: '国办发明电〔2026〕示例号',
};

let certificate: ServiceGuide;
let keySeq = 0;
const submit = (s: Session) => s.inject({
  method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': `recompute-${++keySeq}` },
  payload: { itemCode: 'GJJ-0012', form: sampleFormData(certificate.form!), materials: [] },
});
const move = (s: Session, id: string, to: string, note?: string) =>
  s.inject({ method: 'POST', url: `/api/v1/staff/cases/${id}/transitions`, payload: { to, ...(note ? { note } : {}) } });
const caseOf = async (s: Session, id: string) => (await s.inject({ method: 'GET', url: `/api/v1/cases/${id}` })).json();
const orderOf = async (s: Session, id: string) => (await s.inject({ method: 'GET', url: `/api/v1/work-orders/${id}` })).json();

async function badRating(s: Session): Promise<{ id: string; dueDate: string; dueDateProvisional: boolean }> {
  const r = await rate(s.inject, windowRating('H330106-W05', 'gjj', 1, { comment: '等了很久没人理' }));
  expect(r.statusCode).toBe(201);
  return r.json().rating.workOrder;
}

describe('defect 12: deadlines computed without the published schedule are recomputed when it arrives', () => {
  it('moves the open cases and work orders due in 2027 to the published calendar, once, and leaves the others alone', async () => {
    // Signs everyone in again at the pretended time (access tokens expire).
    let applicant!: Session, rater2!: Session, clerk!: Session;
    const signIn = async () => { [applicant, rater2, clerk] = await Promise.all(['r001', 'r002', 'staff-gjj'].map((p) => stack.login(p))); };
    await signIn();
    certificate = (await applicant.inject({ method: 'GET', url: '/api/v1/services/GJJ-0012' })).json();

    // Early December: a case due in 2026 (outside the year), and a case and a bad rating that come back later.
    at('2026-12-01');
    await signIn();
    const earlyR = await submit(applicant);
    expect(earlyR.statusCode, earlyR.body).toBe(201);
    const early = earlyR.json();
    expect(early.dueDate).toBe('2026-12-02');
    const corrected = (await submit(applicant)).json();
    expect((await move(clerk, corrected.id, 'pre_review')).statusCode).toBe(200);
    expect((await move(clerk, corrected.id, 'correction_required', '请补充用途说明')).statusCode).toBe(200);
    const round2 = await badRating(rater2);
    expect(round2.dueDate).toBe('2026-12-15');

    // 2026-12-18: a bad rating due 10 working days later, provisionally Monday 2027-01-04.
    at('2026-12-18');
    await signIn();
    const round1 = await badRating(applicant);
    expect(round1).toMatchObject({ dueDate: '2027-01-04', dueDateProvisional: true });
    // Round 2 of the early order starts now: callback, rectification, 不满意.
    const url = `/api/v1/work-orders/${round2.id}`;
    expect((await clerk.inject({ method: 'POST', url: `${url}/callback`, payload: { contactedAt: '2026-12-17T02:00:00Z', method: 'phone', summary: '电话回访' } })).statusCode).toBe(200);
    expect((await clerk.inject({ method: 'POST', url: `${url}/rectification`, payload: { note: '已整改' } })).statusCode).toBe(200);
    const reopened = await rater2.inject({ method: 'POST', url: `${url}/verdict`, payload: { verdict: 'dissatisfied', comment: '没有改进' } });
    expect(reopened.json()).toMatchObject({ status: 'open', round: 2, dueDate: '2027-01-04', dueDateProvisional: true });

    // 2026-12-31: a 1-working-day case (provisionally due 2027-01-04), one that finishes at once, one paused
    // for correction, and the corrected case resubmitted (its clock restarts today, not on 12-01).
    at('2026-12-31');
    await signIn();
    const running = (await submit(applicant)).json();
    expect(running).toMatchObject({ dueDate: '2027-01-04', dueDateProvisional: true });
    const finished = (await submit(applicant)).json();
    for (const to of ['pre_review', 'accepted', 'processing', 'completed']) expect((await move(clerk, finished.id, to)).statusCode).toBe(200);
    const paused = (await submit(applicant)).json();
    expect((await move(clerk, paused.id, 'pre_review')).statusCode).toBe(200);
    expect((await move(clerk, paused.id, 'correction_required', '请补充用途说明')).statusCode).toBe(200);
    const resubmitted = await applicant.inject({ method: 'POST', url: `/api/v1/cases/${corrected.id}/resubmit`,
      payload: { form: sampleFormData(certificate.form!), materials: [] } });
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', dueDate: '2027-01-04', dueDateProvisional: true });
    // A clerk takes the running case into pre-review: the clock still runs.
    expect((await move(clerk, running.id, 'pre_review')).statusCode).toBe(200);

    // A second instance: the operator saves there; only it recomputes, this one only reloads the calendar.
    other = await secondInstance(stack);
    const here = { cases: vi.spyOn(stack.app.cases, 'recomputeDueDates'), orders: vi.spyOn(stack.app.workOrders, 'recomputeDueDates') };
    const there = { cases: vi.spyOn(other.cases, 'recomputeDueDates'), orders: vi.spyOn(other.workOrders, 'recomputeDueDates') };
    const operator = await stack.login('operator-1');
    const saved = await other.inject({ method: 'PUT', url: '/api/v1/calendar/schedules/2027', headers: operator.headers, payload: schedule2027 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ year: 2027, status: 'published', source: 'operator' });
    await vi.waitFor(() => expect(stack.app.calendar.current().year(2027).status).toBe('published'), { timeout: 5000 });

    expect(there.cases).toHaveBeenCalledTimes(1);
    expect(there.orders).toHaveBeenCalledTimes(1);
    expect(here.cases).not.toHaveBeenCalled();
    expect(here.orders).not.toHaveBeenCalled();
    // Moved: the running case, the resubmitted one (counted from its resubmission), both open orders.
    expect(await there.cases.mock.results[0]!.value).toEqual({ checked: 2, moved: 2 });
    expect(await there.orders.mock.results[0]!.value).toEqual({ checked: 2, moved: 2 });

    // The stored dates and the API answers (on the instance that did not save) follow the published calendar.
    for (const id of [running.id, corrected.id]) {
      expect(await caseOf(applicant, id)).toMatchObject({ dueDate: '2027-01-02', dueDateProvisional: false });
      expect((await stack.rows('cases', { id }))[0]).toMatchObject({ dueDate: '2027-01-02' });
    }
    expect(await orderOf(applicant, round1.id)).toMatchObject({ status: 'open', round: 1, dueDate: '2027-01-02', dueDateProvisional: false });
    expect(await orderOf(rater2, round2.id)).toMatchObject({ status: 'open', round: 2, dueDate: '2027-01-02', dueDateProvisional: false });
    const list = (await applicant.inject({ method: 'GET', url: '/api/v1/cases' })).json().items;
    expect(list.find((c: { id: string }) => c.id === running.id)).toMatchObject({ dueDate: '2027-01-02', dueDateProvisional: false });

    // Untouched: due in 2026, finished, paused for correction.
    expect((await stack.rows('cases', { id: early.id }))[0]).toMatchObject({ dueDate: '2026-12-02', status: 'submitted' });
    expect((await stack.rows('cases', { id: finished.id }))[0]).toMatchObject({ dueDate: '2027-01-04', status: 'completed' });
    expect((await stack.rows('cases', { id: paused.id }))[0]).toMatchObject({ dueDate: '2027-01-04', status: 'correction_required' });

    // Each person is told once per case or order and year.
    expect(await stack.count('messages', { dedupeKey: `case:${running.id}:due:2027` })).toBe(1);
    expect(await stack.count('messages', { dedupeKey: `case:${corrected.id}:due:2027` })).toBe(1);
    expect(await stack.count('messages', { dedupeKey: `case:${finished.id}:due:2027` })).toBe(0);
    expect(await stack.count('messages', { dedupeKey: `work-order:${round1.id}:due:2027` })).toBe(1);
    expect(await stack.count('messages', { dedupeKey: `work-order:${round2.id}:due:2027` })).toBe(1);
    const inbox = (await applicant.inject({ method: 'GET', url: '/api/v1/messages' })).json().items.map((m: { body: string }) => m.body).join('\n');
    expect(inbox).toContain('由 2027-01-04 调整为 2027-01-02');

    // Saving the same schedule again (a correction, a retry) moves nothing and tells no one twice.
    const again = await stack.app.inject({ method: 'PUT', url: '/api/v1/calendar/schedules/2027', headers: operator.headers, payload: schedule2027 });
    expect(again.statusCode).toBe(200);
    expect(await here.cases.mock.results[0]!.value).toEqual({ checked: 2, moved: 0 });
    expect(await here.orders.mock.results[0]!.value).toEqual({ checked: 2, moved: 0 });
    expect(await stack.count('messages', { dedupeKey: `case:${running.id}:due:2027` })).toBe(1);
  });
});
