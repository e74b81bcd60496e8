import type { IsoDate } from './working-days';

/**
 * Housing provident fund withdrawal for loan repayment (职工提取住房公积金偿还住房贷款), as the
 * service guide in seed 000 states it:
 * - eligible from the year after the loan was granted (从次年起即可办理支取);
 * - the amount withdrawn in a year is at most that year's repayments (不大于当年的还款额);
 * - all withdrawals against the loan together are at most the principal and interest actually
 *   repaid so far (累计提取总额不得大于实际的还款本息总额), and never more than the loan's whole
 *   principal plus interest;
 * - withdrawing from the spouse's fund needs the marriage certificate (结婚证) naming that spouse.
 * Money is integer fen throughout, so "one fen above the limit" is exact.
 */

export const HOUSING_FUND_REFUSAL_CODES = [
  'HOUSING_FUND_ACCOUNT_INACTIVE',
  'HOUSING_FUND_LOAN_STARTED_THIS_YEAR',
  'HOUSING_FUND_NO_REPAYMENT_THIS_YEAR',
  'HOUSING_FUND_YEAR_LIMIT_REACHED',
  'HOUSING_FUND_CUMULATIVE_LIMIT_REACHED',
  'HOUSING_FUND_INSUFFICIENT_BALANCE',
  'HOUSING_FUND_MARRIAGE_CERTIFICATE_REQUIRED',
  'HOUSING_FUND_SPOUSE_MISMATCH',
  'HOUSING_FUND_AMOUNT_INVALID',
  'HOUSING_FUND_AMOUNT_ABOVE_LIMIT',
] as const;
export type HousingFundRefusalCode = (typeof HOUSING_FUND_REFUSAL_CODES)[number];

/** Why a withdrawal is refused, with the numbers the explanation needs (money in fen). */
export interface HousingFundRefusal {
  code: HousingFundRefusalCode;
  params: Record<string, string | number>;
}

export interface LoanFacts {
  loanNo: string;
  /** Date the loan was granted. */
  startDate: IsoDate;
  principalFen: number;
  totalInterestFen: number;
  /** Principal and interest actually repaid so far (实际的还款本息总额). */
  repaidTotalFen: number;
  /** Repayments made in the current calendar year. */
  repaymentsThisYear: { date: IsoDate; amountFen: number }[];
}

export interface PastWithdrawal {
  date: IsoDate;
  amountFen: number;
  loanNo: string;
}

/** Whose fund the money comes from. For the spouse, the applicant's marriage certificate (or null). */
export type WithdrawalSource =
  | { kind: 'self' }
  | {
      kind: 'spouse';
      spouseIdNumber: string;
      marriageCertificate: { spouseIdNumber: string } | null;
    };

export interface WithdrawalContext {
  /** Today in China time. */
  today: IsoDate;
  loan: LoanFacts;
  /** Every earlier withdrawal against any loan, from every account (those for other loans are ignored). */
  withdrawals: PastWithdrawal[];
  source: WithdrawalSource;
  /** The account the money comes from; null when it cannot be known yet (no spouse on record). */
  sourceAccount: { active: boolean; balanceFen: number } | null;
}

/** Which rule sets the maximum. */
export type AllowanceLimit = 'year_repayments' | 'cumulative' | 'balance';

export interface WithdrawalAllowance {
  eligible: boolean;
  /** The most that may be withdrawn now (0 when not eligible). */
  maxFen: number;
  limitedBy: AllowanceLimit | null;
  refusals: HousingFundRefusal[];
  breakdown: {
    repaymentsThisYearFen: number;
    withdrawnThisYearFen: number;
    /** This year's repayments not yet withdrawn. */
    yearRemainingFen: number;
    principalAndInterestFen: number;
    repaidTotalFen: number;
    /** The cumulative cap: repaid so far, at most principal + interest. */
    cumulativeCapFen: number;
    withdrawnTotalFen: number;
    /** Cap not yet withdrawn. */
    cumulativeRemainingFen: number;
    /** Balance of the account the money comes from (null when unknown). */
    balanceFen: number | null;
    /** First day withdrawals are allowed for this loan. */
    eligibleFrom: IsoDate;
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const yearOf = (d: IsoDate) => d.slice(0, 4);

function assertFen(name: string, v: number): void {
  if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer number of fen`);
}

/**
 * How much may be withdrawn against `ctx.loan` today, and every reason when nothing may.
 * Refusals are cumulative (the user sees all of them at once, not one per attempt).
 */
export function withdrawalAllowance(ctx: WithdrawalContext): WithdrawalAllowance {
  const { loan, today } = ctx;
  assertFen('principalFen', loan.principalFen);
  assertFen('totalInterestFen', loan.totalInterestFen);
  assertFen('repaidTotalFen', loan.repaidTotalFen);
  if (ctx.sourceAccount) assertFen('balanceFen', ctx.sourceAccount.balanceFen);
  const year = yearOf(today);
  const repaymentsThisYearFen = sum(loan.repaymentsThisYear.filter((r) => yearOf(r.date) === year).map((r) => r.amountFen));
  const forLoan = ctx.withdrawals.filter((w) => w.loanNo === loan.loanNo);
  const withdrawnThisYearFen = sum(forLoan.filter((w) => yearOf(w.date) === year).map((w) => w.amountFen));
  const withdrawnTotalFen = sum(forLoan.map((w) => w.amountFen));
  const principalAndInterestFen = loan.principalFen + loan.totalInterestFen;
  const cumulativeCapFen = Math.min(principalAndInterestFen, loan.repaidTotalFen);
  const yearRemainingFen = Math.max(0, repaymentsThisYearFen - withdrawnThisYearFen);
  const cumulativeRemainingFen = Math.max(0, cumulativeCapFen - withdrawnTotalFen);
  const balanceFen = ctx.sourceAccount?.balanceFen ?? null;
  const eligibleFrom = `${Number(yearOf(loan.startDate)) + 1}-01-01`;

  const refusals: HousingFundRefusal[] = [];
  if (ctx.sourceAccount && !ctx.sourceAccount.active) refusals.push({ code: 'HOUSING_FUND_ACCOUNT_INACTIVE', params: {} });
  if (today < eligibleFrom) {
    refusals.push({ code: 'HOUSING_FUND_LOAN_STARTED_THIS_YEAR', params: { loanStartDate: loan.startDate, eligibleFrom } });
  }
  if (ctx.source.kind === 'spouse') {
    const cert = ctx.source.marriageCertificate;
    if (!cert) refusals.push({ code: 'HOUSING_FUND_MARRIAGE_CERTIFICATE_REQUIRED', params: {} });
    else if (cert.spouseIdNumber !== ctx.source.spouseIdNumber) {
      refusals.push({ code: 'HOUSING_FUND_SPOUSE_MISMATCH', params: {} });
    }
  }
  if (repaymentsThisYearFen === 0) refusals.push({ code: 'HOUSING_FUND_NO_REPAYMENT_THIS_YEAR', params: {} });
  else if (yearRemainingFen === 0) {
    refusals.push({ code: 'HOUSING_FUND_YEAR_LIMIT_REACHED', params: { repaymentsThisYearFen, withdrawnThisYearFen } });
  }
  if (cumulativeRemainingFen === 0) {
    refusals.push({ code: 'HOUSING_FUND_CUMULATIVE_LIMIT_REACHED', params: { cumulativeCapFen, withdrawnTotalFen } });
  }
  if (ctx.sourceAccount && balanceFen === 0) refusals.push({ code: 'HOUSING_FUND_INSUFFICIENT_BALANCE', params: { balanceFen } });

  const limits: [AllowanceLimit, number][] = [
    ['year_repayments', yearRemainingFen],
    ['cumulative', cumulativeRemainingFen],
    ...(balanceFen === null ? [] : [['balance', balanceFen] as [AllowanceLimit, number]]),
  ];
  // The smallest limit binds; on a tie the earlier rule in the guide is named.
  const [limitedBy, limitFen] = limits.reduce((a, b) => (b[1] < a[1] ? b : a));
  const eligible = refusals.length === 0;
  return {
    eligible,
    maxFen: eligible ? limitFen : 0,
    limitedBy: eligible ? limitedBy : null,
    refusals,
    breakdown: {
      repaymentsThisYearFen,
      withdrawnThisYearFen,
      yearRemainingFen,
      principalAndInterestFen,
      repaidTotalFen: loan.repaidTotalFen,
      cumulativeCapFen,
      withdrawnTotalFen,
      cumulativeRemainingFen,
      balanceFen,
      eligibleFrom,
    },
  };
}

export type WithdrawalDecision =
  | { ok: true; amountFen: number; allowance: WithdrawalAllowance }
  | { ok: false; refusals: HousingFundRefusal[]; allowance: WithdrawalAllowance };

/** Decides one requested amount: allowed when eligible and `0 < amountFen ≤ maxFen`. */
export function decideWithdrawal(ctx: WithdrawalContext, amountFen: number): WithdrawalDecision {
  const allowance = withdrawalAllowance(ctx);
  if (!allowance.eligible) return { ok: false, refusals: allowance.refusals, allowance };
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) {
    return { ok: false, refusals: [{ code: 'HOUSING_FUND_AMOUNT_INVALID', params: {} }], allowance };
  }
  if (amountFen > allowance.maxFen) {
    const params = { amountFen, maxFen: allowance.maxFen, limitedBy: allowance.limitedBy ?? '' };
    return { ok: false, refusals: [{ code: 'HOUSING_FUND_AMOUNT_ABOVE_LIMIT', params }], allowance };
  }
  return { ok: true, amountFen, allowance };
}

/** Yuan with up to two decimals (as upstreams send it) → integer fen, without float drift. */
export function yuanToFen(yuan: number | string): number {
  const s = typeof yuan === 'number' ? yuan.toFixed(2) : yuan.trim();
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new RangeError(`not an amount of yuan: ${String(yuan)}`);
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** Integer fen → yuan string with two decimals, e.g. 123456 → "1234.56". */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
