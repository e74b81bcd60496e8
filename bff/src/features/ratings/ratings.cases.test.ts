import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ServiceGuide } from '@zsb/shared/contracts/catalog';
import { startStack, type Stack } from '../../test/harness';
import { sampleFormData } from '../cases/cases.test-support';
import { rate } from './ratings.test-support';

let stack: Stack;
let guide: ServiceGuide;
beforeAll(async () => {
  stack = await startStack();
  guide = (await (await stack.login('r001')).inject({ method: 'GET', url: '/api/v1/services/GJJ-0012' })).json();
});
afterAll(async () => { await stack.close(); });
afterEach(() => { vi.useRealTimers(); });

function at(instant: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
}

let keys = 0;
/** A GJJ-0012 case of `persona`, moved by the clerk up to `until`. */
async function caseOf(persona: string, until: 'submitted' | 'completed'): Promise<string> {
  const applicant = await stack.login(persona);
  const r = await applicant.inject({
    method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': `rating-case-${++keys}-key` },
    payload: { itemCode: 'GJJ-0012', form: sampleFormData(guide.form!, {}), materials: [] },
  });
  expect(r.statusCode).toBe(201);
  const id = r.json().id as string;
  if (until === 'completed') {
    const clerk = await stack.login('staff-gjj');
    for (const to of ['pre_review', 'accepted', 'processing', 'completed']) {
      expect((await clerk.inject({ method: 'POST', url: `/api/v1/staff/cases/${id}/transitions`, payload: { to } })).statusCode).toBe(200);
    }
  }
  return id;
}

const caseRating = (caseId: string, overall: number, extra: Record<string, unknown> = {}) => ({
  channel: 'online', caseId, itemCode: 'GJJ-0012', overall,
  indicators: { efficiency: overall, guideAccuracy: overall, convenience: overall, usability: overall }, ...extra,
});
const stats = async () => (await stack.app.inject({ method: 'GET', url: '/api/v1/ratings/stats?itemCode=GJJ-0012' })).json();

describe('rating a completed case', () => {
  it('is for its applicant only, once it is completed, for its own item', async () => {
    const open = await caseOf('r001', 'submitted');
    const done = await caseOf('r001', 'completed');
    const me = await stack.login('r001');
    expect((await rate(me.inject, caseRating(open, 5))).json().code).toBe('RATING_CASE_NOT_COMPLETED');
    expect((await rate((await stack.login('r002')).inject, caseRating(done, 5))).statusCode).toBe(404);
    expect((await rate((o) => stack.app.inject(o), caseRating(done, 5))).statusCode).toBe(401);
    expect((await rate(me.inject, caseRating(done, 5, { itemCode: 'GJJ-0002' }))).json().code).toBe('RATING_ITEM_MISMATCH');
    expect((await rate(me.inject, { ...caseRating(done, 5), indicators: { serviceEfficiency: 5, serviceLevel: 5, serviceAttitude: 5 } })).statusCode).toBe(400);
    expect(await stack.count('ratings', { caseId: open }) + await stack.count('ratings', { caseId: done })).toBe(0);
  });

  it('updates within 24 hours (one rating, one work order, counted once) and refuses after', async () => {
    at('2026-09-28T02:00:00Z');
    const id = await caseOf('r003', 'completed');
    let me = await stack.login('r003');
    const before = (await stats()).summary.count;
    const first = (await rate(me.inject, caseRating(id, 2, { comment: '线上办理页面卡顿' }))).json();
    expect(first).toMatchObject({ outcome: 'created', rating: { caseId: id, channel: 'online', realName: true, workOrder: { dueDate: '2026-10-16' } } });
    expect(first.rating.editableUntil).toBe('2026-09-29T02:00:00.000Z');

    at('2026-09-28T20:00:00Z');
    me = await stack.login('r003');
    const second = (await rate(me.inject, caseRating(id, 1, { comment: '线上办理页面卡顿，客服也不回复' }))).json();
    expect(second).toMatchObject({ outcome: 'updated', rating: { id: first.rating.id, overall: 1, workOrder: { id: first.rating.workOrder.id } } });
    expect(await stack.count('ratings', { caseId: id })).toBe(1);
    expect(await stack.count('workOrders', { ratingId: first.rating.id })).toBe(1);
    const s = await stats();
    expect(s.summary.count).toBe(before + 1);
    expect(s.summary.distribution[1]).toBeGreaterThanOrEqual(1);
    const unit = await stack.login('staff-gjj');
    const order = (await unit.inject({ method: 'GET', url: `/api/v1/work-orders/${first.rating.workOrder.id}` })).json();
    expect(order.rating).toMatchObject({ overall: 1, comment: '线上办理页面卡顿，客服也不回复' });

    at('2026-09-29T02:00:01Z');
    me = await stack.login('r003');
    expect((await rate(me.inject, caseRating(id, 5))).json().code).toBe('RATING_EDIT_WINDOW_CLOSED');
    expect((await me.inject({ method: 'GET', url: `/api/v1/ratings/mine?caseId=${id}` })).json().items[0]).toMatchObject({ overall: 1, editableUntil: null });
  });
});

describe('the 7-day default 基本满意', () => {
  it('counts an unrated completed case apart from public scores, once, across restarts; the person’s own rating replaces it', async () => {
    at('2026-10-20T02:00:00Z');
    const unrated = await caseOf('r004', 'completed');
    const rated = await caseOf('r005', 'completed');
    await rate((await stack.login('r005')).inject, caseRating(rated, 4));
    const before = await stats();

    at('2026-10-27T01:59:00Z');
    expect(await stack.app.ratings.applyDefaults()).toBe(0);
    at('2026-10-27T02:01:00Z');
    expect(await stack.app.ratings.applyDefaults()).toBe(1);
    expect(await stack.app.ratings.applyDefaults()).toBe(0);
    await stack.restart();
    expect(await stack.app.ratings.applyDefaults()).toBe(0);

    const after = await stats();
    expect(after.defaults.count).toBe(before.defaults.count + 1);
    expect(after.summary).toEqual(before.summary);
    const [row] = await stack.rows('ratings', { caseId: unrated });
    expect(row).toMatchObject({ origin: 'default', overall: 3, createdAt: expect.stringMatching(/^2026-10-27T02:00/) });
    expect(await stack.count('ratings', { caseId: rated })).toBe(1);

    // Ten days after completion the person still rates, and their own rating replaces the default.
    at('2026-10-30T02:00:00Z');
    const own = (await rate((await stack.login('r004')).inject, caseRating(unrated, 5))).json();
    expect(own).toMatchObject({ outcome: 'created', rating: { origin: 'rated', overall: 5 } });
    const replaced = await stats();
    expect(replaced.defaults.count).toBe(before.defaults.count);
    expect(replaced.summary.count).toBe(before.summary.count + 1);
    expect(await stack.count('ratings', { caseId: unrated })).toBe(1);
  });
});
