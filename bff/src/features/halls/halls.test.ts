import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../test/harness';
import { HallIdSchema, WindowIdSchema } from '@zsb/shared/contracts/ratings';
import { DEPARTMENT_CODES, REGION_CODES } from '@zsb/shared/domain/regions';
import { HALLS } from './halls.data';
import { HallsService } from './halls.service';

describe('the halls and windows seed data', () => {
  it('has a hall in the city and in every district, each with windows', () => {
    expect(new Set(HALLS.map((h) => h.region))).toEqual(new Set(REGION_CODES));
    for (const h of HALLS) expect(h.windows.length).toBeGreaterThanOrEqual(5);
  });
  it('gives every window a unique well-formed id under its hall and a known department', () => {
    const ids = HALLS.flatMap((h) => h.windows.map((w) => w.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const h of HALLS) {
      expect(HallIdSchema.parse(h.id)).toBe(`H${h.region}`);
      for (const w of h.windows) {
        expect(WindowIdSchema.safeParse(w.id).success).toBe(true);
        expect(w.id.startsWith(`${h.id}-`)).toBe(true);
        expect(DEPARTMENT_CODES).toContain(w.departmentCode);
      }
    }
  });
});

describe('window QR codes', () => {
  const halls = new HallsService({ publicBaseUrl: 'http://localhost:3000/' });
  it('open the rating page for that window', async () => {
    expect(halls.rateUrl('H330106-W05')).toBe('http://localhost:3000/#/pages/rate/index?windowId=H330106-W05');
    const qr = await halls.qr('H330106-W05');
    expect(qr?.url).toBe(halls.rateUrl('H330106-W05'));
    expect(qr?.svg).toMatch(/^<svg[^>]*viewBox/);
  });
  it('do not exist for unknown windows', async () => {
    expect(await halls.qr('H330106-W99')).toBeNull();
    expect(await halls.windowDetail('H330106-W99')).toBeNull();
  });
  it('describe the window with its hall and department names', async () => {
    const d = await halls.windowDetail('H330106-W05');
    expect(d).toMatchObject({ window: { departmentCode: 'gjj', departmentName: '杭州住房公积金管理中心' }, hall: { regionName: '西湖区' } });
  });
});

describe('the halls routes', () => {
  let stack: Stack;
  beforeAll(async () => { stack = await startStack({ config: { publicBaseUrl: 'https://zsb.example.gov.cn' } }); });
  afterAll(async () => { await stack.close(); });

  it('describe a window with the catalog items its department offers there, and its QR code', async () => {
    const r = (await stack.app.inject({ method: 'GET', url: '/api/v1/windows/H330106-W01' })).json();
    expect(r).toMatchObject({ window: { departmentCode: 'mzj' }, hall: { region: '330106' }, rateUrl: 'https://zsb.example.gov.cn/#/pages/rate/index?windowId=H330106-W01' });
    expect(r.items.length).toBeGreaterThan(3);
    const item = stack.app.catalog.item(r.items[0].code)!;
    expect(item.departmentCode).toBe('mzj');
    expect(['330100', '330106']).toContain(item.region);
    const qr = (await stack.app.inject({ method: 'GET', url: '/api/v1/windows/H330106-W01/qr' })).json();
    expect(qr.url).toBe(r.rateUrl);
    const missing = await stack.app.inject({ method: 'GET', url: '/api/v1/windows/H330106-W99' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('RATING_WINDOW_NOT_FOUND');
    expect((await stack.app.inject({ method: 'GET', url: '/api/v1/halls' })).json().halls).toHaveLength(5);
  });
});
