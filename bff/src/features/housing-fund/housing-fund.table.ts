import { sqliteTable, text, integer, uniqueIndex, index } from 'drizzle-orm/sqlite-core';

/**
 * Withdrawals asked for through the app. A row is written before the housing-fund system is
 * called (pending) and completed after, so a retry with the same Idempotency-Key repeats the
 * same upstream request id instead of paying twice.
 */
export const housingFundWithdrawals = sqliteTable('housing_fund_withdrawals', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  idempotencyKey: text('idempotency_key'),
  requestHash: text('request_hash').notNull(),
  /** Sent to the upstream, which is idempotent on it. */
  requestId: text('request_id').notNull(),
  loanNo: text('loan_no').notNull(),
  source: text('source', { enum: ['self', 'spouse'] }).notNull(),
  amountFen: integer('amount_fen').notNull(),
  /**
   * prepared: the confirmation page was shown; awaiting_spouse: the spouse was asked; pending: paying
   * (the upstream request id is fixed); done: paid; refused / expired: the spouse said no or did not
   * answer in time; failed: the housing-fund system refused.
   */
  status: text('status', { enum: ['prepared', 'awaiting_spouse', 'pending', 'done', 'refused', 'expired', 'failed'] }).notNull(),
  /** The case (办件) the withdrawal is, once confirmed. */
  caseId: text('case_id'),
  /** The paying account's holder (the applicant, or the spouse per the population register). */
  payerIdNumber: text('payer_id_number'),
  /** Masked facts shown on the confirmation page and to the spouse. */
  accountNo: text('account_no'),
  applicantName: text('applicant_name'),
  payerName: text('payer_name'),
  confirmExpiresAt: text('confirm_expires_at'),
  /** The spouse's deadline to accept (7 days after the request). */
  spouseExpiresAt: text('spouse_expires_at'),
  decidedAt: text('decided_at'),
  withdrawalId: text('withdrawal_id'),
  paidOn: text('paid_on'),
  createdAt: text('created_at').notNull(),
}, (t) => [
  uniqueIndex('housing_fund_withdrawals_key').on(t.userId, t.idempotencyKey),
  index('housing_fund_withdrawals_spouse').on(t.payerIdNumber, t.status),
  index('housing_fund_withdrawals_expiry').on(t.status, t.spouseExpiresAt),
]);
