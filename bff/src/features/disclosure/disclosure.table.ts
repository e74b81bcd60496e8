import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core';

/** 依申请公开: one request for government information to one department. */
export const disclosureRequests = sqliteTable('disclosure_requests', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  departmentCode: text('department_code').notNull(),
  description: text('description').notNull(),
  purpose: text('purpose'),
  format: text('format').notNull(),
  status: text('status').notNull(),
  receivedOn: text('received_on').notNull(),
  dueDate: text('due_date').notNull(),
  extensionReason: text('extension_reason'),
  extensionPreviousDueDate: text('extension_previous_due_date'),
  extendedAt: text('extended_at'),
  outcome: text('outcome'),
  legalGround: text('legal_ground'),
  answerText: text('answer_text'),
  answerFileIds: text('answer_file_ids', { mode: 'json' }).$type<string[]>(),
  answeredAt: text('answered_at'),
  createdAt: text('created_at').notNull(),
}, (t) => [
  index('disclosure_requests_user').on(t.userId, t.createdAt),
  index('disclosure_requests_department').on(t.departmentCode, t.status, t.dueDate),
]);
