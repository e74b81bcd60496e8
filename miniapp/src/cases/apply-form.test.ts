import { describe, expect, it } from 'vitest';
import type { FormField } from '@zsb/shared/contracts/catalog';
import type { Profile } from '@zsb/shared/contracts/me';
import type { CertificateSummary } from '@zsb/shared/contracts/wallet';
import { formErrors, fromFormData, initialDrafts, isLocked, newIdempotencyKey, toFormData } from './apply-form';

const fields: FormField[] = [
  { key: 'applicantName', label: '姓名', type: 'text', required: true, prefill: 'profile.name', readonlyWhenPrefilled: true },
  { key: 'applicantIdNumber', label: '身份证号', type: 'idNumber', required: true, prefill: 'profile.idNumber', readonlyWhenPrefilled: true },
  { key: 'phone', label: '电话', type: 'phone', required: true, prefill: 'profile.phone' },
  { key: 'amountFen', label: '金额', type: 'money', required: true },
  { key: 'years', label: '年限', type: 'number', required: true },
  { key: 'remark', label: '备注', type: 'textarea', required: false },
  { key: 'agree', label: '承诺', type: 'checkbox', required: true },
  { key: 'marriage', label: '结婚证', type: 'certificate', required: false, prefill: 'wallet.marriage_certificate', certificateKind: 'marriage_certificate' },
];

const profile = {
  userId: 'u1', kind: 'resident', name: '张伟', idNumber: '3301**********7476', phone: '138****5678', gender: 'male',
  region: '330106', regionName: '西湖区', departmentCode: null, identities: [],
  activeIdentity: { kind: 'personal', id: 'u1', name: '张伟', role: 'self' },
} as Profile;
const cert = (id: string, kind: string, status: CertificateSummary['status']) => ({ id, kind, status }) as CertificateSummary;

describe('the application form', () => {
  it('locks identity fields and prefills them, but never offers a masked phone as input', () => {
    expect(isLocked(fields[0]!)).toBe(true);
    expect(isLocked(fields[2]!)).toBe(false);
    const d = initialDrafts(fields, profile, [cert('m-old', 'marriage_certificate', 'revoked'), cert('m1', 'marriage_certificate', 'valid')], null);
    expect(d).toEqual({ applicantName: '张伟', applicantIdNumber: '3301**********7476', marriage: 'm1' });
  });

  it('restores a draft over the prefill, except locked fields and masked values', () => {
    const d = initialDrafts(fields, profile, [], { applicantName: '李四', phone: '13900001111', amountFen: 1250, remark: '3301**********7476', agree: true });
    expect(d).toMatchObject({ applicantName: '张伟', phone: '13900001111', amountFen: '12.5', agree: true });
    expect(d.remark).toBeUndefined();
  });

  it('submits money in fen, numbers as integers, empty optional fields as null and unchecked boxes as false', () => {
    expect(toFormData(fields, { applicantName: '张伟', phone: ' 13900001111 ', amountFen: '12.34', years: '20', remark: '' })).toEqual({
      applicantName: '张伟', phone: '13900001111', amountFen: 1234, years: 20, remark: null, agree: false, marriage: null,
    });
  });

  it('goes back and forth between form data and what is typed', () => {
    const data = { applicantName: '张伟', amountFen: 100_001, years: 3, agree: true };
    expect(toFormData(fields, fromFormData(fields, data))).toMatchObject(data);
  });

  it('places the BFF field errors on their fields', () => {
    expect(formErrors([{ path: 'body.form.phone', message: 'bad' }, { path: 'body.materials.0', message: 'x' }])).toEqual({ phone: 'bad' });
  });

  it('makes a new idempotency key per attempt', () => {
    expect(newIdempotencyKey()).toMatch(/^apply-[a-z0-9]+-[a-z0-9]{14}$/);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
