import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core';

/** Every read of certificate data: who read whose certificate, which fields, why, through which channel, with what result. */
export const auditEvents = sqliteTable('audit_events', {
  id: text('id').primaryKey(),
  at: text('at').notNull(),
  /** `user:<id>`, `relying:<clientId>`, `checker:<userId>`, `anonymous`, `system`. */
  actor: text('actor').notNull(),
  /** The holder: user id for people, USCC for enterprises. */
  subject: text('subject'),
  certificateId: text('certificate_id'),
  /** What was done, e.g. `certificate.view`, `certificate.reveal`, `presentation.issue`, `verification`. */
  action: text('action').notNull(),
  fields: text('fields', { mode: 'json' }).$type<string[]>(),
  purpose: text('purpose'),
  channel: text('channel'),
  result: text('result').notNull(),
  detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
}, (t) => [index('audit_subject_at').on(t.subject, t.at), index('audit_certificate').on(t.certificateId)]);
