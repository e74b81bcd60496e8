import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/** 在线咨询: one question about a service item, answered by the item's department. */
export const enquiries = sqliteTable('enquiries', {
  id: text('id').primaryKey(),
  /** The asker: for their list and messages only, never shown to staff or the public. */
  userId: text('user_id').notNull(),
  itemCode: text('item_code').notNull(),
  departmentCode: text('department_code').notNull(),
  region: text('region').notNull(),
  question: text('question').notNull(),
  isPublic: integer('is_public', { mode: 'boolean' }).notNull(),
  status: text('status').notNull(),
  dueDate: text('due_date').notNull(),
  answer: text('answer'),
  answeredAt: text('answered_at'),
  /** 12345 hand-over when overdue: none → pending → pushing → pushed | failed. */
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
