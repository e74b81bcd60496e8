import { sqliteTable, text, integer, primaryKey } from 'drizzle-orm/sqlite-core';

/** Responses to writes a phone may retry, replayed when the same key comes again. */
export const idempotencyKeys = sqliteTable('idempotency_keys', {
  userKey: text('user_key').notNull(),
  key: text('key').notNull(),
  route: text('route').notNull(),
  requestHash: text('request_hash').notNull(),
  status: integer('status').notNull(),
  body: text('body', { mode: 'json' }),
  createdAt: text('created_at').notNull(),
}, (t) => [primaryKey({ columns: [t.userKey, t.key] })]);
