import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../test/harness';
import { rate, windowRating } from './ratings.test-support';

// Personal data published in rating comments (issue 12, defect 3).

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack.close(); });

const anon = (o: InjectOptions) => stack.app.inject(o);
const ID_NUMBER = '330102199001011234';
const PHONE = '13812345678';
const COMMENT = `我的身份证${ID_NUMBER}，电话${PHONE}，窗口一直没人`;
const MASKED = '我的身份证3301**********1234，电话138****5678，窗口一直没人';

describe('personal data in rating comments', () => {
  it('an anonymous comment with an ID number and a phone number is masked on the public results and in the operator\'s review list', async () => {
    const window = 'H330102-W03';
    const ids: string[] = [];
    // The third identical comment is flagged for the operator's review.
    for (const d of ['dev-pii-0001', 'dev-pii-0002', 'dev-pii-0003']) {
      const r = await rate(anon, windowRating(window, 'rsj', 1, { comment: COMMENT }), { 'x-device-id': d });
      expect(r.statusCode).toBe(201);
      ids.push(r.json().rating.id);
    }

    const pub = await anon({ method: 'GET', url: `/api/v1/ratings/public?windowId=${window}` });
    const stats = await anon({ method: 'GET', url: `/api/v1/ratings/stats?windowId=${window}` });
    for (const r of [pub, stats]) {
      expect(r.statusCode).toBe(200);
      expect(r.body).not.toContain(ID_NUMBER);
      expect(r.body).not.toContain(PHONE);
    }
    expect(pub.json().items.find((x: { id: string }) => x.id === ids[0]).comment).toBe(MASKED);
    expect(stats.json().recent.find((x: { id: string }) => x.id === ids[0]).comment).toBe(MASKED);

    const op = await stack.login('operator-1');
    const review = await op.inject({ method: 'GET', url: '/api/v1/ratings/review?review=pending' });
    const flagged = review.json().items.find((x: { id: string }) => x.id === ids[2]);
    expect(flagged.comment).toBe(MASKED);
    expect(review.body).not.toContain(ID_NUMBER);
  });

  it('a signed-in bad rating keeps its original text only in the responsible unit\'s work order', async () => {
    const me = await stack.login('r001');
    const r = await rate(me.inject, windowRating('H330106-W05', 'gjj', 1, { comment: COMMENT }));
    expect(r.statusCode).toBe(201);
    const { rating } = r.json();
    // The rater sees what they wrote.
    expect(rating.comment).toBe(COMMENT);
    const orderId = rating.workOrder.id;

    const unit = await stack.login('staff-gjj');
    const detail = (await unit.inject({ method: 'GET', url: `/api/v1/work-orders/${orderId}` })).json();
    expect(detail.rating.comment).toBe(COMMENT);
    const list = (await unit.inject({ method: 'GET', url: '/api/v1/work-orders?status=unclosed' })).json().items;
    expect(list.find((o: { id: string }) => o.id === orderId).rating.comment).toBe(MASKED);

    const op = await stack.login('operator-1');
    const seenByOperator = await op.inject({ method: 'GET', url: `/api/v1/work-orders/${orderId}` });
    expect(seenByOperator.json().rating.comment).toBe(MASKED);
    expect(seenByOperator.body).not.toContain(ID_NUMBER);

    const pub = await anon({ method: 'GET', url: '/api/v1/ratings/public?windowId=H330106-W05' });
    expect(pub.body).not.toContain(ID_NUMBER);
    expect(pub.body).not.toContain(PHONE);
  });

  it('the unit\'s published rectification note is masked on the public results', async () => {
    const me = await stack.login('r002');
    const { rating } = (await rate(me.inject, windowRating('H330106-W05', 'gjj', 1, { comment: '材料被退回三次' }))).json();
    const unit = await stack.login('staff-gjj');
    const called = await unit.inject({
      method: 'POST', url: `/api/v1/work-orders/${rating.workOrder.id}/callback`,
      payload: { contactedAt: new Date().toISOString(), method: 'phone', summary: '已电话联系评价人' },
    });
    expect(called.statusCode).toBe(200);
    const done = await unit.inject({
      method: 'POST', url: `/api/v1/work-orders/${rating.workOrder.id}/rectification`,
      payload: { note: '已约谈窗口人员', publicNote: `已整改，如有疑问请致电${PHONE}` },
    });
    expect(done.statusCode).toBe(200);
    const pub = (await anon({ method: 'GET', url: '/api/v1/ratings/public?windowId=H330106-W05' })).json();
    const item = pub.items.find((x: { id: string }) => x.id === rating.id);
    expect(item.workOrder.rectificationNote).toBe('已整改，如有疑问请致电138****5678');
  });

  it('removes control characters and bidi overrides from a stored comment', async () => {
    const r = await rate(anon, windowRating('H330102-W04', 'ybj', 2, { comment: 'a\u0000b\u202Ec\u2066d\u0007e\n好' }), { 'x-device-id': 'dev-ctl-0001' });
    expect(r.statusCode).toBe(201);
    const [row] = await stack.rows('ratings', { id: r.json().rating.id });
    expect(row.comment).toBe('abcde\n好');
  });
});
