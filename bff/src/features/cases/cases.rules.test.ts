import { describe, expect, it } from 'vitest';
import type { FormSchema } from '@zsb/shared/contracts/catalog';
import { CASE_STATUSES } from '@zsb/shared/domain/case-status';
import { caseNumber, caseStepMessage, maskFormData, repeatsLastStep } from './cases.rules';

describe('case numbers', () => {
  it('joins the China date and a six-digit sequence', () => {
    expect(caseNumber('2026-03-16', 42)).toBe('ZSB20260316000042');
  });
});

describe('masking a submitted form for display', () => {
  const schema: FormSchema = {
    version: 1,
    fields: [
      { key: 'applicantName', label: '姓名', type: 'text', required: true },
      { key: 'idNumber', label: '身份证号', type: 'idNumber', required: true },
      { key: 'phone', label: '手机', type: 'phone', required: false },
      { key: 'amount', label: '金额', type: 'money', required: true },
    ],
  };

  it('masks ID numbers and phones and leaves the rest', () => {
    expect(maskFormData(schema, { applicantName: '张三', idNumber: '330102199001011234', phone: '13812345678', amount: 100 }))
      .toEqual({ applicantName: '张三', idNumber: '3301**********1234', phone: '138****5678', amount: 100 });
  });

  it('the case detail shows the bank account masked: an account-number answer keeps only its last 4 digits', () => {
    const withAccount: FormSchema = { version: 1, fields: [
      { key: 'bankAccount', label: '收款银行账号', type: 'text', required: true, maxLength: 32 },
      { key: 'bankName', label: '开户银行', type: 'text', required: true },
      { key: 'reason', label: '申请事由', type: 'textarea', required: true },
    ] };
    expect(maskFormData(withAccount, { bankAccount: '6222021234567895', bankName: '杭州银行', reason: '请致电13812345678' }))
      .toEqual({ bankAccount: '************7895', bankName: '杭州银行', reason: '请致电138****5678' });
  });

  it('leaves empty optional values as they are', () => {
    expect(maskFormData(schema, { phone: '', idNumber: null })).toEqual({ phone: '', idNumber: null });
  });
});

describe('messages to the applicant', () => {
  const base = { caseId: 'cs_abcdefghijklmnop', caseTitle: '职工提取住房公积金偿还住房贷款', number: 'ZSB20260316000042', dueDate: '2026-03-20' };

  it('has a title and a body for every status, linking to the case', () => {
    for (const to of CASE_STATUSES) {
      const m = caseStepMessage({ ...base, from: null, to, note: '材料不清晰' });
      expect(m.title).toContain(base.caseTitle);
      expect(m.body).toContain(base.number);
      expect(m.link).toBe('/cases/pages/detail/index?id=cs_abcdefghijklmnop');
    }
  });

  it('tells the applicant what to correct and why a case was refused', () => {
    expect(caseStepMessage({ ...base, from: 'pre_review', to: 'correction_required', note: '请上传清晰的借款合同' }).body)
      .toContain('请上传清晰的借款合同');
    expect(caseStepMessage({ ...base, from: 'pre_review', to: 'rejected', note: '贷款不在本市' }).body).toContain('理由：贷款不在本市');
  });

  it('says 已办结 when completed and tells a resubmission from a first submission', () => {
    expect(caseStepMessage({ ...base, from: 'processing', to: 'completed', note: null }).title).toBe('已办结：职工提取住房公积金偿还住房贷款');
    expect(caseStepMessage({ ...base, from: 'correction_required', to: 'submitted', note: null }).body).toContain('补正材料已提交');
    expect(caseStepMessage({ ...base, from: null, to: 'submitted', note: null }).body).toContain('承诺办结日期：2026-03-20');
  });

  it('defect 12: says a promised date is provisional while its year’s holiday schedule is not published', () => {
    expect(caseStepMessage({ ...base, from: null, to: 'submitted', note: null }).body).toContain('承诺办结日期：2026-03-20。');
    expect(caseStepMessage({ ...base, dueDate: '2027-01-04', from: null, to: 'submitted', note: null }).body)
      .toContain('承诺办结日期：2027-01-04（暂定，以当年节假日安排为准）。');
  });
});

describe('a clerk\'s double tap (defect 13c)', () => {
  const last = { fromStatus: 'submitted' as const, toStatus: 'pre_review' as const, actorRole: 'staff', actorUserId: 'u-clerk', note: null };
  const request = { clerkUserId: 'u-clerk', to: 'pre_review' as const, note: null, expectedStatus: 'submitted' as const };

  it('repeats the last step when the same clerk asks for the same move from the status they saw', () => {
    expect(repeatsLastStep('pre_review', last, request)).toBe(true);
    expect(repeatsLastStep('pre_review', last, { ...request, expectedStatus: undefined })).toBe(true);
  });

  it('is a conflict when another clerk, another target, another note or another starting status is involved', () => {
    expect(repeatsLastStep('pre_review', last, { ...request, clerkUserId: 'u-other' })).toBe(false);
    expect(repeatsLastStep('pre_review', last, { ...request, note: '请补充' })).toBe(false);
    expect(repeatsLastStep('pre_review', last, { ...request, expectedStatus: 'accepted' })).toBe(false);
    expect(repeatsLastStep('accepted', { ...last, fromStatus: 'pre_review', toStatus: 'accepted' }, { ...request, to: 'accepted' })).toBe(false);
    expect(repeatsLastStep('pre_review', { ...last, actorRole: 'applicant' }, request)).toBe(false);
    expect(repeatsLastStep('accepted', last, request)).toBe(false);
    expect(repeatsLastStep('pre_review', undefined, request)).toBe(false);
  });
});
