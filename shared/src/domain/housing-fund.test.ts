import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decideWithdrawal,
  fenToYuan,
  withdrawalAllowance,
  yuanToFen,
  type WithdrawalContext,
} from './housing-fund';

const SPOUSE_ID = '330106199001011234';

/**
 * A loan granted in 2024 of 800,000.00 + 200,000.00 interest, fully repaid on paper (so the repaid
 * cap equals principal + interest unless a test lowers it), 3 × 4,000.00 repaid in 2026, nothing
 * withdrawn yet, a rich account.
 */
function ctx(over: Partial<WithdrawalContext> = {}): WithdrawalContext {
  return {
    today: '2026-06-15',
    loan: {
      loanNo: 'L1',
      startDate: '2024-03-10',
      principalFen: 80_000_000,
      totalInterestFen: 20_000_000,
      repaidTotalFen: 100_000_000,
      repaymentsThisYear: [
        { date: '2026-03-20', amountFen: 400_000 },
        { date: '2026-04-20', amountFen: 400_000 },
        { date: '2026-05-20', amountFen: 400_000 },
      ],
    },
    withdrawals: [],
    source: { kind: 'self' },
    sourceAccount: { active: true, balanceFen: 10_000_000 },
    ...over,
  };
}

describe('withdrawal allowance for loan repayment', () => {
  it('allows up to this year\'s repayments when nothing was withdrawn yet', () => {
    const a = withdrawalAllowance(ctx());
    expect(a).toMatchObject({ eligible: true, maxFen: 1_200_000, limitedBy: 'year_repayments', refusals: [] });
  });

  it('refuses a loan granted this year and names the first eligible day', () => {
    const a = withdrawalAllowance(ctx({ loan: { ...ctx().loan, startDate: '2026-01-05' } }));
    expect(a.eligible).toBe(false);
    expect(a.maxFen).toBe(0);
    expect(a.refusals).toEqual([
      { code: 'HOUSING_FUND_LOAN_STARTED_THIS_YEAR', params: { loanStartDate: '2026-01-05', eligibleFrom: '2027-01-01' } },
    ]);
  });

  it('allows a loan granted on the last day of last year from the first day of this year', () => {
    const c = ctx({ today: '2026-01-01', loan: { ...ctx().loan, startDate: '2025-12-31', repaymentsThisYear: [{ date: '2026-01-01', amountFen: 100 }] } });
    expect(withdrawalAllowance(c)).toMatchObject({ eligible: true, maxFen: 100 });
  });

  it('ignores repayments dated in another year', () => {
    const loan = { ...ctx().loan, repaymentsThisYear: [{ date: '2025-12-20', amountFen: 400_000 }, { date: '2026-01-20', amountFen: 300_000 }] };
    expect(withdrawalAllowance(ctx({ loan })).maxFen).toBe(300_000);
  });

  it('subtracts what was already withdrawn this year against the same loan only', () => {
    const withdrawals = [
      { date: '2026-02-01', amountFen: 500_000, loanNo: 'L1' },
      { date: '2025-07-01', amountFen: 900_000, loanNo: 'L1' },
      { date: '2026-02-01', amountFen: 700_000, loanNo: 'OTHER' },
    ];
    const a = withdrawalAllowance(ctx({ withdrawals }));
    expect(a.maxFen).toBe(700_000);
    expect(a.breakdown).toMatchObject({ withdrawnThisYearFen: 500_000, withdrawnTotalFen: 1_400_000 });
  });

  it('refuses when this year\'s repayments are all withdrawn already', () => {
    const a = withdrawalAllowance(ctx({ withdrawals: [{ date: '2026-06-01', amountFen: 1_200_000, loanNo: 'L1' }] }));
    expect(a.refusals.map((r) => r.code)).toEqual(['HOUSING_FUND_YEAR_LIMIT_REACHED']);
  });

  it('refuses when nothing was repaid this year', () => {
    const a = withdrawalAllowance(ctx({ loan: { ...ctx().loan, repaymentsThisYear: [] } }));
    expect(a.refusals.map((r) => r.code)).toEqual(['HOUSING_FUND_NO_REPAYMENT_THIS_YEAR']);
  });

  it('caps at principal plus interest minus everything withdrawn before', () => {
    // 1,000,000.00 yuan of principal+interest; 999,000.00 already withdrawn in earlier years.
    const withdrawals = [{ date: '2025-05-01', amountFen: 99_900_000, loanNo: 'L1' }];
    const a = withdrawalAllowance(ctx({ withdrawals }));
    expect(a).toMatchObject({ eligible: true, maxFen: 100_000, limitedBy: 'cumulative' });
  });

  it('caps at what was actually repaid so far when that is below principal plus interest', () => {
    // 100,000.00 repaid in total; 99,200.00 withdrawn before → 800.00 left (like sandbox persona r007).
    const loan = { ...ctx().loan, repaidTotalFen: 10_000_000 };
    const withdrawals = [{ date: '2025-12-20', amountFen: 9_920_000, loanNo: 'L1' }];
    const a = withdrawalAllowance(ctx({ loan, withdrawals }));
    expect(a).toMatchObject({ eligible: true, maxFen: 80_000, limitedBy: 'cumulative' });
    expect(a.breakdown).toMatchObject({ cumulativeCapFen: 10_000_000, cumulativeRemainingFen: 80_000 });
    expect(decideWithdrawal(ctx({ loan, withdrawals }), 80_000).ok).toBe(true);
    expect(decideWithdrawal(ctx({ loan, withdrawals }), 80_001).ok).toBe(false);
  });

  it('refuses once the cumulative limit is reached exactly', () => {
    const withdrawals = [{ date: '2025-05-01', amountFen: 100_000_000, loanNo: 'L1' }];
    const a = withdrawalAllowance(ctx({ withdrawals }));
    expect(a.refusals.map((r) => r.code)).toEqual(['HOUSING_FUND_CUMULATIVE_LIMIT_REACHED']);
  });

  it('caps at the balance of the account the money comes from', () => {
    const a = withdrawalAllowance(ctx({ sourceAccount: { active: true, balanceFen: 345_678 } }));
    expect(a).toMatchObject({ maxFen: 345_678, limitedBy: 'balance' });
  });

  it('refuses a frozen or closed account', () => {
    const a = withdrawalAllowance(ctx({ sourceAccount: { active: false, balanceFen: 10_000_000 } }));
    expect(a.refusals.map((r) => r.code)).toEqual(['HOUSING_FUND_ACCOUNT_INACTIVE']);
  });

  it('skips the balance rules when the paying account is not known yet', () => {
    const a = withdrawalAllowance(ctx({ sourceAccount: null, source: { kind: 'spouse', spouseIdNumber: '', marriageCertificate: null } }));
    expect(a.refusals.map((r) => r.code)).toEqual(['HOUSING_FUND_MARRIAGE_CERTIFICATE_REQUIRED']);
    expect(a.breakdown.balanceFen).toBeNull();
  });

  it('lists every reason at once', () => {
    const a = withdrawalAllowance(ctx({
      loan: { ...ctx().loan, startDate: '2026-02-01', repaymentsThisYear: [] },
      source: { kind: 'spouse', spouseIdNumber: SPOUSE_ID, marriageCertificate: null },
    }));
    expect(a.refusals.map((r) => r.code)).toEqual([
      'HOUSING_FUND_LOAN_STARTED_THIS_YEAR',
      'HOUSING_FUND_MARRIAGE_CERTIFICATE_REQUIRED',
      'HOUSING_FUND_NO_REPAYMENT_THIS_YEAR',
    ]);
  });
});

describe('withdrawing from the spouse\'s fund', () => {
  it('is allowed with a marriage certificate naming that spouse', () => {
    const source = { kind: 'spouse' as const, spouseIdNumber: SPOUSE_ID, marriageCertificate: { spouseIdNumber: SPOUSE_ID } };
    expect(withdrawalAllowance(ctx({ source })).eligible).toBe(true);
  });

  it('is refused without a marriage certificate', () => {
    const source = { kind: 'spouse' as const, spouseIdNumber: SPOUSE_ID, marriageCertificate: null };
    expect(withdrawalAllowance(ctx({ source })).refusals.map((r) => r.code)).toEqual(['HOUSING_FUND_MARRIAGE_CERTIFICATE_REQUIRED']);
  });

  it('is refused when the certificate names someone else', () => {
    const source = { kind: 'spouse' as const, spouseIdNumber: SPOUSE_ID, marriageCertificate: { spouseIdNumber: '330106199202022345' } };
    expect(withdrawalAllowance(ctx({ source })).refusals.map((r) => r.code)).toEqual(['HOUSING_FUND_SPOUSE_MISMATCH']);
  });

  it('counts withdrawals from both accounts against the same loan', () => {
    const source = { kind: 'spouse' as const, spouseIdNumber: SPOUSE_ID, marriageCertificate: { spouseIdNumber: SPOUSE_ID } };
    const withdrawals = [{ date: '2026-04-01', amountFen: 800_000, loanNo: 'L1' }];
    expect(withdrawalAllowance(ctx({ source, withdrawals })).maxFen).toBe(400_000);
  });
});

describe('deciding a requested amount', () => {
  it('accepts an amount equal to the limit', () => {
    expect(decideWithdrawal(ctx(), 1_200_000)).toMatchObject({ ok: true, amountFen: 1_200_000 });
  });

  it('refuses an amount one fen above the limit and says which rule binds', () => {
    const d = decideWithdrawal(ctx(), 1_200_001);
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.refusals).toEqual([
        { code: 'HOUSING_FUND_AMOUNT_ABOVE_LIMIT', params: { amountFen: 1_200_001, maxFen: 1_200_000, limitedBy: 'year_repayments' } },
      ]);
    }
  });

  it('accepts the cumulative remainder exactly and refuses one fen more', () => {
    const withdrawals = [{ date: '2025-05-01', amountFen: 99_900_000, loanNo: 'L1' }];
    expect(decideWithdrawal(ctx({ withdrawals }), 100_000).ok).toBe(true);
    const d = decideWithdrawal(ctx({ withdrawals }), 100_001);
    expect(!d.ok && d.refusals[0]?.params.limitedBy).toBe('cumulative');
  });

  it('refuses zero, negative and fractional amounts', () => {
    for (const amount of [0, -1, 10.5, Number.NaN]) {
      const d = decideWithdrawal(ctx(), amount);
      expect(!d.ok && d.refusals[0]?.code).toBe('HOUSING_FUND_AMOUNT_INVALID');
    }
  });

  it('refuses an ineligible request with the eligibility reasons, not the amount', () => {
    const d = decideWithdrawal(ctx({ loan: { ...ctx().loan, startDate: '2026-01-05' } }), 1);
    expect(!d.ok && d.refusals.map((r) => r.code)).toEqual(['HOUSING_FUND_LOAN_STARTED_THIS_YEAR']);
  });

  it('never allows more than any single limit, whatever the facts', () => {
    const fen = fc.integer({ min: 0, max: 50_000_000 });
    fc.assert(
      fc.property(fen, fen, fen, fen, fen, (repaid, withdrawnYear, pi, withdrawnBefore, balance) => {
        const c = ctx({
          loan: { loanNo: 'L1', startDate: '2020-01-01', principalFen: pi, totalInterestFen: 0, repaidTotalFen: pi, repaymentsThisYear: [{ date: '2026-01-10', amountFen: repaid }] },
          withdrawals: [
            { date: '2026-02-01', amountFen: withdrawnYear, loanNo: 'L1' },
            { date: '2024-02-01', amountFen: withdrawnBefore, loanNo: 'L1' },
          ],
          sourceAccount: { active: true, balanceFen: balance },
        });
        const a = withdrawalAllowance(c);
        expect(a.maxFen).toBeLessThanOrEqual(Math.max(0, repaid - withdrawnYear));
        expect(a.maxFen).toBeLessThanOrEqual(Math.max(0, pi - withdrawnYear - withdrawnBefore));
        expect(a.maxFen).toBeLessThanOrEqual(balance);
        expect(a.eligible).toBe(a.maxFen > 0);
      }),
    );
  });
});

describe('yuan and fen', () => {
  it('converts without floating-point drift', () => {
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen('1234.5')).toBe(123_450);
    expect(yuanToFen(1234.56)).toBe(123_456);
    expect(fenToYuan(123_456)).toBe('1234.56');
    expect(fenToYuan(5)).toBe('0.05');
  });

  it('rejects text that is not an amount', () => {
    expect(() => yuanToFen('12.345')).toThrow(RangeError);
    expect(() => yuanToFen('abc')).toThrow(RangeError);
  });
});
