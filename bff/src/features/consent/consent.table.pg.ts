// PostgreSQL twin of consent.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, jsonb, index } from 'drizzle-orm/pg-core';

/** 授权用证: a holder's grant to one relying party to read chosen fields of one certificate. */
export const consents = pgTable('consents', {
  id: text('id').primaryKey(),
  /** The holder: user id, or USCC when granted for an enterprise. */
  subject: text('subject').notNull(),
  grantedByUserId: text('granted_by_user_id').notNull(),
  certificateId: text('certificate_id').notNull(),
  certificateKind: text('certificate_kind').notNull(),
  relyingPartyId: text('relying_party_id').notNull(),
  fields: jsonb('fields').$type<string[]>().notNull(),
  purpose: text('purpose').notNull(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  revokedAt: text('revoked_at'),
  useCount: integer('use_count').notNull().default(0),
  lastUsedAt: text('last_used_at'),
}, (t) => [index('consents_subject_created').on(t.subject, t.createdAt)]);
