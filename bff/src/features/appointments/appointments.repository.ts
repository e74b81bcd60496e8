import { and, asc, desc, eq, gte, lt, lte, sql, isNull } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type SlotRow = Database['schema']['hallSlots']['$inferSelect'];
export type AppointmentRow = Database['schema']['appointments']['$inferSelect'];

/** Slots and appointments. Only this file queries `hall_slots` and `appointments`. */
export class AppointmentsRepository {
  constructor(private readonly db: Database) {}

  /** Creates the slot rows that do not exist yet (a no-op for the others). */
  async ensureSlots(rows: SlotRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.q.insert(this.db.schema.hallSlots).values(rows).onConflictDoNothing();
  }

  async slotsOf(hallId: string, itemCode: string, date: string): Promise<SlotRow[]> {
    const s = this.db.schema.hallSlots;
    return this.db.q.select().from(s).where(and(eq(s.hallId, hallId), eq(s.itemCode, itemCode), eq(s.date, date))).orderBy(asc(s.start));
  }

  async slotById(id: string): Promise<SlotRow[]> {
    const s = this.db.schema.hallSlots;
    return this.db.q.select().from(s).where(eq(s.id, id)).limit(1);
  }

  /** Takes one seat if any is left: the atomic conditional update that keeps a slot from overbooking. */
  async takeSeat(slotId: string): Promise<boolean> {
    const s = this.db.schema.hallSlots;
    const r = await this.db.q.update(s).set({ booked: sql`${s.booked} + 1` })
      .where(and(eq(s.id, slotId), lt(s.booked, s.capacity))).returning({ id: s.id });
    return r.length === 1;
  }

  async releaseSeat(slotId: string): Promise<void> {
    const s = this.db.schema.hallSlots;
    await this.db.q.update(s).set({ booked: sql`${s.booked} - 1` }).where(and(eq(s.id, slotId), sql`${s.booked} > 0`));
  }

  async insert(row: AppointmentRow): Promise<void> {
    await this.db.q.insert(this.db.schema.appointments).values(row);
  }

  async byId(id: string): Promise<AppointmentRow | undefined> {
    const a = this.db.schema.appointments;
    return (await this.db.q.select().from(a).where(eq(a.id, id)).limit(1))[0];
  }

  async listOf(userId: string): Promise<AppointmentRow[]> {
    const a = this.db.schema.appointments;
    return this.db.q.select().from(a).where(eq(a.userId, userId)).orderBy(desc(a.startsAt)).limit(100);
  }

  async noShowDates(userId: string, sinceDate: string): Promise<string[]> {
    const a = this.db.schema.appointments;
    const rows = await this.db.q.select({ date: a.date }).from(a)
      .where(and(eq(a.userId, userId), eq(a.status, 'no_show'), gte(a.date, sinceDate)));
    return rows.map((r) => r.date);
  }

  /** Moves a booking from `status` to another, only if it is still in `from` (and the owner's). */
  async setStatus(id: string, userId: string | null, from: string, to: string, at: string): Promise<AppointmentRow | undefined> {
    const a = this.db.schema.appointments;
    const where = userId ? and(eq(a.id, id), eq(a.userId, userId), eq(a.status, from)) : and(eq(a.id, id), eq(a.status, from));
    return (await this.db.q.update(a).set({ status: to, updatedAt: at }).where(where).returning())[0];
  }

  async moveToSlot(id: string, userId: string, slot: SlotRow, times: { startsAt: string; endsAt: string }, at: string): Promise<AppointmentRow | undefined> {
    const a = this.db.schema.appointments;
    return (await this.db.q.update(a).set({
      slotId: slot.id, date: slot.date, start: slot.start, end: slot.end, ...times, dayReminderAt: null, hourReminderAt: null, updatedAt: at,
    }).where(and(eq(a.id, id), eq(a.userId, userId), eq(a.status, 'booked'))).returning())[0];
  }

  /** Booked appointments starting at or before `until` whose `which` reminder is not sent yet. */
  async dueReminders(which: 'day' | 'hour', nowIso: string, untilIso: string, limit = 200): Promise<AppointmentRow[]> {
    const a = this.db.schema.appointments;
    const col = which === 'day' ? a.dayReminderAt : a.hourReminderAt;
    return this.db.q.select().from(a)
      .where(and(eq(a.status, 'booked'), isNull(col), gte(a.startsAt, nowIso), lte(a.startsAt, untilIso))).limit(limit);
  }

  /** Claims one reminder (so two sweeps never send it twice). */
  async claimReminder(id: string, which: 'day' | 'hour', at: string): Promise<boolean> {
    const a = this.db.schema.appointments;
    const col = which === 'day' ? a.dayReminderAt : a.hourReminderAt;
    const r = await this.db.q.update(a).set(which === 'day' ? { dayReminderAt: at } : { hourReminderAt: at })
      .where(and(eq(a.id, id), isNull(col), eq(a.status, 'booked'))).returning({ id: a.id });
    return r.length === 1;
  }

  /** Booked appointments whose slot ended before `nowIso` become no-shows; returns how many. */
  async markNoShows(nowIso: string): Promise<AppointmentRow[]> {
    const a = this.db.schema.appointments;
    return this.db.q.update(a).set({ status: 'no_show', updatedAt: nowIso })
      .where(and(eq(a.status, 'booked'), lt(a.endsAt, nowIso))).returning();
  }

  /** Today's booked appointment of a person at a hall. */
  async bookedAt(userId: string, hallId: string, date: string): Promise<AppointmentRow | undefined> {
    const a = this.db.schema.appointments;
    return (await this.db.q.select().from(a)
      .where(and(eq(a.userId, userId), eq(a.hallId, hallId), eq(a.date, date), eq(a.status, 'booked'))).orderBy(asc(a.startsAt)).limit(1))[0];
  }
}
