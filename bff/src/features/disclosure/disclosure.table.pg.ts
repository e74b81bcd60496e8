// PostgreSQL twin of disclosure.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, jsonb, index } from 'drizzle-orm/pg-core';

export const disclosureRequests = pgTable('disclosure_requests', {
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
  answerFileIds: jsonb('answer_file_ids').$type<string[]>(),
  answeredAt: text('answered_at'),
  createdAt: text('created_at').notNull(),
}, (t) => [
  index('disclosure_requests_user').on(t.userId, t.createdAt),
  index('disclosure_requests_department').on(t.departmentCode, t.status, t.dueDate),
]);
