import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../test/harness';
import { rate, windowRating } from './ratings.test-support';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack.close(); });

const anon = (o: InjectOptions) => stack.app.inject(o);
const GJJ_XIHU = 'H330106-W05';

describe('rating at a window (QR code)', () => {
  it('refuses bad ratings with problem+json and stores nothing', async () => {
    const before = await stack.count('ratings');
    const good = windowRating(GJJ_XIHU, 'gjj', 4);
    const cases: [unknown, number, string][] = [
      [{ ...good, overall: 0 }, 400, 'body.overall'],
      [{ ...good, overall: 6 }, 400, 'body.overall'],
      [{ ...good, indicators: { ...good.indicators, serviceLevel: 7 } }, 400, 'body.indicators.serviceLevel'],
      [{ ...good, indicators: { serviceEfficiency: 4, serviceLevel: 4 } }, 400, 'body.indicators.serviceAttitude'],
      [{ ...good, overall: undefined }, 400, 'body.overall'],
      [{ ...good, comment: '差'.repeat(501) }, 400, 'body.comment'],
      // Defect 13b: a tag must fit the stars.
      [{ ...good, overall: 2, indicators: { serviceEfficiency: 2, serviceLevel: 2, serviceAttitude: 2 }, tags: ['fast'] }, 400, 'body.tags'],
      [{ ...good, tags: ['long_wait'] }, 400, 'body.tags'],
      [{ ...good, windowId: 'H330106-W99' }, 422, 'body.windowId'],
      [{ ...good, itemCode: 'MZJ-0001' }, 422, 'body.itemCode'],
      [{ ...good, itemCode: 'GJJ-9999' }, 422, 'body.itemCode'],
    ];
    for (const [body, status, path] of cases) {
      const r = await rate(anon, body);
      expect(r.statusCode, path).toBe(status);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect(await stack.count('ratings')).toBe(before);
    expect((await stack.rows('ratingAggregates')).filter((r) => r.count !== 0)).toHaveLength(0);
  });

  it('takes exactly 500 characters of comment', async () => {
    const r = await rate(anon, windowRating(GJJ_XIHU, 'gjj', 5, { comment: '好'.repeat(500) }));
    expect(r.statusCode).toBe(201);
  });

  it('takes an anonymous 1-star rating without creating a work order', async () => {
    const orders = await stack.count('workOrders');
    const r = await rate(anon, windowRating(GJJ_XIHU, 'gjj', 1, { comment: '排队两小时无人处理' }));
    expect(r.statusCode).toBe(201);
    expect(r.json().rating).toMatchObject({ realName: false, hallId: 'H330106', departmentCode: 'gjj', region: '330106', workOrder: null });
    expect(await stack.count('workOrders')).toBe(orders);
  });

  it('turns a signed-in 1-star rating into one work order, however often it is retried', async () => {
    const me = await stack.login('r001');
    const body = windowRating(GJJ_XIHU, 'gjj', 1, { comment: '工作人员态度差', tags: ['bad_attitude'] });
    const headers = { 'idempotency-key': 'rate-retry-0001' };
    const first = await rate(me.inject, body, headers);
    expect(first.statusCode).toBe(201);
    const { rating } = first.json();
    expect(rating).toMatchObject({ realName: true, workOrder: { status: 'open', deadline: 'on_track' } });
    for (let i = 0; i < 3; i++) {
      const again = await rate(me.inject, body, headers);
      expect(again.statusCode).toBe(201);
      expect(again.json().rating.id).toBe(rating.id);
    }
    expect(await stack.count('ratings', { id: rating.id })).toBe(1);
    expect(await stack.count('workOrders', { ratingId: rating.id })).toBe(1);
    expect((await rate(me.inject, { ...body, overall: 2 }, headers)).json().code).toBe('IDEMPOTENCY_KEY_REUSED');

    // The rater hears about it, and the order reaches 12345 after the commit.
    await stack.app.workOrders.settle();
    const wo = (await me.inject({ method: 'GET', url: `/api/v1/work-orders/${rating.workOrder.id}` })).json();
    expect(wo.hotline).toMatchObject({ state: 'pushed', ticketNo: expect.stringMatching(/^HZ12345/) });
    const ticket = stack.sandbox.sandboxStore.workOrders.get(wo.hotline.ticketNo)!;
    expect(ticket).toMatchObject({ externalId: wo.id, departmentCode: 'gjj', region: '330106', dueDate: wo.dueDate });
    const messages = (await me.inject({ method: 'GET', url: '/api/v1/messages' })).json().items;
    expect(messages.some((m: { link: string }) => m.link?.endsWith(`?id=${wo.id}`))).toBe(true);
  });

  it('refuses a malformed token instead of treating the rating as anonymous', async () => {
    const r = await rate(anon, windowRating(GJJ_XIHU, 'gjj', 5), { authorization: 'Bearer nope' });
    expect(r.statusCode).toBe(401);
  });
});

describe('public results', () => {
  it('answers per window, hall, department, district and item with masked names and separate work-order state', async () => {
    const me = await stack.login('r002');
    // The only 退役军人 window, in 拱墅区: every scope below sees exactly these three ratings.
    const w = 'H330105-W07';
    await rate(me.inject, windowRating(w, 'tyjrj', 5, { comment: '服务很快，十分钟办完' }));
    await rate(me.inject, windowRating(w, 'tyjrj', 4));
    await rate(me.inject, windowRating(w, 'tyjrj', 2, { comment: '材料要求没有一次性告知' }));
    const r = await anon({ method: 'GET', url: `/api/v1/ratings/stats?windowId=${w}` });
    expect(r.statusCode).toBe(200);
    const s = r.json();
    expect(s.scope).toMatchObject({ kind: 'window', key: w });
    expect(s.summary).toMatchObject({ count: 3, goodCount: 2, goodRate: 0.6667, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 } });
    expect(s.summary.averages).toMatchObject({ overall: 3.67, serviceAttitude: 3.67, efficiency: null });
    expect(s.trend.at(-1)).toMatchObject({ count: 3 });
    expect(s.recent.map((x: { comment: string }) => x.comment)).toEqual(['材料要求没有一次性告知', '服务很快，十分钟办完']);
    expect(s.recent[0]).toMatchObject({ raterName: '王*', workOrder: { status: 'open', rectificationNote: null } });
    expect(JSON.stringify(s)).not.toContain('王芳');

    for (const q of ['department=tyjrj', 'department=tyjrj&region=330105', 'itemCode=TYJRJ-0001']) {
      const x = (await anon({ method: 'GET', url: `/api/v1/ratings/stats?${q}` })).json();
      expect(x.summary.count, q).toBe(3);
    }
    const hall = (await anon({ method: 'GET', url: '/api/v1/ratings/stats?hallId=H330105' })).json();
    const region = (await anon({ method: 'GET', url: '/api/v1/ratings/stats?region=330105' })).json();
    expect(hall.summary).toEqual(region.summary);
    expect(hall.summary.count).toBeGreaterThanOrEqual(3);
    const bad = (await anon({ method: 'GET', url: `/api/v1/ratings/public?windowId=${w}&bad=true` })).json();
    expect(bad.items.map((x: { overall: number }) => x.overall)).toEqual([2]);
  });

  it('refuses filters no aggregate answers, and unknown places', async () => {
    expect((await anon({ method: 'GET', url: '/api/v1/ratings/stats?windowId=H330106-W01&itemCode=MZJ-0001' })).statusCode).toBe(400);
    expect((await anon({ method: 'GET', url: '/api/v1/ratings/stats?windowId=H330106-W99' })).statusCode).toBe(404);
    expect((await anon({ method: 'GET', url: '/api/v1/ratings/stats?department=zzz' })).statusCode).toBe(404);
  });
});

describe('operator review', () => {
  it('excludes a false rating from public numbers, keeps it, audits it and tells the rater', async () => {
    const rater = await stack.login('r004');
    const op = await stack.login('operator-1');
    const staff = await stack.login('staff-gaj');
    const w = 'H330108-W02';
    await rate(rater.inject, windowRating(w, 'gaj', 5));
    const target = (await rate(rater.inject, windowRating(w, 'gaj', 1, { comment: '恶意刷差评内容示例' }))).json().rating;
    const before = (await anon({ method: 'GET', url: `/api/v1/ratings/stats?windowId=${w}` })).json();
    expect(before.summary.count).toBe(2);

    expect((await staff.inject({ method: 'POST', url: `/api/v1/ratings/${target.id}/exclusion`, payload: { kind: 'malicious', reason: '核实为恶意评价' } })).statusCode).toBe(403);
    const ex = await op.inject({ method: 'POST', url: `/api/v1/ratings/${target.id}/exclusion`, payload: { kind: 'malicious', reason: '核实为恶意评价' } });
    expect(ex.statusCode).toBe(200);
    expect(ex.json()).toMatchObject({ status: 'excluded', review: 'excluded', exclusion: { kind: 'malicious', reason: '核实为恶意评价' } });
    expect((await op.inject({ method: 'POST', url: `/api/v1/ratings/${target.id}/exclusion`, payload: { kind: 'false', reason: '再次排除' } })).statusCode).toBe(409);

    const after = (await anon({ method: 'GET', url: `/api/v1/ratings/stats?windowId=${w}` })).json();
    expect(after.summary).toMatchObject({ count: 1, goodRate: 1, distribution: { 1: 0, 5: 1 } });
    expect(after.recent.map((x: { id: string }) => x.id)).not.toContain(target.id);
    expect(await stack.count('ratings', { id: target.id, status: 'excluded' })).toBe(1);
    expect(await stack.count('auditEvents', { action: 'rating.exclude' })).toBeGreaterThanOrEqual(1);
    // Its work order no longer binds the unit.
    expect(await stack.count('workOrders', { ratingId: target.id, status: 'closed' })).toBe(1);
    const told = (await rater.inject({ method: 'GET', url: '/api/v1/messages' })).json().items;
    expect(told.some((m: { title: string }) => m.title.includes('恶意评价'))).toBe(true);
    const mine = (await rater.inject({ method: 'GET', url: '/api/v1/ratings/mine' })).json().items;
    expect(mine.find((x: { id: string }) => x.id === target.id).status).toBe('excluded');
  });

  it('shows who rated only to the operator, and audits every look', async () => {
    const rater = await stack.login('r005');
    const { rating } = (await rate(rater.inject, windowRating('H330102-W01', 'mzj', 2))).json();
    const staff = await stack.login('staff-mzj-330102');
    expect((await staff.inject({ method: 'GET', url: `/api/v1/ratings/${rating.id}/rater` })).statusCode).toBe(403);
    const wo = (await staff.inject({ method: 'GET', url: `/api/v1/work-orders/${rating.workOrder.id}` }));
    expect(wo.statusCode).toBe(200);
    const me = (await rater.inject({ method: 'GET', url: '/api/v1/me' })).json();
    expect(wo.body).not.toContain(me.userId);
    expect(wo.body).not.toContain(me.name);

    const op = await stack.login('operator-1');
    const audits = await stack.count('auditEvents', { action: 'rating.rater.view' });
    const who = await op.inject({ method: 'GET', url: `/api/v1/ratings/${rating.id}/rater` });
    expect(who.json()).toMatchObject({ userId: me.userId, name: me.name, phone: expect.stringMatching(/^\d{3}\*{4}\d{4}$/) });
    expect(await stack.count('auditEvents', { action: 'rating.rater.view' })).toBe(audits + 1);
  });

  it('flags the third identical comment and a burst for review, and lets the operator clear them', async () => {
    const op = await stack.login('operator-1');
    const text = '这个窗口办事效率太低了！！';
    const ids: string[] = [];
    for (const d of ['dev-aaaaaaaa', 'dev-bbbbbbbb', 'dev-cccccccc']) {
      ids.push((await rate(anon, windowRating('H330102-W03', 'rsj', 2, { comment: text.replace('！！', d === 'dev-cccccccc' ? '。' : '！！') }), { 'x-device-id': d })).json().rating.id);
    }
    const pending = (await op.inject({ method: 'GET', url: '/api/v1/ratings/review?review=pending' })).json().items;
    const flagged = pending.filter((x: { id: string }) => ids.includes(x.id));
    expect(flagged.map((x: { id: string; flags: string[] }) => [x.id, x.flags])).toEqual([[ids[2], ['duplicate_text']]]);

    const burst: string[] = [];
    for (let i = 0; i < 5; i++) burst.push((await rate(anon, windowRating('H330102-W04', 'ybj', 5), { 'x-device-id': 'dev-burst-01' })).json().rating.id);
    const review = (await op.inject({ method: 'GET', url: '/api/v1/ratings/review?review=pending' })).json().items;
    expect(review.find((x: { id: string }) => x.id === burst[4])?.flags).toEqual(['burst']);
    expect(review.find((x: { id: string }) => x.id === burst[3])).toBeUndefined();

    const cleared = await op.inject({ method: 'POST', url: `/api/v1/ratings/${burst[4]}/clearance` });
    expect(cleared.json()).toMatchObject({ review: 'cleared', status: 'active' });
    expect((await op.inject({ method: 'POST', url: `/api/v1/ratings/${burst[4]}/clearance` })).statusCode).toBe(409);
    const overview = (await op.inject({ method: 'GET', url: '/api/v1/ratings/overview' })).json();
    expect(overview.ratings.flaggedPending).toBeGreaterThanOrEqual(1);
    expect(overview.ratings.excluded).toBeGreaterThanOrEqual(1);
    expect(overview.workOrders.open).toBeGreaterThanOrEqual(1);
  });
});

describe('rate limits', () => {
  it('refuses a user, a device and an address over the hourly limit with 429, storing nothing', async () => {
    const s = await startStack({ config: { ratingLimits: { perUserPerHour: 2, perDevicePerHour: 3, perIpPerHour: 5 } } });
    try {
      const me = await s.login('r001');
      const body = windowRating(GJJ_XIHU, 'gjj', 5);
      expect((await rate(me.inject, body)).statusCode).toBe(201);
      expect((await rate(me.inject, body)).statusCode).toBe(201);
      const refused = await rate(me.inject, body);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().code).toBe('RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

      const dev = { 'x-device-id': 'device-limit-01' };
      for (let i = 0; i < 2; i++) expect((await rate(s.app.inject.bind(s.app), body, dev)).statusCode).toBe(201);
      expect((await rate(s.app.inject.bind(s.app), body, dev)).statusCode).toBe(201);
      expect((await rate(s.app.inject.bind(s.app), body, dev)).statusCode).toBe(429);
      // 5 from this address so far (2 signed in, 3 by the device): a new device is refused too.
      expect((await rate(s.app.inject.bind(s.app), body, { 'x-device-id': 'device-limit-02' })).statusCode).toBe(429);
      expect(await s.count('ratings')).toBe(5);
    } finally {
      await s.close();
    }
  });
});
