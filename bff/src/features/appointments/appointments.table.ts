import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A bookable slot of one hall for one item on one working day. The id is derived
 * (`<hallId>.<itemCode>.<date>.<HHMM>`) so a slot row is created the first time it is listed or
 * booked; `booked` only moves with `booked < capacity` conditional updates (never overbooked).
 */
export const hallSlots = sqliteTable('hall_slots', {
  id: text('id').primaryKey(),
  hallId: text('hall_id').notNull(),
  itemCode: text('item_code').notNull(),
  date: text('date').notNull(),
  start: text('start').notNull(),
  end: text('end').notNull(),
  capacity: integer('capacity').notNull(),
  booked: integer('booked').notNull().default(0),
}, (t) => [index('hall_slots_day').on(t.hallId, t.itemCode, t.date)]);

/** A person's booking of a slot. One active (`booked`) booking per person and item, by a partial unique index. */
export const appointments = sqliteTable('appointments', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  hallId: text('hall_id').notNull(),
  itemCode: text('item_code').notNull(),
  slotId: text('slot_id').notNull(),
  date: text('date').notNull(),
  start: text('start').notNull(),
  end: text('end').notNull(),
  /** The slot's start and end as instants (reminders and the no-show sweep compare them). */
  startsAt: text('starts_at').notNull(),
  endsAt: text('ends_at').notNull(),
  status: text('status').notNull(),
  dayReminderAt: text('day_reminder_at'),
  hourReminderAt: text('hour_reminder_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [
  uniqueIndex('appointments_one_active').on(t.userId, t.itemCode).where(sql`status = 'booked'`),
  index('appointments_user').on(t.userId, t.createdAt),
  index('appointments_due').on(t.status, t.startsAt),
]);
