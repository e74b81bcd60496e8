import { describe, expect, it } from 'vitest';
import type { FormField } from '@zsb/shared/contracts/catalog';
import type { Profile } from '@zsb/shared/contracts/me';
import type { CertificateSummary } from '@zsb/shared/contracts/wallet';
import { fieldProblem, formErrors, formProblems, fromFormData, initialDrafts, isLocked, newIdempotencyKey, toFormData } from './apply-form';

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

describe('each field says what it needs instead of 请检查这一项', () => {
  const field = (over: Partial<FormField>): FormField => ({ key: 'x', label: 'x', type: 'text', required: true, ...over });

  it('names the missing value by kind of field', () => {
    expect(fieldProblem(field({}), '  ')).toEqual({ kind: 'required' });
    expect(fieldProblem(field({ type: 'radio', options: [{ value: 'a', label: 'A' }] }), undefined)).toEqual({ kind: 'choose' });
    expect(fieldProblem(field({ type: 'checkbox' }), false)).toEqual({ kind: 'agree' });
    expect(fieldProblem(field({ type: 'certificate' }), undefined)).toEqual({ kind: 'certificate' });
    expect(fieldProblem(field({ required: false }), '')).toBeNull();
  });

  it('names the expected format, and the crossed bound in yuan for money', () => {
    expect(fieldProblem(field({ type: 'phone' }), '12345')).toEqual({ kind: 'format.phone' });
    expect(fieldProblem(field({ type: 'phone' }), '13800001111')).toBeNull();
    expect(fieldProblem(field({ type: 'idNumber' }), '33010619890512747')).toEqual({ kind: 'format.idNumber' });
    expect(fieldProblem(field({ type: 'number' }), '两年')).toEqual({ kind: 'format.number' });
    expect(fieldProblem(field({ type: 'money', min: 100, max: 5_000_000 }), '0.5')).toEqual({ kind: 'tooSmall', limit: '1' });
    expect(fieldProblem(field({ type: 'money', min: 100, max: 5_000_000 }), '60000')).toEqual({ kind: 'tooLarge', limit: '50000' });
    expect(fieldProblem(field({ maxLength: 4 }), '一二三四五')).toEqual({ kind: 'tooLong', limit: '4' });
  });

  it('skips locked identity fields, which the BFF fills itself', () => {
    expect(formProblems(fields, { applicantIdNumber: '3301**********7476', phone: '1', amountFen: '1', years: '2', agree: true })).toEqual({
      phone: { kind: 'format.phone' },
    });
  });
});
