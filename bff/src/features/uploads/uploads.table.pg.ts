// PostgreSQL twin of uploads.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, index } from 'drizzle-orm/pg-core';

/** One row per accepted upload; the content lives on disk by hash (several rows may share it). */
export const uploads = pgTable('uploads', {
  id: text('id').primaryKey(),
  ownerUserId: text('owner_user_id').notNull(),
  sha256: text('sha256').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  /** For display only; never part of a filesystem path. */
  fileName: text('file_name').notNull(),
  createdAt: text('created_at').notNull(),
}, (t) => [index('uploads_owner').on(t.ownerUserId, t.createdAt)]);
