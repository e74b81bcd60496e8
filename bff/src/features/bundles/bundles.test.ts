import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleDefinitionSchema, BundlePlanSchema, type BundlePlan } from '@zsb/shared/contracts/bundles';
import { formDataSchemaFor } from '@zsb/shared/contracts/catalog';
import { splitBundleData } from '@zsb/shared/domain/bundle-plan';
import { startStack, type Stack } from '../../test/harness';
import { loadDataset } from '../catalog';
import { BUNDLES } from './bundles.data';

const items = new Map(loadDataset().items.map((i) => [i.code, i]));

describe('bundle definitions', () => {
  it('has the five required bundles, each well formed', () => {
    expect(BUNDLES.map((b) => b.name)).toEqual(['我要开饭店', '新生儿出生', '我要办犬证', '退休一件事', '企业开办']);
    for (const b of BUNDLES) expect(() => BundleDefinitionSchema.parse(b), b.code).not.toThrow();
  });

  it('refers only to catalog items that can be applied for as a case', () => {
    for (const b of BUNDLES) {
      for (const i of b.items) {
        const item = items.get(i.itemCode);
        expect(item, `${b.code} ${i.itemCode}`).toBeDefined();
        expect(item!.applyChannel, `${b.code} ${i.itemCode}`).toBe('case');
      }
    }
  });

  it('conditions only on its own questions and their options', () => {
    for (const b of BUNDLES) {
      const options = new Map(b.questions.map((q) => [q.key, new Set(q.options.map((o) => o.value))]));
      const conditions = [...b.items.flatMap((i) => i.when), ...b.questions.flatMap((q) => q.showIf)];
      for (const c of conditions) {
        expect(options.has(c.question), `${b.code} ${c.question}`).toBe(true);
        for (const v of c.in) expect(options.get(c.question)!.has(v), `${b.code} ${c.question}=${v}`).toBe(true);
      }
    }
  });
});

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function plan(code: string, answers: Record<string, string>): Promise<BundlePlan> {
  const r = await stack.app.inject({ method: 'POST', url: `/api/v1/bundles/${code}/plan`, payload: { answers } });
  expect(r.statusCode, r.body).toBe(200);
  return BundlePlanSchema.parse(r.json());
}

describe('bundles over HTTP', () => {
  it('lists bundles and shows one with its questions and possible items', async () => {
    const list = (await stack.app.inject({ method: 'GET', url: '/api/v1/bundles?audience=personal' })).json();
    expect(list.items.map((b: { code: string }) => b.code)).toEqual(['newborn', 'dog_licence', 'retirement']);
    const d = (await stack.app.inject({ method: 'GET', url: '/api/v1/bundles/restaurant' })).json();
    expect(d.questions.map((q: { key: string }) => q.key)).toEqual(['entityType', 'district', 'largeVenue', 'sign']);
    expect(d.items.find((i: { code: string }) => i.code === 'SCJGJ-0006').departmentName).toBe('杭州市市场监督管理局');
  });

  it('decides the restaurant items from the answers and asks each shared field once', async () => {
    const p = await plan('restaurant', { entityType: 'individual', district: '330106', largeVenue: 'yes', sign: 'no' });
    expect(p.items.map((i) => i.code)).toEqual(['SCJGJ-0004', 'SCJGJ-0006', 'XFJY-0001', 'CGJ-0010', 'STHJJ-0003', 'CGJ-0009']);
    expect(p.notApplicable.map((i) => i.code)).toContain('CGJ-0005');
    const keys = p.form.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(p.sharedFieldKeys).toEqual(expect.arrayContaining(['applicantName', 'applicantIdNumber', 'phone', 'businessName', 'businessAddress']));
    // Every item's own form is covered by the combined one, so the split data validates per item.
    const data: Record<string, string | number | boolean> = {};
    for (const f of p.form.fields) {
      data[f.key] = f.type === 'checkbox' ? true : f.type === 'number' || f.type === 'money' ? 100 : f.type === 'idNumber' ? '330106198905120011'
        : f.type === 'phone' ? '13800000000' : f.options ? f.options[0]!.value : '测试';
    }
    const fieldKeysByItem = Object.fromEntries(p.items.map((i) => [i.code, i.fieldKeys]));
    for (const [code, part] of Object.entries(splitBundleData(fieldKeysByItem, data))) {
      const r = formDataSchemaFor(items.get(code)!.form!).safeParse(part);
      expect(r.success, `${code}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
    expect(p.materials.filter((m) => m.certificateKind === 'business_licence')).toHaveLength(1);
  });

  it('asks the district only for an individual business', async () => {
    const p = await plan('restaurant', { entityType: 'company', largeVenue: 'no', sign: 'yes' });
    expect(p.items.map((i) => i.code)).toEqual(['SCJGJ-0001', 'SCJGJ-0006', 'CGJ-0005', 'CGJ-0010', 'STHJJ-0003', 'CGJ-0009']);
  });

  it('plans the other bundles', async () => {
    expect((await plan('newborn', { district: '330102', motherInsured: 'no', socialSecurityCard: 'yes' })).items.map((i) => i.code))
      .toEqual(['WJW-0001', 'WJW-0010', 'GAJ-0004', 'YBJ-0001', 'RSJ-0007']);
    expect((await plan('dog_licence', { kind: 'new', vaccinated: 'no' })).items.map((i) => i.code)).toEqual(['NYNCJ-0001', 'GAJ-0017']);
    expect((await plan('retirement', { housingFund: 'yes', seniorCard: 'no' })).items.map((i) => i.code)).toEqual(['RSJ-0006', 'YBJ-0015', 'GJJ-0004']);
    expect((await plan('business_start', { invoice: 'no', employees: 'yes' })).items.map((i) => i.code))
      .toEqual(['SCJGJ-0001', 'GAJ-0024', 'SWJ-0001', 'RSJ-0013', 'YBJ-0013', 'GJJ-0010']);
  });

  it('refuses missing or invalid answers with field errors, and an unknown bundle with 404', async () => {
    const r = await stack.app.inject({ method: 'POST', url: '/api/v1/bundles/restaurant/plan', payload: { answers: { entityType: 'individual', largeVenue: 'maybe' } } });
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('BUNDLE_ANSWERS_INVALID');
    expect(r.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.answers.district', 'body.answers.largeVenue', 'body.answers.sign']);
    const missing = await stack.app.inject({ method: 'GET', url: '/api/v1/bundles/nothing_here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('BUNDLE_NOT_FOUND');
  });

  it('is found by search: 开饭店 offers the restaurant bundle', async () => {
    const r = (await stack.app.inject({ method: 'GET', url: `/api/v1/services?q=${encodeURIComponent('开饭店')}` })).json();
    expect(r.bundles[0].code).toBe('restaurant');
    expect(r.bundles[0].name).toBe('我要开饭店');
  });
});
