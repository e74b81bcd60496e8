import { isWorkingDay, type IsoDate } from './working-days';

/**
 * Hall appointments and queue tickets: the pure rules (slot times on the Chinese working-day
 * calendar, the no-show rule, ticket priority, wait estimates). Times are China time (UTC+8).
 */

/** Opening sessions of a hall, `HH:MM` China time. */
export type HallSessions = readonly (readonly [open: string, close: string])[];

/** 周一至周五 9:00—12:00，13:30—17:00 (and make-up working days), closed on statutory holidays. */
export const DEFAULT_HALL_SESSIONS: HallSessions = [['09:00', '12:00'], ['13:30', '17:00']];

export interface SlotTime {
  /** `HH:MM`, China time. */
  start: string;
  end: string;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The slots of one day: whole `minutes`-long slots inside each session; none on a non-working day. */
export function slotTimes(date: IsoDate, sessions: HallSessions = DEFAULT_HALL_SESSIONS, minutes = 30): SlotTime[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isWorkingDay(date)) return [];
  const out: SlotTime[] = [];
  for (const [open, close] of sessions) {
    for (let m = toMinutes(open); m + minutes <= toMinutes(close); m += minutes) out.push({ start: toHhmm(m), end: toHhmm(m + minutes) });
  }
  return out;
}

/** The instant (ms) of `HH:MM` China time on `date`. */
export function chinaInstant(date: IsoDate, hhmm: string): number {
  return Date.parse(`${date}T${hhmm}:00+08:00`);
}

/** Whether the hall is open at `instant`: a working day and inside a session. */
export function hallOpenAt(instant: number, sessions: HallSessions = DEFAULT_HALL_SESSIONS): boolean {
  const local = new Date(instant + 8 * 3_600_000).toISOString();
  const date = local.slice(0, 10);
  if (!isWorkingDay(date)) return false;
  const m = toMinutes(local.slice(11, 16));
  return sessions.some(([o, c]) => m >= toMinutes(o) && m < toMinutes(c));
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface NoShowRule {
  /** No-shows within `windowDays` that suspend booking. */
  limit: number;
  windowDays: number;
  /** Days without booking, counted from the latest no-show. */
  suspendDays: number;
}

export const DEFAULT_NO_SHOW_RULE: NoShowRule = { limit: 3, windowDays: 90, suspendDays: 30 };

/**
 * Whether a person may book on `today` given the China dates of their no-shows: with `limit` or
 * more in the last `windowDays` days, booking is suspended until `suspendDays` after the latest one
 * (the date it ends is shown to them). `until` is the first date they may book again.
 */
export function bookingSuspension(noShowDates: readonly IsoDate[], today: IsoDate, rule: NoShowRule = DEFAULT_NO_SHOW_RULE): { until: IsoDate; count: number } | null {
  const since = addCalendarDays(today, -rule.windowDays);
  const recent = noShowDates.filter((d) => d > since && d <= today).sort();
  if (recent.length < rule.limit) return null;
  const until = addCalendarDays(recent[recent.length - 1]!, rule.suspendDays);
  return until > today ? { until, count: recent.length } : null;
}

export { TICKET_PRIORITIES, type TicketPriority } from './ticket-priority';
import type { TicketPriority } from './ticket-priority';

/**
 * 特呼 (`special`) for people of 60 or more and for cases pre-reviewed online; an appointment gets a
 * priority number; a walk-in a normal one.
 */
export function ticketPriority(p: { over60: boolean; preReviewed: boolean; appointment: boolean }): TicketPriority {
  if (p.over60 || p.preReviewed) return 'special';
  return p.appointment ? 'appointment' : 'normal';
}

/** Lower is called first. */
export const PRIORITY_RANK: Record<TicketPriority, number> = { special: 0, appointment: 1, normal: 2 };
const PREFIX: Record<TicketPriority, string> = { special: 'V', appointment: 'B', normal: 'A' };

/** The number printed on a ticket, e.g. `B007`. */
export function ticketNumber(priority: TicketPriority, seq: number): string {
  return `${PREFIX[priority]}${String(seq).padStart(3, '0')}`;
}

/**
 * Minutes until a ticket with `ahead` people before it is called: each open window serves one
 * person every `averageServiceMinutes`.
 */
export function estimateWaitMinutes(ahead: number, averageServiceMinutes: number, openWindows: number): number {
  if (ahead <= 0) return 0;
  return Math.ceil((ahead * averageServiceMinutes) / Math.max(1, openWindows));
}
