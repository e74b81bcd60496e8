// PostgreSQL twin of audit.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, jsonb, index } from 'drizzle-orm/pg-core';

/** Every read of certificate data: who read whose certificate, which fields, why, through which channel, with what result. */
export const auditEvents = pgTable('audit_events', {
  id: text('id').primaryKey(),
  at: text('at').notNull(),
  /** `user:<id>`, `relying:<clientId>`, `checker:<userId>`, `anonymous`, `system`. */
  actor: text('actor').notNull(),
  /** The holder: user id for people, USCC for enterprises. */
  subject: text('subject'),
  certificateId: text('certificate_id'),
  /** What was done, e.g. `certificate.view`, `certificate.reveal`, `presentation.issue`, `verification`. */
  action: text('action').notNull(),
  fields: jsonb('fields').$type<string[]>(),
  purpose: text('purpose'),
  channel: text('channel'),
  result: text('result').notNull(),
  detail: jsonb('detail').$type<Record<string, unknown>>(),
}, (t) => [index('audit_subject_at').on(t.subject, t.at), index('audit_certificate').on(t.certificateId)]);
