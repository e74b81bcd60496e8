// PostgreSQL twin of work-orders.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';

/** Rectification work orders (差评工单), one per real-name bad rating. */
export const workOrders = pgTable('work_orders', {
  id: text('id').primaryKey(),
  ratingId: text('rating_id').notNull(),
  /** Who gave the rating: for their messages and verdict only, never shown to the unit. */
  raterUserId: text('rater_user_id').notNull(),
  departmentCode: text('department_code').notNull(),
  region: text('region').notNull(),
  itemCode: text('item_code').notNull(),
  windowId: text('window_id'),
  hallId: text('hall_id'),
  /** The complaint as rated (kept current while the rater may still edit it). */
  complaint: jsonb('complaint').$type<{
    overall: number; indicators: Record<string, number>; comment: string | null; tags: string[]; channel: string; createdAt: string;
  }>().notNull(),
  round: integer('round').notNull(),
  status: text('status').notNull(),
  dueDate: text('due_date').notNull(),
  hotlineState: text('hotline_state').notNull(),
  hotlineTicketNo: text('hotline_ticket_no'),
  hotlineNote: text('hotline_note'),
  hotlineAttempts: integer('hotline_attempts').notNull().default(0),
  callbackContactedAt: text('callback_contacted_at'),
  callbackMethod: text('callback_method'),
  callbackSummary: text('callback_summary'),
  callbackRecordedAt: text('callback_recorded_at'),
  rectificationNote: text('rectification_note'),
  rectificationPublicNote: text('rectification_public_note'),
  rectificationSource: text('rectification_source'),
  rectificationRecordedAt: text('rectification_recorded_at'),
  verdict: text('verdict'),
  verdictComment: text('verdict_comment'),
  verdictAt: text('verdict_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  closedAt: text('closed_at'),
}, (t) => [
  uniqueIndex('work_orders_rating').on(t.ratingId),
  uniqueIndex('work_orders_ticket').on(t.hotlineTicketNo),
  index('work_orders_department').on(t.departmentCode, t.status, t.dueDate),
  index('work_orders_status_due').on(t.status, t.dueDate),
  index('work_orders_rater').on(t.raterUserId, t.createdAt),
  index('work_orders_hotline').on(t.hotlineState),
]);

/** What happened to a work order, in order; `actor` is `staff:<dept>`, `rater`, `hotline` or `system` — never a rater's id. */
export const workOrderEvents = pgTable('work_order_events', {
  id: text('id').primaryKey(),
  workOrderId: text('work_order_id').notNull(),
  at: text('at').notNull(),
  round: integer('round').notNull(),
  action: text('action').notNull(),
  note: text('note'),
  actor: text('actor').notNull(),
}, (t) => [index('work_order_events_order').on(t.workOrderId, t.at)]);

/** Hotline webhook deliveries already applied: a repeat of the same (ticket, event, time) changes nothing. */
export const hotlineDeliveries = pgTable('hotline_deliveries', {
  ticketNo: text('ticket_no').notNull(),
  event: text('event').notNull(),
  at: text('at').notNull(),
  receivedAt: text('received_at').notNull(),
  result: text('result').notNull(),
}, (t) => [uniqueIndex('hotline_deliveries_key').on(t.ticketNo, t.event, t.at)]);
