// PostgreSQL twin of presentation.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, boolean, jsonb, index } from 'drizzle-orm/pg-core';

/**
 * Ed25519 keys that sign 亮证码 tokens. Generated at first start and kept here so every BFF
 * process signs with the same key and tokens keep verifying across restarts.
 */
export const presentationKeys = pgTable('presentation_keys', {
  kid: text('kid').primaryKey(),
  /** PKCS#8 PEM. A deployment that needs more would keep it in an HSM or KMS instead. */
  privateKeyPem: text('private_key_pem').notNull(),
  createdAt: text('created_at').notNull(),
});

/** Every 亮证码 issued; the id is the token's nonce (`jti`), spent by its first verification. */
export const presentations = pgTable('presentations', {
  id: text('id').primaryKey(),
  holderUserId: text('holder_user_id').notNull(),
  /** Audit subject of the holder: user id, or USCC for an enterprise. */
  subject: text('subject').notNull(),
  certificateId: text('certificate_id').notNull(),
  certificateKind: text('certificate_kind').notNull(),
  fields: jsonb('fields').$type<string[]>().notNull(),
  claims: jsonb('claims').$type<string[]>().notNull(),
  purpose: text('purpose').notNull(),
  multiUse: boolean('multi_use').notNull(),
  issuedAt: text('issued_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  useCount: integer('use_count').notNull().default(0),
  lastUsedAt: text('last_used_at'),
}, (t) => [index('presentations_holder_issued').on(t.holderUserId, t.issuedAt)]);
