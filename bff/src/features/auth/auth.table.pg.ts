// PostgreSQL twin of auth.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, index, uniqueIndex } from 'drizzle-orm/pg-core';

/** A person who has signed in at least once; identity data stays upstream, we keep what sessions need. */
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  /** The identity provider's subject (sandbox persona id or national login subject). */
  subject: text('subject').notNull(),
  kind: text('kind', { enum: ['resident', 'staff', 'operator'] }).notNull(),
  name: text('name').notNull(),
  idNumber: text('id_number').notNull(),
  phone: text('phone'),
  departmentCode: text('department_code'),
  region: text('region'),
  wechatOpenId: text('wechat_open_id'),
  createdAt: text('created_at').notNull(),
  lastLoginAt: text('last_login_at').notNull(),
}, (t) => [uniqueIndex('users_subject').on(t.subject), uniqueIndex('users_id_number').on(t.idNumber)]);

/**
 * Refresh tokens, stored as SHA-256 hashes. Each login starts a family; each refresh spends one
 * token and issues the next. Presenting a spent token means it leaked: the whole family is revoked.
 */
export const refreshTokens = pgTable('refresh_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  familyId: text('family_id').notNull(),
  userId: text('user_id').notNull().references(() => users.id),
  /** Identity acted as: `personal:<userId>` or `enterprise:<uscc>`. */
  identity: text('identity').notNull(),
  issuedAt: text('issued_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  spentAt: text('spent_at'),
  revokedAt: text('revoked_at'),
  generation: integer('generation').notNull(),
}, (t) => [index('refresh_family').on(t.familyId)]);
