import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@zsb/shared/domain/id-number';
import { AppError } from '../../platform/errors';
import { assertPresentable, selectDisclosure } from './presentation.disclosure';

const idNumber = (birth: string) => {
  const first17 = `330106${birth.replaceAll('-', '')}123`;
  return first17 + idNumberCheckChar(first17);
};
const idCard = (birth: string) => ({
  kind: 'id_card',
  fields: { name: '陈思远', gender: '男', ethnicity: '汉', birthDate: birth, address: '浙江省杭州市上城区解放路1号', idNumber: idNumber(birth) },
});
const businessLicence = { kind: 'business_licence', fields: { uscc: '91330106MA2B000000', name: '杭州云栖数智科技有限公司', legalRepresentative: '张伟', registeredCapital: null } };
const TODAY = '2026-06-01';

const refusal = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('choosing what a presentation discloses', () => {
  it('discloses every non-empty field when neither fields nor claims are chosen', () => {
    const d = selectDisclosure(businessLicence, {}, TODAY);
    expect(d.fields.map((f) => f.key)).toEqual(['uscc', 'name', 'legalRepresentative']);
    expect(d.fields[0]).toEqual({ key: 'uscc', label: '统一社会信用代码', value: '91330106MA2B000000' });
    expect(d.claims).toEqual([]);
  });

  it('discloses only the chosen fields, in the certificate order', () => {
    const d = selectDisclosure(idCard('1990-01-01'), { fields: ['idNumber', 'name'] }, TODAY);
    expect(d.fields.map((f) => f.key)).toEqual(['name', 'idNumber']);
  });

  it('discloses only a claim, and no field at all, for 年满18周岁 of an adult', () => {
    expect(selectDisclosure(idCard('1990-01-01'), { claims: ['age_over_18'] }, TODAY)).toEqual({ fields: [], claims: ['age_over_18'], facts: [] });
  });

  it('refuses 年满18周岁 to a 17-year-old with CLAIM_NOT_SATISFIED', () => {
    const e = refusal(() => selectDisclosure(idCard('2008-12-01'), { claims: ['age_over_18'] }, TODAY));
    expect(e.status).toBe(422);
    expect(e.code).toBe('CLAIM_NOT_SATISFIED');
    expect(e.errors).toEqual([{ path: 'body.claims.0', message: '年满18周岁 holds from 2026-12-02' }]);
  });

  it('refuses an age claim from a certificate without a birth date', () => {
    const e = refusal(() => selectDisclosure(businessLicence, { claims: ['age_over_60'] }, TODAY));
    expect(e.code).toBe('CLAIM_NOT_PROVABLE');
  });

  it('refuses a field the certificate does not have, naming its position', () => {
    const e = refusal(() => selectDisclosure(idCard('1990-01-01'), { fields: ['name', 'bloodType'] }, TODAY));
    expect(e.status).toBe(422);
    expect(e.code).toBe('FIELD_NOT_ON_CERTIFICATE');
    expect(e.errors).toEqual([{ path: 'body.fields.1', message: 'no field bloodType on this certificate' }]);
  });

  it('refuses an empty field as if it were absent', () => {
    expect(refusal(() => selectDisclosure(businessLicence, { fields: ['registeredCapital'] }, TODAY)).code).toBe('FIELD_NOT_ON_CERTIFICATE');
  });
});

describe('which certificates can be shown', () => {
  it('shows a certificate in force, including one about to expire', () => {
    expect(() => assertPresentable({ status: 'active', validUntil: '2026-06-08' }, TODAY)).not.toThrow();
    expect(() => assertPresentable({ status: 'active', validUntil: null }, TODAY)).not.toThrow();
  });

  it('refuses a revoked or expired certificate with 409', () => {
    expect(refusal(() => assertPresentable({ status: 'revoked', validUntil: null }, TODAY))).toMatchObject({ status: 409, code: 'CERTIFICATE_NOT_PRESENTABLE' });
    expect(refusal(() => assertPresentable({ status: 'active', validUntil: '2026-05-31' }, TODAY)).code).toBe('CERTIFICATE_NOT_PRESENTABLE');
  });
});
