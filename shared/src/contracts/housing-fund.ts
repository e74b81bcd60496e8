import { z } from 'zod';
import { defineRoute } from './route';
import { IsoDateSchema } from './common';
import { HOUSING_FUND_REFUSAL_CODES } from '../domain/housing-fund';

/*
 * Housing provident fund (公积金): the signed-in person's account, how much may be withdrawn for
 * a loan now and why not, and the withdrawal itself. Money is integer fen (分) everywhere.
 */

const Fen = z.number().int();

export const HousingFundLoanSchema = z.object({
  loanNo: z.string(),
  kind: z.enum(['commercial', 'provident', 'combined']),
  startDate: IsoDateSchema,
  principalFen: Fen,
  totalInterestFen: Fen,
  repaidTotalFen: Fen,
  repaymentsThisYearFen: Fen,
  /** First day a withdrawal for this loan is allowed (the year after the loan). */
  eligibleFrom: IsoDateSchema,
});

export const HousingFundWithdrawalSchema = z.object({
  withdrawalId: z.string(),
  date: IsoDateSchema,
  amountFen: Fen,
  loanNo: z.string(),
  reason: z.string(),
  /** Paid from the spouse's account rather than the borrower's own. */
  fromSpouse: z.boolean(),
});

export const HousingFundAccountSchema = z.object({
  /** Masked, e.g. `3301****5678`. */
  accountNo: z.string(),
  name: z.string(),
  status: z.string(),
  active: z.boolean(),
  balanceFen: Fen,
  monthlyDepositFen: Fen,
  employerName: z.string(),
  openedOn: IsoDateSchema,
  loans: z.array(HousingFundLoanSchema),
  withdrawals: z.array(HousingFundWithdrawalSchema),
});
export type HousingFundAccount = z.infer<typeof HousingFundAccountSchema>;

export const WithdrawalSourceSchema = z.enum(['self', 'spouse']);

export const HousingFundRefusalSchema = z.object({
  code: z.enum(HOUSING_FUND_REFUSAL_CODES),
  /** Numbers the explanation needs (money in fen, dates as YYYY-MM-DD). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type HousingFundRefusalView = z.infer<typeof HousingFundRefusalSchema>;

export const WithdrawalAllowanceSchema = z.object({
  loanNo: z.string(),
  source: WithdrawalSourceSchema,
  /** Masked name of the spouse whose account pays, when `source` is spouse and one is on record. */
  spouseName: z.string().nullable(),
  eligible: z.boolean(),
  maxFen: Fen,
  limitedBy: z.enum(['year_repayments', 'cumulative', 'balance']).nullable(),
  refusals: z.array(HousingFundRefusalSchema),
  breakdown: z.object({
    repaymentsThisYearFen: Fen,
    withdrawnThisYearFen: Fen,
    yearRemainingFen: Fen,
    principalAndInterestFen: Fen,
    repaidTotalFen: Fen,
    cumulativeCapFen: Fen,
    withdrawnTotalFen: Fen,
    cumulativeRemainingFen: Fen,
    balanceFen: Fen.nullable(),
    eligibleFrom: IsoDateSchema,
  }),
});
export type WithdrawalAllowanceView = z.infer<typeof WithdrawalAllowanceSchema>;

export const AllowanceQuerySchema = z.object({
  loanNo: z.string().min(1).max(40),
  source: WithdrawalSourceSchema.default('self'),
});

export const WithdrawalRequestSchema = z.strictObject({
  loanNo: z.string().min(1).max(40),
  source: WithdrawalSourceSchema,
  amountFen: z.number().int().positive().max(100_000_000_00),
});
export type WithdrawalRequest = z.infer<typeof WithdrawalRequestSchema>;

export const WithdrawalResultSchema = z.object({
  withdrawalId: z.string(),
  date: IsoDateSchema,
  amountFen: Fen,
  loanNo: z.string(),
  source: WithdrawalSourceSchema,
});
export type WithdrawalResult = z.infer<typeof WithdrawalResultSchema>;

export const housingFundRoutes = {
  account: defineRoute({
    method: 'GET', path: '/api/v1/housing-fund/account', tags: ['housing-fund'],
    summary: "The signed-in person's housing-fund account with loans and past withdrawals",
    response: HousingFundAccountSchema,
  }),
  allowance: defineRoute({
    method: 'GET', path: '/api/v1/housing-fund/allowance', tags: ['housing-fund'],
    summary: 'How much may be withdrawn for a loan now (from one\'s own or the spouse\'s account), with every reason when nothing may',
    query: AllowanceQuerySchema, response: WithdrawalAllowanceSchema,
  }),
  withdraw: defineRoute({
    method: 'POST', path: '/api/v1/housing-fund/withdrawals', tags: ['housing-fund'], status: 201,
    summary: 'Withdraw to repay a loan (Idempotency-Key); refused with 422 and the rule that forbids it',
    body: WithdrawalRequestSchema, response: WithdrawalResultSchema,
  }),
} as const;
