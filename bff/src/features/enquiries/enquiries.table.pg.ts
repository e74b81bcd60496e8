// PostgreSQL twin of enquiries.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, boolean, index } from 'drizzle-orm/pg-core';

/** 在线咨询: one question about a service item, answered by the item's department. */
export const enquiries = pgTable('enquiries', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  itemCode: text('item_code').notNull(),
  departmentCode: text('department_code').notNull(),
  region: text('region').notNull(),
  question: text('question').notNull(),
  isPublic: boolean('is_public').notNull(),
  status: text('status').notNull(),
  dueDate: text('due_date').notNull(),
  answer: text('answer'),
  answeredAt: text('answered_at'),
  hotlineState: text('hotline_state').notNull(),
  hotlineTicketNo: text('hotline_ticket_no'),
  hotlineClaimedAt: text('hotline_claimed_at'),
  escalatedAt: text('escalated_at'),
  createdAt: text('created_at').notNull(),
}, (t) => [
  index('enquiries_user').on(t.userId, t.createdAt),
  index('enquiries_department').on(t.departmentCode, t.status, t.dueDate),
  index('enquiries_status_due').on(t.status, t.dueDate),
  index('enquiries_item_public').on(t.itemCode, t.isPublic, t.status),
]);
