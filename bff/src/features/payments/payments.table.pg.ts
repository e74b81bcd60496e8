// PostgreSQL twin of payments.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, index, uniqueIndex } from 'drizzle-orm/pg-core';
import type { PaymentStatus } from '@zsb/shared/domain/fees';

/** One fee payment per case (统一公共支付). Amounts in fen; the id is the platform's out_trade_no. */
export const payments = pgTable('payments', {
  id: text('id').primaryKey(),
  caseId: text('case_id').notNull(),
  userId: text('user_id').notNull(),
  caseNumber: text('case_number').notNull(),
  caseTitle: text('case_title').notNull(),
  amountFen: integer('amount_fen').notNull(),
  projectCode: text('project_code').notNull(),
  projectName: text('project_name').notNull(),
  /** 收款单位: the department. */
  payee: text('payee').notNull(),
  payerName: text('payer_name').notNull(),
  status: text('status').$type<PaymentStatus>().notNull(),
  /** When the platform has the order (a lost notification is looked for only then). */
  orderedAt: text('ordered_at'),
  transactionId: text('transaction_id'),
  paidAt: text('paid_at'),
  refundNo: text('refund_no'),
  /** The platform took the refund request. */
  refundRequestedAt: text('refund_requested_at'),
  refundedAt: text('refunded_at'),
  receiptNumber: text('receipt_number'),
  receiptCheckCode: text('receipt_check_code'),
  receiptTitle: text('receipt_title'),
  receiptIssuedAt: text('receipt_issued_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [
  uniqueIndex('payments_case').on(t.caseId),
  index('payments_status').on(t.status, t.updatedAt),
  index('payments_user_receipts').on(t.userId, t.receiptIssuedAt),
]);

/** Every platform notification handled, by its id: a redelivery or replay is answered without acting twice. */
export const paymentNotifications = pgTable('payment_notifications', {
  id: text('id').primaryKey(),
  paymentId: text('payment_id').notNull(),
  eventType: text('event_type').notNull(),
  receivedAt: text('received_at').notNull(),
});
