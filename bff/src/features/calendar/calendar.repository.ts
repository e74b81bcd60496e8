import { asc } from 'drizzle-orm';
import type { Database } from '../../platform/db';
import type { CalendarScheduleStore, ScheduleEntry, StoredSchedule } from './calendar.store';

/** Operator-entered schedules in the database every instance shares: one row per year, replaced on save. */
export class CalendarRepository implements CalendarScheduleStore {
  constructor(private readonly db: Database) {}

  async load(): Promise<StoredSchedule[]> {
    const { calendarSchedules: t } = this.db.schema;
    const rows = await this.db.q.select().from(t).orderBy(asc(t.year));
    return rows.map((r) => ({ year: r.year, holidays: r.holidays, workdays: r.workdays, notice: r.notice, updatedAt: r.updatedAt, updatedBy: r.updatedBy }));
  }

  async save(year: number, schedule: ScheduleEntry, actor: { userId: string; at: string }): Promise<void> {
    const { calendarSchedules: t } = this.db.schema;
    const row = {
      holidays: [...schedule.holidays].sort(), workdays: [...schedule.workdays].sort(), notice: schedule.notice,
      updatedAt: actor.at, updatedBy: actor.userId,
    };
    await this.db.q.insert(t).values({ year, ...row }).onConflictDoUpdate({ target: t.year, set: row });
  }
}
