// PostgreSQL twin of pc-login.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, index } from 'drizzle-orm/pg-core';

/**
 * PC sign-in by scan: `pending` → `confirmed` (the resident, by scan) → `signed_in` (the PC page
 * collects the session once). Each step is a conditional update, so a code works once.
 */
export const pcLoginSessions = pgTable('pc_login_sessions', {
  id: text('id').primaryKey(),
  /** SHA-256 of the secret the PC page polls with. */
  pollTokenHash: text('poll_token_hash').notNull(),
  site: text('site').notNull(),
  device: text('device').notNull(),
  status: text('status').notNull(),
  userId: text('user_id'),
  expiresAt: text('expires_at').notNull(),
  createdAt: text('created_at').notNull(),
  confirmedAt: text('confirmed_at'),
}, (t) => [index('pc_login_sessions_expires').on(t.expiresAt)]);
