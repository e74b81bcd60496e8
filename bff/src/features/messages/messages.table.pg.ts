// PostgreSQL twin of messages.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';

/** The message center: one row per message to one user. */
export const messages = pgTable('messages', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  link: text('link'),
  /** Makes a send idempotent: the same event never produces two messages (e.g. after a restart). */
  dedupeKey: text('dedupe_key'),
  read: boolean('read').notNull().default(false),
  createdAt: text('created_at').notNull(),
}, (t) => [index('messages_user_created').on(t.userId, t.createdAt), uniqueIndex('messages_dedupe').on(t.dedupeKey)]);
