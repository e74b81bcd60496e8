// PostgreSQL twin of idempotency.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, jsonb, primaryKey } from 'drizzle-orm/pg-core';

/** Responses to writes a phone may retry, replayed when the same key comes again. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  userKey: text('user_key').notNull(),
  key: text('key').notNull(),
  route: text('route').notNull(),
  requestHash: text('request_hash').notNull(),
  status: integer('status').notNull(),
  body: jsonb('body'),
  createdAt: text('created_at').notNull(),
}, (t) => [primaryKey({ columns: [t.userKey, t.key] })]);
