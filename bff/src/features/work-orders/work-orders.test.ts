import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStack, type Session, type Stack } from '../../test/harness';
import { signHotlineBody } from '../../upstreams/hotline/hotline.signature';
import { rate, windowRating } from '../ratings/ratings.test-support';

let stack: Stack;
beforeAll(async () => { stack = await startStack({ config: { workOrders: { dueDaysByRegion: '330102:5' } } }); });
afterAll(async () => { await stack.close(); });
afterEach(() => { vi.useRealTimers(); });

/** Pretends it is 10:00 China time on `date` (only Date: timers keep running). */
function at(date: string, time = '02:00:00') {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${date}T${time}Z`));
}

async function badRating(s: Session, windowId: string, dept: string, extra: Record<string, unknown> = {}) {
  const r = await rate(s.inject, windowRating(windowId, dept, 1, { comment: '等了很久没人理', ...extra }));
  expect(r.statusCode).toBe(201);
  return r.json().rating as { id: string; workOrder: { id: string; dueDate: string } };
}

describe('work-order due dates on the Chinese calendar', () => {
  it('gives a rating on 2026-09-28 until 2026-10-16 (National Day skipped)', async () => {
    at('2026-09-28');
    const r = await badRating(await stack.login('r001'), 'H330106-W05', 'gjj');
    expect(r.workOrder.dueDate).toBe('2026-10-16');
  });
  it('gives a rating on 2026-02-13 until 2026-03-05 (Spring Festival skipped, make-up Saturdays counted)', async () => {
    at('2026-02-13');
    const r = await badRating(await stack.login('r002'), 'H330106-W05', 'gjj');
    expect(r.workOrder.dueDate).toBe('2026-03-05');
  });
  it('uses the region’s configured number of working days', async () => {
    at('2026-09-28');
    const r = await badRating(await stack.login('r003'), 'H330102-W01', 'mzj');
    expect(r.workOrder.dueDate).toBe('2026-10-10');
  });
});

describe('the unit answers a bad rating and the rater judges the fix', () => {
  it('goes callback → rectification → 不满意 (round 2) → rectification → 满意, never showing the rater to staff', async () => {
    at('2026-09-28');
    let rater = await stack.login('r006');
    const { workOrder } = await badRating(rater, 'H330106-W01', 'mzj', { comment: '窗口人员态度恶劣' });
    let unit = await stack.login('staff-mzj-330106');
    const otherDistrict = await stack.login('staff-mzj-330102');
    const otherDept = await stack.login('staff-gjj');
    const stranger = await stack.login('r007');
    const url = `/api/v1/work-orders/${workOrder.id}`;

    const list = (await unit.inject({ method: 'GET', url: '/api/v1/work-orders' })).json().items;
    expect(list.map((o: { id: string }) => o.id)).toContain(workOrder.id);
    const me = (await rater.inject({ method: 'GET', url: '/api/v1/me' })).json();
    expect(JSON.stringify(list)).not.toContain(me.userId);
    expect(JSON.stringify(list)).not.toContain(me.name);
    for (const s of [otherDistrict, otherDept, stranger]) expect((await s.inject({ method: 'GET', url })).statusCode).toBe(404);
    expect((await otherDept.inject({ method: 'GET', url: '/api/v1/work-orders' })).json().items.map((o: { id: string }) => o.id)).not.toContain(workOrder.id);

    // The rectification must wait for the callback; the rater cannot answer for the unit.
    expect((await unit.inject({ method: 'POST', url: `${url}/rectification`, payload: { note: '已整改' } })).json().code).toBe('WORK_ORDER_TRANSITION_NOT_ALLOWED');
    expect((await rater.inject({ method: 'POST', url: `${url}/callback`, payload: { contactedAt: '2026-09-29T02:00:00Z', method: 'phone', summary: '自己回访' } })).statusCode).toBe(403);

    // Access tokens live 15 minutes: sign in again after each jump of the clock.
    at('2026-09-29');
    unit = await stack.login('staff-mzj-330106');
    rater = await stack.login('r006');
    const cb = await unit.inject({ method: 'POST', url: `${url}/callback`, payload: { contactedAt: '2026-09-29T01:30:00Z', method: 'in_app', summary: '已向您致歉，将加强窗口培训' } });
    expect(cb.statusCode).toBe(200);
    expect(cb.json()).toMatchObject({ status: 'callback_recorded', callback: { method: 'in_app', summary: '已向您致歉，将加强窗口培训' } });
    const rect = await unit.inject({ method: 'POST', url: `${url}/rectification`, payload: { note: '对窗口人员进行了批评教育', publicNote: '已约谈窗口人员并整改' } });
    expect(rect.json()).toMatchObject({ status: 'rectified', deadline: { state: 'stopped' }, rectification: { source: 'unit', publicNote: '已约谈窗口人员并整改' } });

    const inbox = (await rater.inject({ method: 'GET', url: '/api/v1/messages' })).json().items.map((m: { title: string }) => m.title);
    expect(inbox).toEqual(expect.arrayContaining(['您的差评已转为整改工单', '承办单位已就您的差评回访', '整改已完成，请评价整改结果']));
    const pub = (await stack.app.inject({ method: 'GET', url: '/api/v1/ratings/public?windowId=H330106-W01&bad=true' })).json().items;
    expect(pub[0].workOrder).toEqual({ status: 'rectified', rectificationNote: '已约谈窗口人员并整改' });

    expect((await unit.inject({ method: 'POST', url: `${url}/verdict`, payload: { verdict: 'satisfied' } })).statusCode).toBe(403);
    at('2026-09-30');
    unit = await stack.login('staff-mzj-330106');
    rater = await stack.login('r006');
    const reopened = await rater.inject({ method: 'POST', url: `${url}/verdict`, payload: { verdict: 'dissatisfied', comment: '没有实质改进' } });
    expect(reopened.json()).toMatchObject({ status: 'open', round: 2, dueDate: '2026-10-20', callback: null, rectification: null });

    await unit.inject({ method: 'POST', url: `${url}/callback`, payload: { contactedAt: '2026-10-09T02:00:00Z', method: 'phone', summary: '电话沟通整改方案' } });
    await unit.inject({ method: 'POST', url: `${url}/rectification`, payload: { note: '调整窗口人员' } });
    const closed = await rater.inject({ method: 'POST', url: `${url}/verdict`, payload: { verdict: 'satisfied' } });
    expect(closed.json()).toMatchObject({ status: 'closed', round: 2, verdict: { verdict: 'satisfied' }, closedAt: expect.any(String) });
    expect(closed.json().history.map((h: { action: string }) => h.action)).toEqual([
      'created', 'pushed', 'callback', 'rectification', 'verdict', 'reopened', 'callback', 'rectification', 'verdict', 'closed',
    ]);
    expect((await rater.inject({ method: 'POST', url: `${url}/verdict`, payload: { verdict: 'satisfied' } })).statusCode).toBe(409);
  });
});

describe('warnings and overdue orders', () => {
  it('shows near-due and overdue orders to the unit and the operator', async () => {
    at('2026-11-02');
    const { workOrder } = await badRating(await stack.login('r008'), 'H330108-W06', 'cgj');
    expect(workOrder.dueDate).toBe('2026-11-16');
    const unit = () => stack.login('staff-cgj');
    const state = async () => (await (await unit()).inject({ method: 'GET', url: `/api/v1/work-orders/${workOrder.id}` })).json().deadline;

    at('2026-11-11');
    expect(await state()).toEqual({ state: 'on_track', workingDaysLeft: 3 });
    at('2026-11-12');
    expect(await state()).toEqual({ state: 'near', workingDaysLeft: 2 });
    const near = (await (await unit()).inject({ method: 'GET', url: '/api/v1/work-orders?deadline=near' })).json().items;
    expect(near.map((o: { id: string }) => o.id)).toEqual([workOrder.id]);
    at('2026-11-17');
    expect(await state()).toEqual({ state: 'overdue', workingDaysLeft: -1 });
    const op = await stack.login('operator-1');
    expect((await op.inject({ method: 'GET', url: '/api/v1/work-orders?deadline=overdue&department=cgj' })).json().items).toHaveLength(1);
    const overview = (await op.inject({ method: 'GET', url: '/api/v1/ratings/overview' })).json();
    expect(overview.workOrders.byDepartment.find((d: { departmentCode: string }) => d.departmentCode === 'cgj')).toMatchObject({ open: 1, overdue: 1 });
  });
});

describe('12345 hotline', () => {
  it('retries a failed push from the sweep', async () => {
    await stack.control('hotline', { failRate: 1 });
    const { workOrder } = await badRating(await stack.login('r009'), 'H330100-W03', 'rsj');
    await stack.app.workOrders.settle();
    expect(await stack.count('workOrders', { id: workOrder.id, hotlineState: 'failed' })).toBe(1);
    await stack.resetControls();
    expect(await stack.app.workOrders.pushPending()).toBeGreaterThanOrEqual(1);
    expect(await stack.count('workOrders', { id: workOrder.id, hotlineState: 'pushed' })).toBe(1);
  });

  it('refuses a webhook with a bad signature (401, nothing changes) and applies a signed one once', async () => {
    const rater = await stack.login('r010');
    const { workOrder } = await badRating(rater, 'H330100-W04', 'ybj');
    await stack.app.workOrders.settle();
    const unit = await stack.login('staff-ybj');
    const ticketNo = (await unit.inject({ method: 'GET', url: `/api/v1/work-orders/${workOrder.id}` })).json().hotline.ticketNo;
    const raw = JSON.stringify({ ticketNo, externalId: workOrder.id, event: 'resolved', note: '12345 已回访并办结', at: new Date().toISOString() });
    const send = (signature: string | undefined, body = raw) => stack.app.inject({
      method: 'POST', url: '/api/v1/hotline/webhook', payload: body,
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-hotline-signature': signature } : {}) },
    });
    const snapshot = async () => (await stack.rows('workOrders', { id: workOrder.id })).map((r) => [r.status, r.hotlineState, r.updatedAt]);
    const before = await snapshot();

    const wrongSecret = signHotlineBody('not-the-secret', raw);
    const tampered = raw.replace('已回访并办结', '已办结');
    for (const [sig, body] of [[undefined, raw], ['sha256=00', raw], [wrongSecret, raw], [signHotlineBody(stack.config.hotlineWebhookSecret, raw), tampered]] as const) {
      const r = await send(sig, body);
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe('HOTLINE_SIGNATURE_INVALID');
    }
    expect(await snapshot()).toEqual(before);
    expect(await stack.count('hotlineDeliveries')).toBe(0);

    const good = signHotlineBody(stack.config.hotlineWebhookSecret, raw);
    expect((await send(good)).json()).toEqual({ result: 'applied' });
    expect((await send(good)).json()).toEqual({ result: 'duplicate' });
    const wo = (await unit.inject({ method: 'GET', url: `/api/v1/work-orders/${workOrder.id}` })).json();
    expect(wo).toMatchObject({ status: 'rectified', hotline: { state: 'resolved', note: '12345 已回访并办结' }, rectification: { source: 'hotline' } });
    expect(wo.history.filter((h: { action: string }) => h.action === 'hotline_resolved')).toHaveLength(1);

    // A later result for an order already answered is recorded and changes nothing else.
    const later = JSON.stringify({ ticketNo, externalId: workOrder.id, event: 'resolved', note: '再次办结', at: new Date(Date.now() + 1000).toISOString() });
    expect((await send(signHotlineBody(stack.config.hotlineWebhookSecret, later), later)).json()).toEqual({ result: 'ignored' });
    expect((await unit.inject({ method: 'GET', url: `/api/v1/work-orders/${workOrder.id}` })).json().status).toBe('rectified');
  });

  it('takes the signed webhook the sandbox hotline really sends', async () => {
    // The sandbox learns its webhook URL when built, before the BFF exists: a relay forwards the exact bytes.
    let target: Stack | undefined;
    const relay = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const r = await target!.app.inject({ method: 'POST', url: '/api/v1/hotline/webhook', payload: Buffer.concat(chunks), headers: req.headers });
        res.writeHead(r.statusCode, { 'content-type': 'application/json' }).end(r.body);
      });
    });
    await new Promise<void>((ok) => relay.listen(0, '127.0.0.1', ok));
    const s = await startStack({ sandbox: { hotlineWebhookUrl: `http://127.0.0.1:${(relay.address() as AddressInfo).port}/hook` } });
    target = s;
    try {
      const { workOrder } = await badRating(await s.login('r011'), 'H330100-W05', 'bdc');
      await s.app.workOrders.settle();
      const ticketNo = (await s.rows('workOrders', { id: workOrder.id }))[0]!.hotlineTicketNo as string;
      const resolve = () => fetch(`${s.sandboxUrl}/_control/hotline/${ticketNo}/resolve`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ note: '热线已办结' }),
      }).then((r) => r.json());
      expect(await resolve()).toEqual({ delivered: true, status: 200 });
      expect((await s.rows('workOrders', { id: workOrder.id }))[0]).toMatchObject({ status: 'rectified', rectificationSource: 'hotline' });
    } finally {
      await s.close();
      relay.close();
    }
  });
});
