import { z } from 'zod';
import { defineRoute } from './route';
import { IsoDateSchema, IsoInstantSchema } from './common';
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

/** Step 1: what the person wants; answered with a confirmation page's facts (nothing moves yet). */
export const WithdrawalPrepareRequestSchema = z.strictObject({
  loanNo: z.string().min(1).max(40),
  source: WithdrawalSourceSchema,
  amountFen: z.number().int().positive().max(100_000_000_00),
});
export type WithdrawalPrepareRequest = z.infer<typeof WithdrawalPrepareRequestSchema>;

/** How long a confirmation page may be answered. */
export const WITHDRAWAL_CONFIRMATION_MINUTES = 10;
/** How long the spouse has to accept a withdrawal from their account. */
export const SPOUSE_CONFIRMATION_DAYS = 7;

export const WithdrawalConfirmationSchema = z.object({
  confirmationId: z.string(),
  loanNo: z.string(),
  source: WithdrawalSourceSchema,
  amountFen: Fen,
  /** The paying fund account (masked) and its holder (masked name). */
  account: z.object({ accountNo: z.string(), holderName: z.string() }),
  /** Where the money goes: the loan's repayment bank card (masked). */
  bank: z.object({ name: z.string(), cardNo: z.string() }),
  /** The spouse must accept in their own 掌上办 before money leaves their account. */
  needsSpouseConsent: z.boolean(),
  expiresAt: IsoInstantSchema,
});
export type WithdrawalConfirmation = z.infer<typeof WithdrawalConfirmationSchema>;

/**
 * A fresh authentication: the person signs in again (a new one-time code from the identity provider,
 * or `wx.login` in the mini-program); the code must name the signed-in person.
 */
export const FreshAuthSchema = z.strictObject({
  method: z.literal('signin'),
  code: z.string().min(6).max(200),
  channel: z.enum(['h5', 'weapp']).default('h5'),
});

/** Step 2: confirm with a fresh authentication. */
export const WithdrawalRequestSchema = z.strictObject({
  confirmationId: z.string().min(1).max(64),
  auth: FreshAuthSchema,
});
export type WithdrawalRequest = z.infer<typeof WithdrawalRequestSchema>;

export const WithdrawalResultSchema = z.object({
  /** The case (办件) the withdrawal is: listed in 我的办件, rated like any other. */
  caseId: z.string(),
  /** paid: money moved; awaiting_spouse: the spouse has been asked; refused/expired: the spouse said no or did not answer. */
  status: z.enum(['paid', 'awaiting_spouse', 'refused', 'expired']),
  withdrawalId: z.string().nullable(),
  date: IsoDateSchema.nullable(),
  amountFen: Fen,
  loanNo: z.string(),
  source: WithdrawalSourceSchema,
  spouseRequest: z.object({ id: z.string(), expiresAt: IsoInstantSchema }).nullable(),
});
export type WithdrawalResult = z.infer<typeof WithdrawalResultSchema>;

export const SpouseRequestSchema = z.object({
  id: z.string(),
  /** incoming: your spouse asks to withdraw from your account; outgoing: you asked your spouse. */
  direction: z.enum(['incoming', 'outgoing']),
  /** The other person, masked. */
  otherName: z.string(),
  amountFen: Fen,
  loanNo: z.string(),
  /** Your (incoming) or the spouse's (outgoing) paying account, masked. */
  accountNo: z.string(),
  status: z.enum(['awaiting_spouse', 'paid', 'refused', 'expired', 'failed']),
  caseId: z.string().nullable(),
  createdAt: IsoInstantSchema,
  expiresAt: IsoInstantSchema,
  decidedAt: IsoInstantSchema.nullable(),
});
export type SpouseRequest = z.infer<typeof SpouseRequestSchema>;

export const SpouseDecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), auth: FreshAuthSchema }),
  z.strictObject({ decision: z.literal('refuse') }),
]);
export type SpouseDecision = z.infer<typeof SpouseDecisionSchema>;

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
  prepare: defineRoute({
    method: 'POST', path: '/api/v1/housing-fund/withdrawals/confirmations', tags: ['housing-fund'], status: 201,
    summary: 'Step 1: checks the rules and answers the confirmation page (amount, account, bank); refused with 422 and the rule',
    body: WithdrawalPrepareRequestSchema, response: WithdrawalConfirmationSchema,
  }),
  withdraw: defineRoute({
    method: 'POST', path: '/api/v1/housing-fund/withdrawals', tags: ['housing-fund'], status: 201,
    summary: "Step 2: confirm with a fresh sign-in; answers the withdrawal's caseId (paid, or awaiting the spouse's consent); a replay answers the same",
    body: WithdrawalRequestSchema, response: WithdrawalResultSchema,
  }),
  spouseRequests: defineRoute({
    method: 'GET', path: '/api/v1/housing-fund/spouse-requests', tags: ['housing-fund'],
    summary: 'Withdrawals from your account your spouse asked for (incoming) and the ones you asked for (outgoing)',
    response: z.object({ items: z.array(SpouseRequestSchema) }),
  }),
  decideSpouseRequest: defineRoute({
    method: 'POST', path: '/api/v1/housing-fund/spouse-requests/:requestId/decision', tags: ['housing-fund'],
    summary: "Accept (with a fresh sign-in: money leaves your account) or refuse your spouse's withdrawal; someone else's request is 404",
    params: z.object({ requestId: z.string().min(1).max(64) }), body: SpouseDecisionSchema, response: SpouseRequestSchema,
  }),
} as const;
