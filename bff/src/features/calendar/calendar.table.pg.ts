// PostgreSQL twin of calendar.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, jsonb } from 'drizzle-orm/pg-core';

/** Each year's 节假日安排 as an operator entered it from the State Council notice; earlier versions are in the audit log. */
export const calendarSchedules = pgTable('calendar_schedules', {
  year: integer('year').primaryKey(),
  holidays: jsonb('holidays').$type<string[]>().notNull(),
  workdays: jsonb('workdays').$type<string[]>().notNull(),
  notice: text('notice').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});
