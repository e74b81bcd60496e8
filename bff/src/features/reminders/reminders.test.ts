import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '@zsb/shared/contracts/messages';
import { buildApp } from '../../app';
import { startStack, type Session, type Stack } from '../../test/harness';
import { reminderKey } from './reminders.rules';

const REFERENCE = '2026-03-02';
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const remindersOf = async (s: Session) =>
  ((await s.inject({ method: 'GET', url: '/api/v1/messages?limit=100' })).json().items as Message[]).filter((m) => m.kind === 'expiry_reminder');
/** The certificate a reminder's link names (the renewal application's `renew`, or the certificate page's `id`). */
const certificateOf = (link: string) => { const q = new URLSearchParams(link.split('?')[1]); return q.get('renew') ?? q.get('id')!; };
const countReminders = (stack: Stack) => stack.count('messages', { kind: 'expiry_reminder' });

describe('expiry reminders on a fixed date', () => {
  let stack: Stack;
  let in7: Session;
  let in30: Session;
  let in90: Session;

  beforeAll(async () => {
    stack = await startStack({ sandbox: { referenceDate: REFERENCE } });
    in7 = await stack.login('r009');
    in30 = await stack.login('r010');
    in90 = await stack.login('r011');
  });
  afterAll(async () => { await stack.close(); });

  it('reminds at 7, 30 and 90 days before expiry, each in the holder\'s message center', async () => {
    const run = await stack.app.reminders.run(REFERENCE);
    expect(run).toMatchObject({ ran: true, people: 3, skipped: 0 });
    const [idCard] = await remindersOf(in7);
    expect(idCard.body).toBe(`您的居民身份证将于 ${plusDays(REFERENCE, 7)} 到期（还有 7 天），请及时办理换领。`);
    // It leads to the 换领 application, naming the certificate the wallet fills in.
    expect(idCard.link).toMatch(/^\/cases\/pages\/apply\/index\?code=GAJ-0001&renew=1\.2\.156\.3005\.2\./);
    expect((await remindersOf(in30)).map((m) => m.body)).toContain(`您的机动车驾驶证将于 ${plusDays(REFERENCE, 30)} 到期（还有 30 天），请及时办理换领。`);
    expect((await remindersOf(in90)).map((m) => m.body)).toContain(`您的居住证将于 ${plusDays(REFERENCE, 90)} 到期（还有 90 天），请及时办理换领。`);
    const unread = (await in7.inject({ method: 'GET', url: '/api/v1/messages' })).json().unread;
    expect(unread).toBeGreaterThanOrEqual(1);
  });

  it('sends nothing new when the same day is swept again', async () => {
    const before = await countReminders(stack);
    expect((await stack.app.reminders.run(REFERENCE)).sent).toBe(0);
    expect(await countReminders(stack)).toBe(before);
  });

  it('does not duplicate reminders after a restart', async () => {
    const before = await countReminders(stack);
    await stack.restart();
    expect((await stack.app.reminders.run(REFERENCE)).sent).toBe(0);
    expect(await countReminders(stack)).toBe(before);
  });

  it('sends the next threshold\'s reminder when the certificate crosses it', async () => {
    // 23 days on, the driving licence that had 30 days left has 7.
    await stack.app.reminders.run(plusDays(REFERENCE, 23));
    const bodies = (await remindersOf(in30)).map((m) => m.body);
    expect(bodies).toContain(`您的机动车驾驶证将于 ${plusDays(REFERENCE, 30)} 到期（还有 7 天），请及时办理换领。`);
    expect(bodies.filter((b) => b.includes('机动车驾驶证'))).toHaveLength(2);
  });

  it('reminds the people acting for an enterprise about its licences too', async () => {
    const agent = await stack.login('r001');
    const me = (await agent.inject({ method: 'GET', url: '/api/v1/me' })).json();
    const restaurant = me.identities.find((i: { name: string }) => i.name === '杭州知味小馆餐饮管理有限公司');
    const sw = await agent.inject({ method: 'POST', url: '/api/v1/auth/identity', payload: { kind: 'enterprise', id: restaurant.id } });
    const wallet = (await stack.app.inject({ method: 'GET', url: '/api/v1/wallet', headers: { authorization: `Bearer ${sw.json().accessToken}` } })).json();
    const permit = wallet.certificates.find((c: { kind: string }) => c.kind === 'food_business_licence');
    await stack.app.reminders.run(plusDays(permit.validUntil, -7));
    expect((await remindersOf(agent)).map((m) => m.body))
      .toContain(`杭州知味小馆餐饮管理有限公司的食品经营许可证将于 ${permit.validUntil} 到期（还有 7 天），请及时办理换领。`);
  });
});

describe('the reminder scheduler', () => {
  it('reminds at the first sign-in, runs at start and stays duplicate-free across restarts', async () => {
    const stack = await startStack({ config: { schedulers: true } });
    try {
      const s = await stack.login('r009');
      // Already inside the 7-day window when the person first signs in: reminded then, not at the next sweep.
      const first = await remindersOf(s);
      expect(first.map((m) => m.body)).toEqual([expect.stringMatching(/^您的居民身份证将于 .* 到期（还有 7 天）/)]);
      const home = (await s.inject({ method: 'GET', url: '/api/v1/home' })).json();
      expect(home.messages.unread).toBeGreaterThanOrEqual(1);
      await stack.restart();
      await stack.app.ready();
      await stack.app.reminders.settle();
      const after = await remindersOf(s);
      expect(after.map((m) => m.id)).toEqual(first.map((m) => m.id));
      await stack.restart();
      await stack.app.ready();
      await stack.app.reminders.settle();
      expect((await remindersOf(s)).map((m) => m.id)).toEqual(after.map((m) => m.id));
    } finally {
      await stack.close();
    }
  });
});

describe('two instances sweeping at the same moment', () => {
  it('send exactly one reminder per due certificate and window', async () => {
    const stack = await startStack({ sandbox: { referenceDate: REFERENCE } });
    const second = await buildApp(stack.config);
    try {
      const people = [await stack.login('r009'), await stack.login('r010'), await stack.login('r011')];
      const runs = await Promise.all([stack.app.reminders.run(REFERENCE), second.reminders.run(REFERENCE)]);
      // The lease lets one sweep; should both get through (the first finished before the second asked), the unique dedupe key holds.
      expect(runs.some((r) => r.ran)).toBe(true);
      expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(await countReminders(stack));

      const rows = await stack.rows('messages', { kind: 'expiry_reminder' });
      const keys = rows.map((r) => r.dedupeKey as string);
      expect(new Set(keys).size).toBe(keys.length);
      for (const s of people) {
        const mine = await remindersOf(s);
        expect(mine.length).toBeGreaterThanOrEqual(1);
        // One per certificate (this date falls in one window for each).
        const certificates = mine.map((m) => m.link);
        expect(new Set(certificates).size).toBe(certificates.length);
      }
      expect(keys).toContain(reminderKey(
        (await people[0]!.inject({ method: 'GET', url: '/api/v1/me' })).json().userId,
        certificateOf((await remindersOf(people[0]!))[0]!.link!),
        plusDays(REFERENCE, 7), 7,
      ));

      // Again, both at once: nothing new.
      const again = await Promise.all([stack.app.reminders.run(REFERENCE), second.reminders.run(REFERENCE)]);
      expect(again.reduce((n, r) => n + r.sent, 0)).toBe(0);
      expect(await countReminders(stack)).toBe(rows.length);
    } finally {
      await second.close();
      await stack.close();
    }
  });

  it('only the lease holder sweeps while the lease is held', async () => {
    const stack = await startStack({ sandbox: { referenceDate: REFERENCE } });
    const second = await buildApp(stack.config);
    try {
      await stack.login('r009');
      // The first sign-in's reminder check read (and cached) the certificates: forget them, so the sweep goes upstream.
      stack.app.upstreams.clients.certificates.dropCached('');
      // The first instance's sweep waits on an upstream long enough for the second to ask meanwhile.
      await stack.control('certificates', { latencyMs: 300 });
      const first = stack.app.reminders.run(REFERENCE);
      await new Promise((r) => setTimeout(r, 100));
      const other = await second.reminders.run(REFERENCE);
      expect(other).toMatchObject({ ran: false, sent: 0, people: 0 });
      expect((await first).ran).toBe(true);
      await stack.resetControls();
    } finally {
      await second.close();
      await stack.close();
    }
  });
});
