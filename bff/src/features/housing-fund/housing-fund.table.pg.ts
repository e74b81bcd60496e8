// PostgreSQL twin of housing-fund.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, bigint, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Withdrawals asked for through the app. A row is written before the housing-fund system is
 * called (pending) and completed after, so a retry with the same Idempotency-Key repeats the
 * same upstream request id instead of paying twice.
 */
export const housingFundWithdrawals = pgTable('housing_fund_withdrawals', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  idempotencyKey: text('idempotency_key'),
  requestHash: text('request_hash').notNull(),
  /** Sent to the upstream, which is idempotent on it. */
  requestId: text('request_id').notNull(),
  loanNo: text('loan_no').notNull(),
  source: text('source', { enum: ['self', 'spouse'] }).notNull(),
  amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  status: text('status', { enum: ['pending', 'done'] }).notNull(),
  withdrawalId: text('withdrawal_id'),
  paidOn: text('paid_on'),
  createdAt: text('created_at').notNull(),
}, (t) => [uniqueIndex('housing_fund_withdrawals_key').on(t.userId, t.idempotencyKey)]);
