import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
 *
 * Meant to become a table (`calendar_schedules`: year integer primary key, holidays json text,
 * workdays json text, notice text, updated_at text, updated_by text — all not null) once the new
 * data layer lands; until then `FileCalendarScheduleStore` keeps it in a JSON file.
 */
export interface CalendarScheduleStore {
  load(): Promise<StoredSchedule[]>;
  save(year: number, schedule: ScheduleEntry, actor: { userId: string; at: string }): Promise<void>;
}

interface FileShape {
  version: 1;
  schedules: StoredSchedule[];
}

/**
 * A JSON file beside the database (`<dataDir>/calendar-schedules.json`), written whole to a temporary
 * file and renamed, so a crash leaves the old or the new content, never half. Saves in this process
 * are queued one after another; it is NOT safe for several BFF processes writing at once (the table is).
 */
export class FileCalendarScheduleStore implements CalendarScheduleStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  async load(): Promise<StoredSchedule[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const data = JSON.parse(text) as FileShape;
    if (data.version !== 1 || !Array.isArray(data.schedules)) throw new Error(`${this.file}: not a calendar schedule file`);
    return data.schedules;
  }

  save(year: number, schedule: ScheduleEntry, actor: { userId: string; at: string }): Promise<void> {
    const run = this.queue.then(async () => {
      const rest = (await this.load()).filter((s) => s.year !== year);
      const entry: StoredSchedule = {
        year, holidays: [...schedule.holidays].sort(), workdays: [...schedule.workdays].sort(), notice: schedule.notice,
        updatedAt: actor.at, updatedBy: actor.userId,
      };
      const data: FileShape = { version: 1, schedules: [...rest, entry].sort((a, b) => a.year - b.year) };
      await mkdir(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
      await rename(tmp, this.file);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
