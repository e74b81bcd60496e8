import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encryptResource, paymentSignature } from '../../../sandbox/systems/payment';
import { startStack, type Session, type Stack } from '../../test/harness';
import { applyFor, move, sandbox, until, walk } from './payments.test-support';

let stack: Stack;
let applicant: Session;
let other: Session;
let clerk: Session;

beforeAll(async () => {
  stack = await startStack({ listen: true });
  [applicant, other, clerk] = await Promise.all(['r001', 'r002', 'staff-rsj'].map((p) => stack.login(p)));
});
afterAll(async () => { await stack.close(); });
beforeEach(async () => { await sandbox(stack, 'POST', '/_control/pay/notifications', { mode: 'deliver' }); });

const detail = async (id: string) => (await applicant.inject({ method: 'GET', url: `/api/v1/cases/${id}` })).json();
const pay = (id: string, body: object = { channel: 'h5' }, s = applicant) => s.inject({ method: 'POST', url: `/api/v1/cases/${id}/payments`, payload: body });

/** A 社会保障卡补换 case (工本费 20 元) accepted by the clerk: waiting for payment. */
async function dueCase(): Promise<string> {
  const r = await applyFor(applicant, 'RSJ-0008');
  expect(r.statusCode).toBe(201);
  await walk(clerk, r.json().id, ['pre_review', 'accepted']);
  return r.json().id;
}

/** Creates the order and pays it at the platform as the resident would; answers the payment id. */
async function payAtPlatform(caseId: string): Promise<string> {
  const created = await pay(caseId);
  expect(created.statusCode).toBe(201);
  const paid = await sandbox(stack, 'POST', `/_control/pay/orders/${created.json().id}/pay`);
  expect(paid.json.trade_state).toBe('SUCCESS');
  return created.json().id;
}

const paymentRow = async (id: string) => (await stack.rows('payments', { id }))[0] as Record<string, unknown>;

/** A notification exactly as the platform would send it, signed and encrypted with `key`. */
function notification(resource: object, opts: { key?: string; timestamp?: number; eventType?: string; id?: string } = {}) {
  const key = opts.key ?? stack.config.payments.apiKey;
  const body = JSON.stringify({
    id: opts.id ?? `EV-test-${Math.random().toString(36).slice(2)}`, create_time: new Date().toISOString(), resource_type: 'encrypt-resource',
    event_type: opts.eventType ?? 'TRANSACTION.SUCCESS', summary: '支付成功',
    resource: { ...encryptResource(key, JSON.stringify(resource), 'transaction'), original_type: 'transaction' },
  });
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = 'n0nce-for-test';
  return {
    body,
    headers: { 'content-type': 'application/json', 'wechatpay-timestamp': timestamp, 'wechatpay-nonce': nonce, 'wechatpay-signature': paymentSignature(key, timestamp, nonce, body), 'wechatpay-serial': 'X' },
  };
}
const deliver = (n: { body: string; headers: Record<string, string> }) =>
  stack.app.inject({ method: 'POST', url: '/api/v1/payments/notify', headers: n.headers, payload: n.body });
const paidResource = (paymentId: string, total: number) => ({
  mchid: stack.config.payments.mchId, out_trade_no: paymentId, transaction_id: `4200-test-${paymentId}`, trade_type: 'MWEB',
  trade_state: 'SUCCESS', success_time: '2026-11-29T10:00:00+08:00', amount: { total, payer_total: total, currency: 'CNY' },
});

describe('fees: 待缴费 and payment', () => {
  it('moves a fee-charging case to 待缴费 on acceptance, refuses processing before payment, and takes the signed notification', async () => {
    const id = await dueCase();
    let c = await detail(id);
    expect(c.status).toBe('awaiting_payment');
    expect(c.payment).toMatchObject({ amountFen: 2000, status: 'created', receipt: null, projectName: '社会保障卡补卡工本费' });
    expect(c.shipment).toMatchObject({ method: 'pickup', status: 'waiting' });
    expect(c.timeline.map((e: { to: string }) => e.to)).toEqual(['submitted', 'pre_review', 'accepted', 'awaiting_payment']);
    expect((await move(clerk, id, 'processing')).json().code).toBe('CASE_TRANSITION_NOT_ALLOWED');

    const h5 = await pay(id);
    expect(h5.statusCode).toBe(201);
    expect(h5.json()).toMatchObject({ amountFen: 2000, status: 'created', payParams: null });
    expect(h5.json().payUrl).toContain('/pay/cashier?prepay_id=');
    const weapp = await pay(id, { channel: 'weapp' });
    expect(weapp.json().id).toBe(h5.json().id);
    expect(weapp.json().payParams).toMatchObject({ package: expect.stringMatching(/^prepay_id=/), signType: 'RSA' });

    await sandbox(stack, 'POST', `/_control/pay/orders/${h5.json().id}/pay`);
    await until(async () => (await detail(id)).payment.receipt !== null);
    c = await detail(id);
    expect(c.status).toBe('accepted');
    expect(c.payment).toMatchObject({ status: 'paid', amountFen: 2000, receipt: { amountFen: 2000, caseNumber: c.number, payee: '杭州市人力资源和社会保障局', payerName: '张伟' } });
    expect(c.timeline.at(-1)).toMatchObject({ from: 'awaiting_payment', to: 'accepted', actor: { role: 'system' }, note: expect.stringContaining('¥20.00') });
    const receipts = (await applicant.inject({ method: 'GET', url: '/api/v1/receipts' })).json();
    expect(receipts.items.map((r: { number: string }) => r.number)).toContain(c.payment.receipt.number);
    expect((await other.inject({ method: 'GET', url: '/api/v1/receipts' })).json().items).toEqual([]);
    expect((await move(clerk, id, 'processing')).statusCode).toBe(200);
  });

  it('refuses a payment for a case not waiting for one, for someone else\'s case, and an amount that is not the fee', async () => {
    const id = await dueCase();
    const before = await paymentRowsOf(id);
    const wrong = await pay(id, { channel: 'h5', amountFen: 1 });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json().code).toBe('PAYMENT_AMOUNT_MISMATCH');
    expect((await pay(id, { channel: 'h5', amountFen: 20.5 })).statusCode).toBe(400);
    expect((await pay(id, { channel: 'h5' }, other)).statusCode).toBe(404);
    expect(await paymentRowsOf(id)).toEqual(before);
    const free = await applyFor(applicant, 'RSJ-0007');
    expect((await pay(free.json().id)).json().code).toBe('PAYMENT_NOT_DUE');
  });
});

const paymentRowsOf = (caseId: string) => stack.rows('payments', { caseId });

describe('fees: the platform\'s notifications', () => {
  it('handles a duplicated notification once', async () => {
    await sandbox(stack, 'POST', '/_control/pay/notifications', { mode: 'duplicate' });
    const id = await dueCase();
    const paymentId = await payAtPlatform(id);
    await until(async () => {
      const sent = (await sandbox(stack, 'GET', '/_control/pay/notifications')).json.sent as { body: string; attempts: number; lastStatus: number }[];
      const mine = sent.filter((n) => n.body.includes('TRANSACTION.SUCCESS')).at(-1);
      return mine?.attempts === 2 && mine.lastStatus === 204;
    });
    expect((await paymentRow(paymentId)).status).toBe('paid');
    expect(await stack.count('paymentNotifications', { paymentId })).toBe(1);
    const resumed = (await detail(id)).timeline.filter((e: { from: string }) => e.from === 'awaiting_payment');
    expect(resumed).toHaveLength(1);
  });

  it('acknowledges a replayed notification without acting again, and refuses forged, stale, unknown and wrong-amount ones changing nothing', async () => {
    const id = await dueCase();
    const paymentId = (await pay(id)).json().id as string;
    const unpaid = await paymentRow(paymentId);
    const events = (await detail(id)).timeline.length;

    const forged = notification(paidResource(paymentId, 2000), { key: 'someone-elses-apiv3-key-01234567' });
    const r1 = await deliver(forged);
    expect(r1.statusCode).toBe(401);
    expect(r1.json()).toEqual({ code: 'FAIL', message: expect.any(String) });
    const tampered = notification(paidResource(paymentId, 2000));
    expect((await deliver({ ...tampered, body: tampered.body.replace('"summary":"支付成功"', '"summary":"x"') })).statusCode).toBe(401);
    expect((await deliver(notification(paidResource(paymentId, 2000), { timestamp: Math.floor(Date.now() / 1000) - 3600 }))).statusCode).toBe(401);
    const wrongAmount = await deliver(notification(paidResource(paymentId, 1)));
    expect(wrongAmount.statusCode).toBe(400);
    expect(wrongAmount.json().code).toBe('FAIL');
    expect((await deliver(notification(paidResource('pay_000000000000000000000000', 2000)))).statusCode).toBe(404);
    expect((await stack.app.inject({ method: 'POST', url: '/api/v1/payments/notify', payload: { id: 'x' } })).statusCode).toBe(401);
    expect(await paymentRow(paymentId)).toEqual(unpaid);
    expect((await detail(id)).timeline.length).toBe(events);
    expect(await stack.count('paymentNotifications', { paymentId })).toBe(0);

    // The real one, then the same bytes again (a capture replayed within the time window).
    const real = notification(paidResource(paymentId, 2000));
    expect((await deliver(real)).statusCode).toBe(204);
    const paid = await paymentRow(paymentId);
    expect(paid.status).toBe('paid');
    expect((await deliver(real)).statusCode).toBe(204);
    expect(await paymentRow(paymentId)).toEqual(paid);
    expect((await detail(id)).timeline.filter((e: { from: string }) => e.from === 'awaiting_payment')).toHaveLength(1);
  });

  it('recovers a payment whose notification never came by asking the platform (sweep and the returning page)', async () => {
    await sandbox(stack, 'POST', '/_control/pay/notifications', { mode: 'drop' });
    const a = await dueCase();
    const b = await dueCase();
    const pa = await payAtPlatform(a);
    const pb = await payAtPlatform(b);
    await new Promise((r) => setTimeout(r, 100));
    expect((await paymentRow(pa)).status).toBe('created');
    expect((await detail(a)).status).toBe('awaiting_payment');

    // The page back from the cashier asks at once.
    const view = await applicant.inject({ method: 'GET', url: `/api/v1/payments/${pb}` });
    expect(view.json()).toMatchObject({ status: 'paid', receipt: { amountFen: 2000 } });
    expect((await other.inject({ method: 'GET', url: `/api/v1/payments/${pb}` })).statusCode).toBe(404);

    // The sweep (under its lease) finds the other.
    const swept = await stack.app.payments.sweep(0);
    expect(swept.recovered).toBeGreaterThanOrEqual(1);
    expect(await paymentRow(pa)).toMatchObject({ status: 'paid', transactionId: expect.stringMatching(/^4200/) });
    expect((await detail(a)).status).toBe('accepted');
    expect((await detail(a)).payment.receipt).not.toBeNull();
  });

  it('refunds the fee when a paid case is refused, and tells the applicant', async () => {
    const id = await dueCase();
    const paymentId = await payAtPlatform(id);
    await until(async () => (await detail(id)).status === 'accepted');
    expect((await move(clerk, id, 'rejected')).statusCode).toBe(422);
    await walk(clerk, id, ['rejected'], '材料与原件不符');
    await until(async () => (await paymentRow(paymentId)).status === 'refunded');
    const c = await detail(id);
    expect(c.status).toBe('rejected');
    expect(c.payment).toMatchObject({ status: 'refunded', refundedAt: expect.any(String) });
    expect((await sandbox(stack, 'GET', `/_control/pay/orders/${paymentId}`)).json.trade_state).toBe('REFUND');
    const messages = (await applicant.inject({ method: 'GET', url: '/api/v1/messages' })).json().items as { kind: string; link: string }[];
    expect(messages.some((m) => m.kind === 'payment' && m.link.includes(id))).toBe(true);
  });

  it('tolerates notifications out of order: the refund notice before the payment notice leaves the payment refunded', async () => {
    await sandbox(stack, 'POST', '/_control/pay/notifications', { mode: 'hold' });
    const id = await dueCase();
    const paymentId = await payAtPlatform(id);
    // The payment notice is held back; the clerk refuses the case meanwhile: the platform says it is paid, so it is refunded.
    await walk(clerk, id, ['rejected'], '不符合补换条件');
    await until(async () => (await sandbox(stack, 'GET', '/_control/pay/notifications')).json.held === 2);
    expect((await paymentRow(paymentId)).status).toBe('refunding');
    const released = (await sandbox(stack, 'POST', '/_control/pay/notifications/release', { order: 'reverse' })).json.released as { eventType: string; status: number }[];
    expect(released.map((n) => n.eventType)).toEqual(['REFUND.SUCCESS', 'TRANSACTION.SUCCESS']);
    expect(released.map((n) => n.status)).toEqual([204, 204]);
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'refunded' });
    expect((await detail(id)).status).toBe('rejected');
  });

  it('closes the unpaid order when a case waiting for payment is refused', async () => {
    const id = await dueCase();
    const paymentId = (await pay(id)).json().id;
    await walk(clerk, id, ['rejected'], '申请人撤回');
    expect((await paymentRow(paymentId)).status).toBe('closed');
    expect((await sandbox(stack, 'GET', `/_control/pay/orders/${paymentId}`)).json.trade_state).toBe('CLOSED');
  });
});
