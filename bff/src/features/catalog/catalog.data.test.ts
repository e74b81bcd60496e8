import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ServiceItemSchema, type FormField, type ServiceItem } from '@zsb/shared/contracts/catalog';
import { CERTIFICATE_KINDS } from '@zsb/shared/domain/certificate-id';
import { DEPARTMENT_CODES, DISTRICTS, REGION_CODES } from '@zsb/shared/domain/regions';
import { isValidUscc } from '@zsb/shared/domain/uscc';
import { generateCatalog, serializeDataset } from './dataset/generate';
import { DATASET_PATH, type CatalogDataset } from './dataset/dataset';
import { HOUSING_FUND_LOAN_WITHDRAWAL_CODE } from './dataset/housing-fund-guide';

const text = readFileSync(DATASET_PATH, 'utf8');
const dataset = JSON.parse(text) as CatalogDataset;
const items = dataset.items;
const KINDS = new Set<string>(CERTIFICATE_KINDS.map((k) => k.kind));

describe('the committed catalog dataset', () => {
  it('is exactly what the generator produces (regenerate after editing a template)', () => {
    expect(text).toBe(serializeDataset(generateCatalog()));
  });

  it('has at least 300 items over at least 15 departments and 3 districts', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(new Set(items.map((i) => i.departmentCode)).size).toBeGreaterThanOrEqual(15);
    const districts = new Set(items.map((i) => i.region).filter((r) => DISTRICTS.some((d) => d.code === r)));
    expect(districts.size).toBeGreaterThanOrEqual(3);
  });

  it('gives every item every public element (schema check over the whole dataset)', () => {
    const failures = items.flatMap((item) => {
      const r = ServiceItemSchema.safeParse(item);
      return r.success ? [] : [`${item.code}: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });
    expect(failures).toEqual([]);
  });

  it('uses unique codes, known departments and regions, and valid implementing-body USCCs', () => {
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.implementationCode)).size).toBe(items.length);
    for (const i of items) {
      expect(DEPARTMENT_CODES, i.code).toContain(i.departmentCode);
      expect(REGION_CODES, i.code).toContain(i.region);
      expect(isValidUscc(i.implementationCode.slice(0, 18)), i.code).toBe(true);
      expect(i.implementationCode.slice(18, 30), i.code).toBe(i.baseCode);
    }
  });

  it('keeps the promised time limit within the legal one', () => {
    const over = items.filter((i) => i.legalTimeLimitDays !== null && i.promisedTimeLimitDays > i.legalTimeLimitDays);
    expect(over.map((i) => i.code)).toEqual([]);
  });

  it('names only wallet certificate kinds that exist, in materials, results and forms', () => {
    for (const i of items) {
      for (const m of i.materials) if (m.certificateKind) expect(KINDS, `${i.code} ${m.key}`).toContain(m.certificateKind);
      if (i.result.certificateKind) expect(KINDS, i.code).toContain(i.result.certificateKind);
      for (const f of i.form?.fields ?? []) {
        const kind = f.prefill?.startsWith('wallet.') ? f.prefill.split('.')[1]! : f.certificateKind;
        if (kind) expect(KINDS, `${i.code} ${f.key}`).toContain(kind);
      }
    }
  });

  it('has unique material keys per item and a condition on every conditional material', () => {
    for (const i of items) {
      expect(new Set(i.materials.map((m) => m.key)).size, i.code).toBe(i.materials.length);
      for (const m of i.materials) if (m.necessity === 'conditional') expect(m.condition, `${i.code} ${m.key}`).toBeTruthy();
    }
  });

  it('gives every online item a form and an apply channel, and no offline item either', () => {
    for (const i of items) {
      expect(i.form !== null, i.code).toBe(i.online);
      expect(i.applyChannel !== null, i.code).toBe(i.online);
      if (i.online) expect(i.onlineDepth, i.code).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses one meaning per form field key across the catalog, so bundles can ask a shared field once', () => {
    const seen = new Map<string, FormField & { code: string }>();
    const conflicts: string[] = [];
    for (const i of items) {
      const fields = i.form?.fields ?? [];
      expect(new Set(fields.map((f) => f.key)).size, i.code).toBe(fields.length);
      for (const f of fields) {
        if (f.type === 'select' || f.type === 'radio') expect(f.options?.length ?? 0, `${i.code} ${f.key}`).toBeGreaterThanOrEqual(2);
        const first = seen.get(f.key);
        if (!first) seen.set(f.key, { ...f, code: i.code });
        else if (first.type !== f.type) conflicts.push(`${f.key}: ${i.code} ${f.type} vs ${first.code} ${first.type}`);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('covers both audiences and every life event', () => {
    const events = new Set(items.flatMap((i) => i.lifeEvents));
    expect(events.size).toBeGreaterThanOrEqual(20);
    expect(items.some((i) => i.audience.includes('personal'))).toBe(true);
    expect(items.some((i) => i.audience.includes('enterprise'))).toBe(true);
  });

  it('starts every item with a usage count', () => {
    expect(Object.keys(dataset.initialUsage).sort()).toEqual(items.map((i) => i.code).sort());
  });
});

describe('the seed-000 housing-fund guide (职工提取住房公积金偿还住房贷款)', () => {
  const guide = items.find((i) => i.code === HOUSING_FUND_LOAN_WITHDRAWAL_CODE) as ServiceItem;
  const materialNames = () => guide.materials.map((m) => m.name).join('\n');

  it('is in the catalog under its name, run by the housing-fund centre', () => {
    expect(guide.name).toBe('职工提取住房公积金偿还住房贷款');
    expect(guide.departmentCode).toBe('gjj');
    expect(guide.legalBasis).toContain('《住房公积金管理条例》');
  });

  it('states the condition and both amount rules', () => {
    const c = guide.conditions.join('\n');
    expect(c).toContain('取得贷款后，从次年起即可办理支取');
    expect(c).toContain('不大于当年的还款额');
    expect(c).toContain('累计提取总额不得大于实际的还款本息总额');
  });

  it('lists the materials of all three loan situations and of the spouse case', () => {
    const names = materialNames();
    for (const needle of [
      '已盖单位预留印鉴章的《杭州市住房公积金支取使用审批表》',
      '申请人的身份证原件和复印件',
      '委托书',
      '购房合同、借款合同',
      '有最近三期还款记录的还款存折',
      '第三联复印件',
      '配偶单位加盖预留印鉴',
      '结婚证',
      '配偶的身份证',
    ]) expect(names).toContain(needle);
    const conditions = guide.materials.map((m) => m.condition);
    expect(conditions).toEqual(expect.arrayContaining(['住房公积金贷款', '银行贷款第一次支取', '银行贷款第二次及以后支取', '提取配偶住房公积金的']));
  });

  it('lets the wallet satisfy the ID card and the marriage certificate', () => {
    const byKey = Object.fromEntries(guide.materials.map((m) => [m.key, m]));
    expect(byKey.id_card?.certificateKind).toBe('id_card');
    expect(byKey.marriage_certificate?.certificateKind).toBe('marriage_certificate');
  });

  it('keeps the procedure, the time limit (on the spot) and the fee (none)', () => {
    const steps = guide.procedure.map((s) => s.description).join('\n');
    expect(steps).toContain('领取');
    expect(steps).toContain('交由所在单位核实并加盖预留印鉴章');
    expect(steps).toContain('手续齐备，现场办理');
    expect(guide.promisedTimeLimitDays).toBe(0);
    expect(guide.fee).toEqual({ charged: false, standard: '不收费', basis: null });
    expect(guide.tips.join('')).toContain('提取配偶住房公积金的');
  });

  it('applies online through the dedicated withdrawal flow', () => {
    expect(guide.online).toBe(true);
    expect(guide.applyChannel).toBe('housing_fund_withdrawal');
  });
});
