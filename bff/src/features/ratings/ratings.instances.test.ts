import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceGuide } from '@zsb/shared/contracts/catalog';
import { buildApp } from '../../app';
import { secondInstance, startStack, testEngine, type Session, type Stack } from '../../test/harness';
import { sampleFormData } from '../cases/cases.test-support';
import { rate, windowRating } from './ratings.test-support';

/**
 * Two BFF instances on one database (the same SQLite file, or the same PostgreSQL database and
 * Redis prefix): every "only once" rule of ratings and work orders holds between them.
 */
let stack: Stack;
let other: FastifyInstance;
let guide: ServiceGuide;
beforeAll(async () => {
  stack = await startStack({ config: { ratingLimits: { enabled: false } } });
  other = await buildApp(stack.config);
  guide = (await (await stack.login('r001')).inject({ method: 'GET', url: '/api/v1/services/GJJ-0012' })).json();
});
afterAll(async () => {
  await other?.close();
  await stack?.close();
});

/**
 * Runs the jobs at the same moment on PostgreSQL. Two SQLite connections in one process cannot
 * overlap transactions (the second's busy wait blocks the event loop the first needs to finish), so
 * there the instances take turns — the way separate SQLite processes would queue on the file lock.
 */
async function both<T>(...jobs: (() => Promise<T>)[]): Promise<T[]> {
  if (stack.engine === 'postgres') return Promise.all(jobs.map((job) => job()));
  const out: T[] = [];
  for (const job of jobs) out.push(await job());
  return out;
}

/** The same session's requests on the other instance. */
const onOther = (s: Session) => (o: InjectOptions) => other.inject({ ...o, headers: { ...s.headers, ...(o.headers ?? {}) } });

let keys = 0;
async function completedCase(persona: string): Promise<string> {
  const r = await (await stack.login(persona)).inject({
    method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': `instances-case-${++keys}-key` },
    payload: { itemCode: 'GJJ-0012', form: sampleFormData(guide.form!, {}), materials: [] },
  });
  expect(r.statusCode).toBe(201);
  const id = r.json().id as string;
  const clerk = await stack.login('staff-gjj');
  for (const to of ['pre_review', 'accepted', 'processing', 'completed']) {
    expect((await clerk.inject({ method: 'POST', url: `/api/v1/staff/cases/${id}/transitions`, payload: { to } })).statusCode).toBe(200);
  }
  return id;
}

const defaultsCount = async () => (await stack.app.inject({ method: 'GET', url: '/api/v1/ratings/stats?itemCode=GJJ-0012' })).json().defaults.count as number;
const eightDaysOn = () => new Date(Date.now() + 8 * 24 * 60 * 60_000);

describe('the 7-day default sweep on two instances', () => {
  it('writes each due default once when both run it at the same moment, and counts it once', async () => {
    const due = [await completedCase('r001'), await completedCase('r002'), await completedCase('r003')];
    const before = await defaultsCount();
    const [a, b] = await both(() => stack.app.ratings.applyDefaults(eightDaysOn()), () => other.ratings.applyDefaults(eightDaysOn()));
    expect(a + b).toBe(due.length);
    for (const caseId of due) expect(await stack.count('ratings', { caseId, origin: 'default' })).toBe(1);
    expect(await defaultsCount()).toBe(before + due.length);
  });

  it('runs under a lease: racing sweeps write each default once', async () => {
    const due = [await completedCase('r004'), await completedCase('r005')];
    const before = await defaultsCount();
    const runs = await both(() => stack.app.ratings.sweepDefaults(eightDaysOn()), () => other.ratings.sweepDefaults(eightDaysOn()));
    expect(runs.reduce<number>((n, r) => n + (r ?? 0), 0)).toBe(due.length);
    for (const caseId of due) expect(await stack.count('ratings', { caseId, origin: 'default' })).toBe(1);
    expect(await defaultsCount()).toBe(before + due.length);
  });
});

describe('ratings on two instances', () => {
  it('keep one rating and one work order per case and person when the same bad rating arrives on both at once', async () => {
    const caseId = await completedCase('r006');
    const me = await stack.login('r006');
    const body = {
      channel: 'online', caseId, itemCode: 'GJJ-0012', overall: 1, comment: '两边同时提交的差评',
      indicators: { efficiency: 1, guideAccuracy: 1, convenience: 1, usability: 1 },
    };
    const answers = (await both(
      () => Promise.all([rate(me.inject, body), rate(me.inject, body)]), () => Promise.all([rate(onOther(me), body), rate(onOther(me), body)]),
    )).flat();
    for (const r of answers) expect(r.statusCode, r.body).toBe(201);
    const [rating] = await stack.rows('ratings', { caseId });
    expect(await stack.count('ratings', { caseId })).toBe(1);
    expect(await stack.count('workOrders', { ratingId: rating!.id })).toBe(1);
    expect(new Set(answers.map((r) => r.json().rating.workOrder.id)).size).toBe(1);
    const stats = (await stack.app.inject({ method: 'GET', url: '/api/v1/ratings/stats?itemCode=GJJ-0012' })).json();
    const mine = (await me.inject({ method: 'GET', url: `/api/v1/ratings/mine?caseId=${caseId}` })).json().items;
    expect(mine).toHaveLength(1);
    expect(stats.summary.distribution[1]).toBeGreaterThanOrEqual(1);
  });

  it('count every rating once in the aggregates when both instances take ratings of one window at once', async () => {
    const [w, dept] = ['H330105-W07', 'tyjrj'];
    const stats = async () => (await stack.app.inject({ method: 'GET', url: `/api/v1/ratings/stats?windowId=${w}` })).json().summary;
    const before = await stats();
    const on = (app: () => FastifyInstance, half: number) => () => Promise.all(
      Array.from({ length: 12 }, (_, i) => rate((o) => app().inject(o), windowRating(w, dept, ((half * 12 + i) % 5) + 1))),
    );
    const answers = (await both(on(() => stack.app, 0), on(() => other, 1))).flat();
    for (const r of answers) expect(r.statusCode, r.body).toBe(201);
    const after = await stats();
    expect(after.count).toBe(before.count + 24);
    for (const star of [1, 2, 3, 4, 5]) {
      const given = Array.from({ length: 24 }, (_, i) => (i % 5) + 1).filter((x) => x === star).length;
      expect(after.distribution[star], `${star} stars`).toBe(before.distribution[star] + given);
    }
  });
});

describe('12345 pushes on two instances', () => {
  it('push each failed order once when both retry sweeps run at the same moment', async () => {
    await stack.control('hotline', { failRate: 1 });
    const ids: string[] = [];
    for (const [p, w, d] of [['r007', 'H330100-W03', 'rsj'], ['r008', 'H330100-W04', 'ybj'], ['r009', 'H330106-W05', 'gjj']] as const) {
      const r = await rate((await stack.login(p)).inject, windowRating(w, d, 1, { comment: '等了很久没人理' }));
      expect(r.statusCode).toBe(201);
      ids.push(r.json().rating.workOrder.id);
    }
    await stack.app.workOrders.settle();
    for (const id of ids) expect(await stack.count('workOrders', { id, hotlineState: 'failed' })).toBe(1);
    await stack.resetControls();

    const [a, b] = await both(() => stack.app.workOrders.pushPending(), () => other.workOrders.pushPending());
    expect(a + b).toBe(ids.length);
    for (const id of ids) {
      const [row] = await stack.rows('workOrders', { id });
      expect(row).toMatchObject({ hotlineState: 'pushed', hotlineAttempts: 2 });
      expect(await stack.count('workOrderEvents', { workOrderId: id, action: 'pushed' })).toBe(1);
      expect(await stack.count('workOrderEvents', { workOrderId: id, action: 'push_failed' })).toBe(1);
    }
    // Under the lease, a sweep on either instance now finds nothing to push.
    const sweeps = await both(() => stack.app.workOrders.sweepPushes(), () => other.workOrders.sweepPushes());
    expect(sweeps.reduce<number>((n, r) => n + (r ?? 0), 0)).toBe(0);
  });
});

describe('rating limits on two instances sharing their state (Redis, or one process\'s memory)', () => {
  it('are one limit: ratings on either instance count against it', async () => {
    const s = await startStack({ config: { ratingLimits: { perUserPerHour: 3, perDevicePerHour: 100, perIpPerHour: 100 } } });
    const second = await secondInstance(s);
    try {
      const me = await s.login('r010');
      const there = (o: InjectOptions) => second.inject({ ...o, headers: { ...me.headers, ...(o.headers ?? {}) } });
      const body = windowRating('H330106-W05', 'gjj', 5);
      expect((await rate(me.inject, body)).statusCode).toBe(201);
      expect((await rate(there, body)).statusCode).toBe(201);
      expect((await rate(me.inject, body)).statusCode).toBe(201);
      const refused = await rate(there, body);
      expect(refused.statusCode).toBe(429);
      expect((await rate(me.inject, body)).statusCode).toBe(429);
      expect(await s.count('ratings')).toBe(3);
    } finally {
      await second.close();
      await s.close();
    }
  });
});
