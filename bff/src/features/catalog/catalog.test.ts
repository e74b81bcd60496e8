import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceGuideSchema, ServiceListSchema, type ServiceList } from '@zsb/shared/contracts/catalog';
import { addWorkingDays, chinaDate } from '@zsb/shared/domain/working-days';
import { startStack, type Stack } from '../../test/harness';
import { HOUSING_FUND_LOAN_WITHDRAWAL_CODE } from './dataset/housing-fund-guide';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function list(query: string): Promise<ServiceList> {
  const r = await stack.app.inject({ method: 'GET', url: `/api/v1/services?${query}` });
  expect(r.statusCode, r.body).toBe(200);
  return ServiceListSchema.parse(r.json());
}

const highlighted = (runs: { text: string; match: boolean }[] | undefined) =>
  (runs ?? []).filter((r) => r.match).map((r) => r.text).join('');

describe('GET /api/v1/services (browse and search)', () => {
  it('serves the whole imported catalog, most used first, when nothing is asked', async () => {
    const r = await list('limit=100');
    expect(r.total).toBeGreaterThanOrEqual(300);
    const usage = r.items.map((i) => i.usage);
    expect(usage).toEqual([...usage].sort((a, b) => b - a));
  });

  it('answers a repeated search from kept bytes, and anew once a usage count changed', async () => {
    const q = `q=${encodeURIComponent('结婚登记')}&limit=5`;
    const first = await list(q);
    expect(await list(q)).toEqual(first);
    const item = first.items[0]!;
    const guide = await stack.app.inject({ method: 'GET', url: `/api/v1/services/${item.code}` });
    expect(guide.statusCode).toBe(200);
    const after = await list(q);
    expect(after.items.find((i) => i.code === item.code)!.usage).toBe(item.usage + 1);
  });

  it('finds the housing fund by traditional characters and highlights the match', async () => {
    const r = await list(`q=${encodeURIComponent('公積金')}`);
    expect(r.total).toBeGreaterThan(5);
    expect(r.items.every((i) => i.departmentCode === 'gjj')).toBe(true);
    expect(highlighted(r.items[0]!.nameHighlight)).toBe('公积金');
    expect(r.items.map((i) => i.code)).toContain(HOUSING_FUND_LOAN_WITHDRAWAL_CODE);
  });

  it('finds the housing fund by pinyin initials', async () => {
    const r = await list('q=gjj');
    expect(r.items[0]!.departmentCode).toBe('gjj');
    expect(highlighted(r.items[0]!.nameHighlight)).toBe('公积金');
  });

  it('finds marriage registration for the everyday word 结婚, ranking it above other matches', async () => {
    const r = await list(`q=${encodeURIComponent('结婚')}`);
    expect(r.items[0]!.name).toBe('内地居民结婚登记');
  });

  it('offers the restaurant bundle and the food licence for 开饭店', async () => {
    const r = await list(`q=${encodeURIComponent('开饭店')}`);
    expect(r.items.map((i) => i.name)).toContain('食品经营许可（新办）');
  });

  it('tolerates a wrong character with the same sound', async () => {
    const r = await list(`q=${encodeURIComponent('公基金')}`);
    expect(r.items[0]!.departmentCode).toBe('gjj');
  });

  it('ranks equally relevant items by usage', async () => {
    const r = await list(`q=${encodeURIComponent('公积金')}&limit=50`);
    const ties = r.items.filter((i) => i.name.includes('住房公积金') && !i.name.startsWith('住房公积金'));
    const usage = ties.map((i) => i.usage);
    expect(usage).toEqual([...usage].sort((a, b) => b - a));
  });

  it('says where a match was when it is not in the name', async () => {
    const r = await list(`q=${encodeURIComponent('还款存折')}`);
    expect(r.items[0]!.code).toBe(HOUSING_FUND_LOAN_WITHDRAWAL_CODE);
    expect(r.items[0]!.matchedIn?.field).toBe('material');
    expect(highlighted(r.items[0]!.matchedIn?.snippet)).toBe('还款存折');
  });

  it('filters by audience, department, region and life event', async () => {
    const enterprise = await list('audience=enterprise&limit=100');
    expect(enterprise.items.every((i) => i.audience.includes('enterprise'))).toBe(true);
    const dept = await list('department=mzj&limit=100');
    expect(dept.items.every((i) => i.departmentCode === 'mzj')).toBe(true);
    const xihu = await list('region=330106&limit=100');
    expect(xihu.total).toBeGreaterThan(5);
    expect(xihu.items.every((i) => i.region === '330106' && i.regionName === '西湖区')).toBe(true);
    const pets = await list(`lifeEvent=pets&q=${encodeURIComponent('犬')}`);
    expect(pets.items.length).toBeGreaterThan(0);
    expect(pets.items.every((i) => i.lifeEvents.includes('pets'))).toBe(true);
  });

  it('groups results by item when asked: one row for 结婚登记 with its four districts inside, the old answer unchanged', async () => {
    const flat = await list(`q=${encodeURIComponent('结婚登记')}&limit=50`);
    const marriage = flat.items.filter((i) => i.name === '内地居民结婚登记');
    expect(marriage.length).toBe(4);
    expect(flat.items.every((i) => i.variants === undefined)).toBe(true);

    const grouped = await list(`q=${encodeURIComponent('结婚登记')}&limit=50&group=item`);
    const rows = grouped.items.filter((i) => i.name === '内地居民结婚登记');
    expect(rows.length).toBe(1);
    expect(rows[0]!.variants!.map((v) => v.region)).toEqual(['330102', '330105', '330106', '330108']);
    expect(rows[0]!.variants!.map((v) => v.code).sort()).toEqual(marriage.map((i) => i.code).sort());
    expect(rows[0]!.variants![0]!.regionName).toBeTruthy();
    expect(rows[0]!.nameHighlight?.some((r) => r.match)).toBe(true);
    // Grouping happens before paging: no name twice, and total counts rows.
    expect(new Set(grouped.items.map((i) => `${i.name}|${i.departmentCode}`)).size).toBe(grouped.items.length);
    const every = await list(`q=${encodeURIComponent('结婚登记')}&limit=100&group=item`);
    expect(every.items.reduce((n, i) => n + i.variants!.length, 0)).toBe(flat.total);
    expect(every.total).toBe(every.items.length);
    const browse = await list('limit=100&group=item');
    const all = await list('limit=100');
    expect(browse.total).toBeLessThan(all.total);
    const page2 = await list('limit=20&offset=20&group=item');
    expect(page2.items.map((i) => i.code)).toEqual(browse.items.slice(20, 40).map((i) => i.code));
  });

  it('refuses a malformed filter with a field error, not a 500', async () => {
    const r = await stack.app.inject({ method: 'GET', url: '/api/v1/services?region=abc' });
    expect(r.statusCode).toBeGreaterThanOrEqual(400);
    expect(r.statusCode).toBeLessThan(500);
    expect(r.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('hot services and facets', () => {
  it('lists hot services by usage and moves an item up when it is applied for', async () => {
    const before = (await stack.app.inject({ method: 'GET', url: '/api/v1/services/hot?limit=20' })).json().items as { code: string; usage: number }[];
    expect(before).toHaveLength(20);
    const last = before[before.length - 1]!;
    for (let i = 0; i < 400; i++) await stack.app.catalog.recordUse(last.code);
    // The browse order is refreshed at most once a second.
    await new Promise((r) => setTimeout(r, 1100));
    const after = (await stack.app.inject({ method: 'GET', url: '/api/v1/services/hot?limit=20' })).json().items as { code: string }[];
    expect(after[0]!.code).toBe(last.code);
  });

  it('feeds the home screen\'s hot list from these usage counts', async () => {
    const session = await stack.login('r001');
    const home = (await session.inject({ method: 'GET', url: '/api/v1/home' })).json();
    const hot = (await stack.app.inject({ method: 'GET', url: '/api/v1/services/hot?audience=personal&limit=8' })).json();
    expect(home.hotServices.status).toBe('ok');
    expect(home.hotServices.data.items.map((i: { code: string }) => i.code)).toEqual(hot.items.map((i: { code: string }) => i.code));
  });

  it('counts departments, regions and life events', async () => {
    const r = (await stack.app.inject({ method: 'GET', url: '/api/v1/services/facets' })).json();
    expect(r.departments.length).toBeGreaterThanOrEqual(15);
    expect(r.regions.map((x: { code: string }) => x.code)).toEqual(expect.arrayContaining(['330100', '330102', '330105', '330106', '330108']));
    expect(r.lifeEvents.find((x: { code: string }) => x.code === 'business_start').audience).toBe('enterprise');
  });
});

describe('GET /api/v1/services/:code (guide)', () => {
  it('shows every element and the promised deadline as a date, without wallet marks when signed out', async () => {
    const r = await stack.app.inject({ method: 'GET', url: '/api/v1/services/MZJ-0001' });
    expect(r.statusCode, r.body).toBe(200);
    const g = ServiceGuideSchema.parse(r.json());
    expect(g.walletChecked).toBe(false);
    expect(g.materials.every((m) => m.fromWallet === null)).toBe(true);
    expect(g.promisedDeadline).toBe(addWorkingDays(chinaDate(), g.promisedTimeLimitDays));
    expect(g.departmentName).toBe('杭州市民政局');
  });

  it('gives deadlines on the official 2026 calendar across the Spring Festival and National Day', async () => {
    // GJJ-0007: promised 10, legal 15 working days.
    const spring = await stack.app.catalog.guide('GJJ-0007', null, '2026-02-13');
    expect([spring.promisedTimeLimitDays, spring.legalTimeLimitDays]).toEqual([10, 15]);
    // 2026-02-14 and 02-28 are make-up Saturdays; 02-15…02-23 are the holiday.
    expect(spring.promisedDeadline).toBe('2026-03-05');
    expect(spring.legalDeadline).toBe('2026-03-12');
    const national = await stack.app.catalog.guide('GJJ-0007', null, '2026-09-28');
    expect(national.promisedDeadline).toBe('2026-10-16');
    const onTheSpot = await stack.app.catalog.guide('GJJ-0001', null, '2026-02-13');
    expect(onTheSpot.promisedDeadline).toBe('2026-02-13');
  });

  it('marks materials the signed-in user\'s wallet already holds (证照库已有，免提交) and audits the look-up', async () => {
    const session = await stack.login('r001');
    const r = await session.inject({ method: 'GET', url: `/api/v1/services/${HOUSING_FUND_LOAN_WITHDRAWAL_CODE}` });
    expect(r.statusCode, r.body).toBe(200);
    const g = ServiceGuideSchema.parse(r.json());
    expect(g.walletChecked).toBe(true);
    const byKey = Object.fromEntries(g.materials.map((m) => [m.key, m]));
    expect(byKey.id_card!.fromWallet?.kindName).toBe('居民身份证');
    expect(byKey.marriage_certificate!.fromWallet?.kindName).toBe('结婚证');
    expect(byKey.repayment_passbook!.fromWallet).toBeNull();
    expect(await stack.count('auditEvents', { action: 'wallet.match' })).toBeGreaterThan(0);
  });

  it('does not mark a marriage certificate the user does not hold', async () => {
    const session = await stack.login('r006');
    const g = ServiceGuideSchema.parse((await session.inject({ method: 'GET', url: `/api/v1/services/${HOUSING_FUND_LOAN_WITHDRAWAL_CODE}` })).json());
    expect(g.materials.find((m) => m.key === 'marriage_certificate')!.fromWallet).toBeNull();
    expect(g.materials.find((m) => m.key === 'id_card')!.fromWallet).not.toBeNull();
  });

  it('still answers when the certificate library is down, only without marks', async () => {
    // Signing in may read the certificates (expiry reminders at first sign-in): drop that copy, so the
    // guide has to ask the library.
    const session = await stack.login('r010');
    expect((await session.inject({ method: 'POST', url: '/api/v1/wallet/refresh' })).statusCode).toBe(204);
    await stack.control('certificates', { failRate: 1 });
    try {
      const r = await session.inject({ method: 'GET', url: '/api/v1/services/GAJ-0001' });
      expect(r.statusCode).toBe(200);
      expect(r.json().walletChecked).toBe(false);
    } finally {
      await stack.resetControls();
    }
  });

  it('answers 404 SERVICE_NOT_FOUND for an unknown code and refuses a bad token', async () => {
    const r = await stack.app.inject({ method: 'GET', url: '/api/v1/services/XYZ-9999' });
    expect(r.statusCode).toBe(404);
    expect(r.json().code).toBe('SERVICE_NOT_FOUND');
    const bad = await stack.app.inject({ method: 'GET', url: '/api/v1/services/MZJ-0001', headers: { authorization: 'Bearer nope' } });
    expect(bad.statusCode).toBe(401);
  });

  it('re-indexes a changed item at once', async () => {
    const item = stack.app.catalog.item('GAJ-0001')!;
    await stack.app.catalog.save({ ...item, aliases: [...item.aliases, '证件更新测试词'] });
    const r = await list(`q=${encodeURIComponent('证件更新测试词')}`);
    expect(r.items.map((i) => i.code)).toEqual(['GAJ-0001']);
    await stack.app.catalog.save(item);
    expect((await list(`q=${encodeURIComponent('证件更新测试词')}`)).total).toBe(0);
  });
});
