import { describe, expect, it } from 'vitest';
import { toFundAccount } from './housing-fund.client';

describe('housing-fund mapper', () => {
  it('turns yuan into integer fen and the status into an active flag', () => {
    const a = toFundAccount({
      accountNo: '330112345678', idNumber: '330106198905120011', name: '张伟', status: 'sealed', balance: 86420.35, monthlyDeposit: 4560,
      employerName: 'x', openedOn: '2015-07-01',
      loans: [{ loanNo: 'SY1', kind: 'commercial', startDate: '2024-04-15', principal: 1200000, totalInterest: 912345.67, repaidTotal: 0.1 + 0.2,
        repaymentsThisYear: [{ date: '2026-01-01', amount: 5868.34 }] }],
      withdrawals: [{ withdrawalId: 'W1', date: '2025-11-20', amount: 17605.02, loanNo: 'SY1', reason: '偿还住房贷款', fromIdNumber: '330106198905120011' }],
    });
    expect(a.active).toBe(false);
    expect(a.balanceFen).toBe(8_642_035);
    expect(a.loans[0]).toMatchObject({ principalFen: 120_000_000, totalInterestFen: 91_234_567, repaidTotalFen: 30 });
    expect(a.loans[0]!.repaymentsThisYear[0]!.amountFen).toBe(586_834);
    expect(a.withdrawals[0]!.amountFen).toBe(1_760_502);
  });
});
