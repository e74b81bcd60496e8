import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courierSignature } from '../../../sandbox/systems/courier';
import { startStack, type Session, type Stack } from '../../test/harness';
import { applyFor, sandbox, until, walk } from '../payments/payments.test-support';

let stack: Stack;
let applicant: Session;
let other: Session;
let clerk: Session;

beforeAll(async () => {
  stack = await startStack({ listen: true });
  [applicant, other, clerk] = await Promise.all(['r001', 'r002', 'staff-rsj'].map((p) => stack.login(p)));
});
afterAll(async () => { await stack.close(); });

const detail = async (id: string) => (await applicant.inject({ method: 'GET', url: `/api/v1/cases/${id}` })).json();
const addAddress = (s: Session, body: object) => s.inject({ method: 'POST', url: '/api/v1/addresses', payload: body });
const home = { name: '张伟', phone: '13800001111', regionCode: '330106', detail: '文三路 100 号 2 幢 301 室' };
const scan = (s: Session, text: string) => s.inject({ method: 'POST', url: '/api/v1/scan', payload: { text } });

describe('address book', () => {
  it('saves addresses with a region code of ours, masks the phone, and keeps them to their owner', async () => {
    const r = await addAddress(applicant, home);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ name: '张伟', phone: '138****1111', regionCode: '330106', regionName: '西湖区', isDefault: true });
    const list = (await applicant.inject({ method: 'GET', url: '/api/v1/addresses' })).json().items;
    expect(list.map((a: { id: string }) => a.id)).toContain(r.json().id);
    expect((await other.inject({ method: 'GET', url: '/api/v1/addresses' })).json().items).toEqual([]);
    expect((await other.inject({ method: 'DELETE', url: `/api/v1/addresses/${r.json().id}` })).statusCode).toBe(404);
  });

  it('refuses an unknown region code (or another bad field) with problem+json and writes nothing', async () => {
    const before = await stack.count('addresses');
    for (const bad of [{ ...home, regionCode: '110101' }, { ...home, regionCode: '330100' }, { ...home, regionCode: 'abc' }, { ...home, phone: '12345' }, { ...home, extra: 1 }]) {
      const r = await addAddress(applicant, bad);
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json().code).toBe('VALIDATION_FAILED');
    }
    expect((await addAddress(applicant, { ...home, regionCode: '110101' })).json().errors[0].path).toBe('body.regionCode');
    expect(await stack.count('addresses')).toBe(before);
  });
});

describe('delivery of results', () => {
  it('ships an express result at 办结 and follows the courier\'s pushed and polled traces until signed for (已送达)', async () => {
    const address = (await addAddress(applicant, { ...home, isDefault: true })).json();
    const r = await applyFor(applicant, 'RSJ-0007', { delivery: { method: 'express', addressId: address.id } });
    expect(r.statusCode).toBe(201);
    const id = r.json().id;
    expect(r.json().shipment).toMatchObject({ method: 'express', status: 'waiting', waybillNo: null, address: { name: '张*', phone: '138****1111', regionName: '西湖区' } });
    await walk(clerk, id, ['pre_review', 'accepted', 'processing', 'completed']);
    let c = await detail(id);
    expect(c.shipment).toMatchObject({ status: 'created', carrier: 'EMS', waybillNo: expect.stringMatching(/^1\d{12}$/) });
    expect(c.shipment.events).toEqual([expect.objectContaining({ code: 'accepted' })]);
    const waybill = c.shipment.waybillNo as string;
    // The clerk sees the parcel too (masked address).
    expect((await clerk.inject({ method: 'GET', url: `/api/v1/staff/cases/${id}` })).json().shipment.waybillNo).toBe(waybill);

    // Pushed: in transit.
    expect((await sandbox(stack, 'POST', `/_control/courier/${waybill}/advance`)).json.delivered).toBe(200);
    expect((await detail(id)).shipment).toMatchObject({ status: 'in_transit' });
    // Not pushed (lost): the poll finds it.
    await sandbox(stack, 'POST', `/_control/courier/${waybill}/advance`, { push: false });
    expect((await stack.app.delivery.sweep()).polled).toBeGreaterThanOrEqual(1);
    expect((await detail(id)).shipment.status).toBe('delivering');
    // Signed for: the case is delivered, once, even when the push repeats.
    await sandbox(stack, 'POST', `/_control/courier/${waybill}/advance`);
    c = await detail(id);
    expect(c.status).toBe('delivered');
    expect(c.shipment).toMatchObject({ status: 'signed', signedAt: expect.any(String) });
    expect(c.shipment.events.map((e: { code: string }) => e.code)).toEqual(['accepted', 'in_transit', 'out_for_delivery', 'signed']);
    expect(c.timeline.at(-1)).toMatchObject({ from: 'completed', to: 'delivered', actor: { role: 'system' } });
    await stack.app.delivery.sweep();
    expect((await detail(id)).timeline.filter((e: { to: string }) => e.to === 'delivered')).toHaveLength(1);
  });

  it('books the courier later when it is down at 办结 (the sweep retries)', async () => {
    const address = (await applicant.inject({ method: 'GET', url: '/api/v1/addresses' })).json().items[0];
    const id = (await applyFor(applicant, 'RSJ-0007', { delivery: { method: 'express', addressId: address.id } })).json().id;
    await walk(clerk, id, ['pre_review', 'accepted', 'processing']);
    await stack.control('courier', { failRate: 1 });
    await walk(clerk, id, ['completed']);
    expect((await detail(id)).shipment).toMatchObject({ status: 'pending', waybillNo: null });
    await stack.resetControls();
    // The breaker may still be open for a few seconds after the failures.
    await until(async () => { await stack.app.delivery.sweep(); return (await detail(id)).shipment.status === 'created'; }, 8000);
  });

  it('gives a pickup code the clerk scans at the window; handing over delivers the case and spends the code', async () => {
    const id = (await applyFor(applicant, 'RSJ-0007', { delivery: { method: 'pickup' } })).json().id;
    expect((await applicant.inject({ method: 'GET', url: `/api/v1/cases/${id}/handoff-code?purpose=pickup` })).json().code).toBe('PICKUP_NOT_READY');
    await walk(clerk, id, ['pre_review', 'accepted', 'processing', 'completed']);
    const c = await detail(id);
    expect(c.shipment).toMatchObject({ method: 'pickup', status: 'ready', pickupCode: expect.stringMatching(/^\d{6}$/) });
    expect((await clerk.inject({ method: 'GET', url: `/api/v1/staff/cases/${id}` })).json().shipment.pickupCode).toBeNull();
    const code = (await applicant.inject({ method: 'GET', url: `/api/v1/cases/${id}/handoff-code?purpose=pickup` })).json();
    expect(code.text).toContain(c.shipment.pickupCode);
    expect((await scan(applicant, code.text)).statusCode).toBe(403);
    expect((await scan(clerk, code.text)).json()).toMatchObject({ kind: 'case_handoff', caseId: id, purpose: 'pickup', pickupCode: c.shipment.pickupCode, query: { id } });
    // Another code for the same case, or a tampered one, is refused.
    expect((await scan(clerk, code.text.replace(c.shipment.pickupCode, '000000'))).json().code).toBe('UNKNOWN_CODE');
    await walk(clerk, id, ['delivered']);
    expect((await detail(id)).shipment).toMatchObject({ status: 'picked_up', pickupCode: null });
    expect((await scan(clerk, code.text)).json().code).toBe('PICKUP_NOT_READY');
  });

  it('refuses an address not in the book, or express for an item without delivery, writing no case', async () => {
    const before = await stack.count('cases');
    const theirs = (await addAddress(other, { ...home, name: '李娜' })).json();
    const r = await applyFor(applicant, 'RSJ-0007', { delivery: { method: 'express', addressId: theirs.id } });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'ADDRESS_NOT_FOUND', errors: [{ path: 'body.delivery.addressId' }] });
    const mine = (await applicant.inject({ method: 'GET', url: '/api/v1/addresses' })).json().items[0];
    const noDelivery = await applyFor(applicant, 'GJJ-0012', { delivery: { method: 'express', addressId: mine.id } });
    expect(noDelivery.json().code).toBe('DELIVERY_NOT_OFFERED');
    expect((await applyFor(applicant, 'RSJ-0007', { delivery: { method: 'drone' } })).statusCode).toBe(400);
    expect(await stack.count('cases')).toBe(before);
  });

  it('refuses a forged or unknown courier push and changes nothing', async () => {
    const raw = JSON.stringify({ waybill_no: '1000000000000', traces: [{ op_code: '704', op_name: '妥投', op_time: '2026-11-29 10:00:00', op_desc: '已妥投' }] });
    const forged = await stack.app.inject({ method: 'POST', url: '/api/v1/courier/notify', headers: { 'content-type': 'application/json', 'x-courier-signature': courierSignature('another-secret', raw) }, payload: raw });
    expect(forged.statusCode).toBe(401);
    const unknown = await stack.app.inject({ method: 'POST', url: '/api/v1/courier/notify', headers: { 'content-type': 'application/json', 'x-courier-signature': courierSignature(stack.config.courier.webhookSecret, raw) }, payload: raw });
    expect(unknown.statusCode).toBe(404);
  });
});
