import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Queue tickets (取号) of a hall's day. `seq` counts the hall's tickets of the day (unique, so two
 * instances taking a number at once retry); the queue is ordered by `rank` (特呼, appointment,
 * normal) then `seq`. A clerk calls one with a conditional update `waiting → called`.
 */
export const tickets = sqliteTable('tickets', {
  id: text('id').primaryKey(),
  hallId: text('hall_id').notNull(),
  date: text('date').notNull(),
  seq: integer('seq').notNull(),
  number: text('number').notNull(),
  priority: text('priority').notNull(),
  rank: integer('rank').notNull(),
  userId: text('user_id').notNull(),
  appointmentId: text('appointment_id'),
  itemCode: text('item_code'),
  status: text('status').notNull(),
  windowId: text('window_id'),
  createdAt: text('created_at').notNull(),
  calledAt: text('called_at'),
  finishedAt: text('finished_at'),
}, (t) => [
  uniqueIndex('tickets_hall_day_seq').on(t.hallId, t.date, t.seq),
  uniqueIndex('tickets_appointment').on(t.appointmentId).where(sql`appointment_id IS NOT NULL`),
  uniqueIndex('tickets_one_open').on(t.userId, t.hallId, t.date).where(sql`status IN ('waiting', 'called')`),
  index('tickets_queue').on(t.hallId, t.date, t.status, t.rank, t.seq),
  index('tickets_served').on(t.hallId, t.finishedAt),
]);
