import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/** Each year's 节假日安排 as an operator entered it from the State Council notice; earlier versions are in the audit log. */
export const calendarSchedules = sqliteTable('calendar_schedules', {
  year: integer('year').primaryKey(),
  holidays: text('holidays', { mode: 'json' }).$type<string[]>().notNull(),
  workdays: text('workdays', { mode: 'json' }).$type<string[]>().notNull(),
  notice: text('notice').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});
