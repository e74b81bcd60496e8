import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/** Who runs which background job until when (epoch ms): one holder per job across instances. */
export const leases = sqliteTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: integer('expires_at').notNull(),
});
