// PostgreSQL twin of catalog.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, boolean, jsonb, index } from 'drizzle-orm/pg-core';
import type { ServiceItem } from '@zsb/shared/contracts/catalog';

/** Service items (事项). The whole item, every public element, is one JSON document checked by ServiceItemSchema on write. */
export const serviceItems = pgTable('service_items', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  departmentCode: text('department_code').notNull(),
  region: text('region').notNull(),
  online: boolean('online').notNull(),
  data: jsonb('data').$type<ServiceItem>().notNull(),
  /** Withdrawn items stay for the record (old cases point at them) but are not listed. */
  published: boolean('published').notNull().default(true),
  updatedAt: text('updated_at').notNull(),
}, (t) => [index('service_items_department').on(t.departmentCode)]);

/** Usage counts behind 热门服务: the seeded start, guide views and applications. */
export const serviceUsage = pgTable('service_usage', {
  code: text('code').primaryKey(),
  seeded: integer('seeded').notNull().default(0),
  views: integer('views').notNull().default(0),
  applications: integer('applications').notNull().default(0),
});
