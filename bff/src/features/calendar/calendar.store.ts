import type { PublishedSchedule } from '@zsb/shared/domain/working-days';

/** A schedule an operator entered, with where it comes from and who entered it when. */
export interface StoredSchedule extends PublishedSchedule {
  /** The State Council notice it was taken from. */
  notice: string;
  /** ISO instant of the last save. */
  updatedAt: string;
  /** User id of the operator who saved it. */
  updatedBy: string;
}

export interface ScheduleEntry {
  holidays: readonly string[];
  workdays: readonly string[];
  notice: string;
}

/**
 * Where operator-entered schedules live: one current schedule per year, replaced on each save
 * (earlier versions stay in the audit log). Every BFF instance must see the same store.
 * `CalendarRepository` keeps it in the `calendar_schedules` table.
 */
export interface CalendarScheduleStore {
  load(): Promise<StoredSchedule[]>;
  save(year: number, schedule: ScheduleEntry, actor: { userId: string; at: string }): Promise<void>;
}
