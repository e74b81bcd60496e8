import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { InjectOptions } from 'fastify';
import { SUBSCRIBE_TEMPLATES } from '@zsb/shared/domain/notification-rules';
import { startStack, type Session, type Stack } from '../../test/harness';
import { sampleFormData } from '../cases';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack.close(); });
afterEach(async () => {
  vi.useRealTimers();
  await stack.resetControls();
});

/** Pretends it is `time` UTC on `date` (only Date: timers keep running). 15:00Z is 23:00 in China. */
function at(date: string, time: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${date}T${time}Z`));
}

/** Signs in through the mini-program (WeChat login), so the account has an openid. */
async function weappLogin(persona: string): Promise<Session & { userId: string; openid: string }> {
  const l = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { code: `persona:${persona}`, channel: 'weapp' } });
  expect(l.statusCode).toBe(200);
  const headers = { authorization: `Bearer ${l.json().accessToken}` };
  const inject = (o: InjectOptions) => stack.app.inject({ ...o, headers: { ...headers, ...(o.headers ?? {}) } });
  const me = (await inject({ method: 'GET', url: '/api/v1/me' })).json();
  const [user] = await stack.rows('users', { id: me.userId });
  return { ...l.json(), headers, inject, userId: me.userId, openid: user!.wechatOpenId as string };
}

const sandbox = async (path: string, init?: { method: string; body: unknown }) => {
  const r = await fetch(`${stack.sandboxUrl}${path}`, init ? { method: init.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) } : undefined);
  return r.json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
};
const wechatSends = async (openid: string) => (await sandbox(`/_control/wechat/sends?touser=${openid}`)).items as { templateId: string; page: string | null }[];
const smsSends = async (phone: string) => (await sandbox(`/_control/sms/sends?phone=${phone}`)).items as { templateCode: string; outId: string }[];
const deliveries = (messageId: string) => stack.app.notifications.deliveriesOf([messageId]);
const byChannel = async (messageId: string) => Object.fromEntries((await deliveries(messageId)).map((d) => [d.channel, d]));

const setChannels = (s: Session, items: { category: string; wechat: boolean; sms: boolean }[]) =>
  s.inject({ method: 'PUT', url: '/api/v1/notification-settings', payload: { items } });
const subscribe = (s: Session, results: Record<string, string>) =>
  s.inject({ method: 'POST', url: '/api/v1/notification-settings/subscriptions', payload: { results } });

/** The person's message center, read with a fresh sign-in (faked clocks outrun access tokens). */
const inboxIds = async (persona: string) =>
  ((await (await stack.login(persona)).inject({ method: 'GET', url: '/api/v1/messages?limit=100' })).json().items as { id: string }[]).map((m) => m.id);

let seq = 0;
const send = (userId: string, kind = 'case_status', extra: { urgent?: boolean } = {}) =>
  stack.app.messages.send(userId, { kind, title: `测试消息 ${++seq}`, body: '您的办件已受理。', link: '/cases/pages/detail/index?id=x', ...extra });

describe('消息设置', () => {
  it('shows every kind with WeChat on and SMS off by default, and keeps a choice', async () => {
    const s = await weappLogin('r003');
    const first = (await s.inject({ method: 'GET', url: '/api/v1/notification-settings' }));
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.json()).toMatchObject({ wechatBound: true, quietHours: { from: '22:00', until: '08:00' }, phone: expect.stringContaining('****') });
    expect(first.json().items.map((i: { category: string }) => i.category)).toEqual(['case', 'correction', 'payment', 'shipment', 'appointment', 'expiry']);
    expect(first.json().items.every((i: { wechat: boolean; sms: boolean }) => i.wechat && !i.sms)).toBe(true);
    const saved = await setChannels(s, [{ category: 'expiry', wechat: false, sms: true }]);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().items.find((i: { category: string }) => i.category === 'expiry')).toMatchObject({ wechat: false, sms: true });
    expect((await setChannels(s, [{ category: 'weather', wechat: true, sms: true }])).statusCode).toBe(400);
  });
});

describe('WeChat subscription messages: one send per consent', () => {
  it('sends one message per accepted consent; with none left the in-app message still arrives and WeChat is not called', async () => {
    at('2026-11-30', '03:00:00'); // 11:00 China time
    const s = await weappLogin('r004');
    const tmpl = SUBSCRIBE_TEMPLATES.case;
    expect((await subscribe(s, { [tmpl]: 'accept', [SUBSCRIBE_TEMPLATES.payment]: 'reject', 'someone-elses-template': 'accept' })).json()).toEqual({ accepted: 1 });
    expect((await s.inject({ method: 'GET', url: '/api/v1/notification-settings' })).json().items.find((i: { category: string }) => i.category === 'case').wechatConsents).toBe(1);

    const first = (await send(s.userId))!;
    await stack.app.notifications.settle();
    expect((await byChannel(first)).wechat).toMatchObject({ status: 'sent' });
    expect(await wechatSends(s.openid)).toEqual([expect.objectContaining({ templateId: tmpl, page: '/cases/pages/detail/index?id=x' })]);

    const second = (await send(s.userId))!;
    await stack.app.notifications.settle();
    expect((await byChannel(second)).wechat).toMatchObject({ status: 'skipped', outcome: 'no_consent' });
    expect(await wechatSends(s.openid)).toHaveLength(1);
    expect(await inboxIds('r004')).toEqual(expect.arrayContaining([first, second]));

    // Two consents, two sends; a third message finds none.
    await subscribe(s, { [tmpl]: 'accept' });
    await subscribe(s, { [tmpl]: 'accept' });
    const more = [(await send(s.userId))!, (await send(s.userId))!, (await send(s.userId))!];
    await stack.app.notifications.settle();
    await stack.app.notifications.flush();
    const outcomes = await Promise.all(more.map(async (id) => (await byChannel(id)).wechat!.status));
    expect(outcomes.sort()).toEqual(['sent', 'sent', 'skipped']);
    expect(await wechatSends(s.openid)).toHaveLength(3);
  });

  it('is refused by WeChat itself without a consent (43101), so a consent recorded only by us cannot be spent twice there', async () => {
    const s = await weappLogin('r005');
    const token = await sandbox('/cgi-bin/token?grant_type=client_credential&appid=touristappid&secret=sandbox-secret');
    const post = (body: unknown) => sandbox(`/cgi-bin/message/subscribe/send?access_token=${token.access_token}`, { method: 'POST', body });
    const msg = { touser: s.openid, template_id: SUBSCRIBE_TEMPLATES.expiry, data: { thing1: { value: '证照即将到期' } } };
    expect(await post(msg)).toMatchObject({ errcode: 43101 });
    await subscribe(s, { [SUBSCRIBE_TEMPLATES.expiry]: 'accept' });
    expect(await post(msg)).toMatchObject({ errcode: 0 });
    expect(await post(msg)).toMatchObject({ errcode: 43101 });
    expect(await sandbox('/cgi-bin/token?grant_type=client_credential&appid=touristappid&secret=wrong')).toMatchObject({ errcode: 40125 });
  });

  it('skips WeChat for an account never signed in through the mini-program, keeping the in-app message', async () => {
    const s = await stack.login('r006');
    const me = (await s.inject({ method: 'GET', url: '/api/v1/me' })).json();
    await subscribe(s, { [SUBSCRIBE_TEMPLATES.case]: 'accept' });
    at('2026-11-30', '03:00:00');
    const id = (await send(me.userId))!;
    await stack.app.notifications.settle();
    expect((await byChannel(id)).wechat).toMatchObject({ status: 'skipped', outcome: 'not_bound' });
    expect(await inboxIds('r006')).toContain(id);
  });
});

describe('quiet hours (22:00–08:00 China time)', () => {
  it('holds SMS and WeChat sent at 23:00 until the 08:00 sweep, and lets an urgent reminder through', async () => {
    const s = await weappLogin('r007');
    const [user] = await stack.rows('users', { id: s.userId });
    const phone = user!.phone as string;
    await setChannels(s, [{ category: 'case', wechat: true, sms: true }, { category: 'appointment', wechat: false, sms: true }]);
    await subscribe(s, { [SUBSCRIBE_TEMPLATES.case]: 'accept' });

    at('2026-11-30', '15:00:00'); // 23:00
    const night = (await send(s.userId))!;
    const soon = (await send(s.userId, 'appointment_reminder', { urgent: true }))!;
    await stack.app.notifications.settle();
    const held = await byChannel(night);
    expect(held.sms).toMatchObject({ status: 'pending', notBefore: Date.parse('2026-12-01T00:00:00Z') });
    expect(held.wechat).toMatchObject({ status: 'pending' });
    expect((await byChannel(soon)).sms).toMatchObject({ status: 'sent' });
    expect((await smsSends(phone)).map((m) => m.templateCode)).toEqual(['SMS_ZSB_APPOINTMENT']);
    // The in-app message is there at once.
    expect(await inboxIds('r007')).toContain(night);

    // 07:59: the sweep still holds it.
    at('2026-11-30', '23:59:00');
    await stack.app.notifications.sweep();
    expect((await byChannel(night)).sms).toMatchObject({ status: 'pending' });
    // 08:00: out it goes, once, even when two sweeps run.
    at('2026-12-01', '00:00:30');
    await Promise.all([stack.app.notifications.sweep(), stack.app.notifications.flush()]);
    const out = await byChannel(night);
    expect(out.sms).toMatchObject({ status: 'sent' });
    expect(out.wechat).toMatchObject({ status: 'sent' });
    expect((await smsSends(phone)).filter((m) => m.outId === out.sms!.id)).toHaveLength(1);
  });
});

describe('the SMS gateway failing', () => {
  it('retries an outage with back-off and fails after three attempts; a refused number fails at once; the in-app message stays', async () => {
    const s = await weappLogin('r008');
    const [user] = await stack.rows('users', { id: s.userId });
    const phone = user!.phone as string;
    await setChannels(s, [{ category: 'case', wechat: false, sms: true }]);

    at('2026-11-30', '03:00:00');
    await stack.control('sms', { failRate: 1, failStatus: 503 });
    const id = (await send(s.userId))!;
    await stack.app.notifications.settle();
    let d = (await byChannel(id)).sms!;
    expect(d).toMatchObject({ status: 'pending', attempts: 1, outcome: 'unavailable' });
    expect(d.notBefore).toBe(Date.parse('2026-11-30T03:01:00Z'));
    at('2026-11-30', '03:01:00');
    await stack.app.notifications.sweep();
    d = (await byChannel(id)).sms!;
    expect(d).toMatchObject({ status: 'pending', attempts: 2 });
    at('2026-11-30', '03:05:00');
    await stack.app.notifications.sweep();
    expect((await byChannel(id)).sms).toMatchObject({ status: 'failed', attempts: 3 });
    expect(await smsSends(phone)).toEqual([]);

    // Back up, but the operator refuses this number: failed once, not retried.
    await stack.resetControls();
    await sandbox('/_control/sms/fail', { method: 'POST', body: { phone, code: 'isv.AMOUNT_NOT_ENOUGH' } });
    const refused = (await send(s.userId))!;
    await stack.app.notifications.settle();
    expect((await byChannel(refused)).sms).toMatchObject({ status: 'failed', attempts: 1, outcome: 'isv.AMOUNT_NOT_ENOUGH' });
    await sandbox('/_control/sms/fail', { method: 'POST', body: { phone, code: null } });

    expect(await inboxIds('r008')).toEqual(expect.arrayContaining([id, refused]));
  });
});

describe('case steps through the channels', () => {
  it('sends a 补正 request by SMS under its own kind, and a case step by WeChat', async () => {
    at('2026-11-30', '03:00:00');
    const s = await weappLogin('r001');
    const clerk = await stack.login('staff-gjj');
    await setChannels(s, [{ category: 'correction', wechat: false, sms: true }, { category: 'case', wechat: true, sms: false }]);
    await subscribe(s, { [SUBSCRIBE_TEMPLATES.case]: 'accept' });
    const guide = (await s.inject({ method: 'GET', url: '/api/v1/services/GJJ-0012' })).json();
    const c = (await s.inject({ method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': `notify-${Date.now()}` },
      payload: { itemCode: 'GJJ-0012', form: sampleFormData(guide.form), materials: [] } })).json();
    // Submitted and 预审 are case steps (one consent: the first goes by WeChat); the 补正 request is its own kind.
    expect((await clerk.inject({ method: 'POST', url: `/api/v1/staff/cases/${c.id}/transitions`, payload: { to: 'pre_review' } })).statusCode).toBe(200);
    const moved = await clerk.inject({ method: 'POST', url: `/api/v1/staff/cases/${c.id}/transitions`, payload: { to: 'correction_required', note: '请补充收入证明' } });
    expect(moved.statusCode).toBe(200);
    await stack.app.notifications.settle();
    const rows = await stack.app.notifications.deliveriesOfUser(s.userId);
    const [user] = await stack.rows('users', { id: s.userId });
    expect(rows.filter((r) => r.category === 'correction').map((r) => [r.channel, r.status])).toEqual([['sms', 'sent']]);
    expect(rows.filter((r) => r.category === 'case').map((r) => `${r.channel}:${r.status}`).sort()).toEqual(['wechat:sent', 'wechat:skipped']);
    expect((await smsSends(user!.phone as string)).map((m) => m.templateCode)).toContain('SMS_ZSB_CORRECTION');
  });
});
