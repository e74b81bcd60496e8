// PostgreSQL twin of lease.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, bigint } from 'drizzle-orm/pg-core';

/** Who runs which background job until when (epoch ms): one holder per job across instances. */
export const leases = pgTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
});
