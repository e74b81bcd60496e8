import type { Appointment, Slot } from '@zsb/shared/contracts/appointments';
import { HALL_PAGES } from '@zsb/shared/contracts/hall-pages';
import { addCalendarDays, bookingSuspension, chinaInstant, slotTimes, type NoShowRule } from '@zsb/shared/domain/hall-queue';
import type { GeoArea } from '@zsb/shared/domain/geo';
import { chinaDate } from '@zsb/shared/domain/working-days';
import type { FastifyBaseLogger } from 'fastify';
import { newId } from '../../db/ids';
import type { AuthUser } from '../../platform/auth';
import { isUniqueViolation, type Database } from '../../platform/db';
import { AppError, conflict, notFound } from '../../platform/errors';
import { runIdempotent } from '../../platform/idempotency';
import type { Leases } from '../../platform/lease';
import type { MessagesService } from '../messages';
import { slotCapacity } from './appointments.data';
import type { AppointmentRow, AppointmentsRepository, SlotRow } from './appointments.repository';

/** A hall as appointments and tickets see it. */
export interface HallPlace {
  id: string;
  name: string;
  region: string;
  area: GeoArea;
  windows: { id: string; number: string; name: string; departmentCode: string }[];
}

export interface BookableItem {
  code: string;
  name: string;
  departmentCode: string;
  region: string;
  appointment: boolean;
}

/** The time the hall rules run on; tests move it. */
export interface HallClock {
  now(): number;
}

export interface AppointmentsDeps {
  db: Database;
  repo: AppointmentsRepository;
  halls: (hallId: string) => HallPlace | null;
  item: (code: string) => BookableItem | null;
  /** The city's region code: a city item is offered by every hall. */
  cityRegion: string;
  messages: Pick<MessagesService, 'send'>;
  leases: Leases;
  clock: HallClock;
  horizonDays: number;
  noShowRule: NoShowRule;
  /** The halls' platform: seats per slot by item and department (null: unknown hall; throws when down). */
  slotSeats?: (hallId: string) => Promise<{ byItem: Record<string, number>; byDepartment: Record<string, number> } | null>;
  log?: FastifyBaseLogger;
}

export const APPOINTMENT_SWEEP_MS = 60_000;

const slotIdOf = (hallId: string, itemCode: string, date: string, start: string) => `${hallId}.${itemCode}.${date}.${start.replace(':', '')}`;
const SLOT_ID_RE = /^(H\d{6})\.([A-Z]+-\d{4})\.(\d{4}-\d{2}-\d{2})\.(\d{2})(\d{2})$/;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * 预约: slots per hall, item and working day within the hall's hours; booking under a conditional
 * seat update; one active booking per person and item (partial unique index); change and cancel;
 * reminders and the no-show rule (a sweep under a lease).
 */
export class AppointmentsService {
  readonly clock: HallClock;

  constructor(private readonly deps: AppointmentsDeps) {
    this.clock = deps.clock;
  }

  hall(hallId: string): HallPlace {
    const hall = this.deps.halls(hallId);
    if (!hall) throw new AppError(404, 'HALL_NOT_FOUND', 'No such hall');
    return hall;
  }

  /** The item, if it can be booked at this hall (its guide offers an appointment and a window there serves its department). */
  private bookable(hall: HallPlace, itemCode: string): BookableItem {
    const item = this.deps.item(itemCode);
    if (!item || !item.appointment || (item.region !== this.deps.cityRegion && item.region !== hall.region)
      || !hall.windows.some((w) => w.departmentCode === item.departmentCode)) {
      throw new AppError(422, 'ITEM_NOT_BOOKABLE', 'This item cannot be booked at this hall', [{ path: 'query.itemCode', message: 'not bookable here' }]);
    }
    return item;
  }

  /** Seats per slot: the halls' platform's rule for the item, else for its department; the seed when unknown or down. */
  private async seatsPerSlot(hall: HallPlace, item: BookableItem): Promise<number> {
    const rules = await this.deps.slotSeats?.(hall.id).catch(() => null);
    return rules?.byItem[item.code] ?? rules?.byDepartment[item.departmentCode] ?? slotCapacity(hall.id, item.departmentCode);
  }

  private checkDate(date: string, path: string): void {
    const today = chinaDate(this.clock.now());
    if (date < today) throw new AppError(422, 'DATE_IN_PAST', 'That date has passed', [{ path, message: 'in the past' }]);
    if (date > addCalendarDays(today, this.deps.horizonDays)) {
      throw new AppError(422, 'BEYOND_BOOKING_HORIZON', `Bookings open ${this.deps.horizonDays} days ahead`, [{ path, message: 'beyond the booking horizon' }]);
    }
  }

  /** The day's slot rows (created on first sight), future ones only; `only` narrows to one start time. */
  private async daySlots(hall: HallPlace, item: BookableItem, date: string, only?: string): Promise<SlotRow[]> {
    const now = this.clock.now();
    const rows = slotTimes(date).filter((t) => chinaInstant(date, t.start) > now && (!only || t.start === only)).map((t) => ({
      id: slotIdOf(hall.id, item.code, date, t.start), hallId: hall.id, itemCode: item.code, date, start: t.start, end: t.end, capacity: 0, booked: 0,
    }));
    if (rows.length === 0) return [];
    const wanted = new Set(rows.map((r) => r.id));
    const read = async () => (only ? await this.deps.repo.slotById(rows[0]!.id) : await this.deps.repo.slotsOf(hall.id, item.code, date)).filter((r) => wanted.has(r.id));
    const existing = await read();
    if (existing.length === rows.length) return existing;
    // First sight of (some of) the day's slots: create them with the seats the hall publishes; a concurrent
    // creator's rows stay as they are.
    const capacity = await this.seatsPerSlot(hall, item);
    await this.deps.repo.ensureSlots(rows.filter((r) => !existing.some((e) => e.id === r.id)).map((r) => ({ ...r, capacity })));
    return read();
  }

  async slots(hallId: string, itemCode: string, date: string): Promise<Slot[]> {
    const hall = this.hall(hallId);
    const item = this.bookable(hall, itemCode);
    this.checkDate(date, 'query.date');
    return (await this.daySlots(hall, item, date)).map((s) => ({ id: s.id, start: s.start, end: s.end, capacity: s.capacity, remaining: Math.max(0, s.capacity - s.booked) }));
  }

  /** The slot behind an id, checked like a listing would (hall, item, date, hours, not started). */
  private async resolveSlot(slotId: string, itemCode: string): Promise<{ slot: SlotRow; hall: HallPlace; item: BookableItem }> {
    const m = SLOT_ID_RE.exec(slotId);
    const notASlot = () => new AppError(404, 'SLOT_NOT_FOUND', 'No such slot');
    if (!m) throw notASlot();
    const [, hallId, slotItem, date, hh, mm] = m;
    if (slotItem !== itemCode) throw new AppError(422, 'SLOT_ITEM_MISMATCH', 'The slot is for another item', [{ path: 'body.slotId', message: 'slot of another item' }]);
    const hall = this.deps.halls(hallId!);
    if (!hall) throw notASlot();
    const item = this.bookable(hall, itemCode);
    this.checkDate(date!, 'body.slotId');
    const [slot] = await this.daySlots(hall, item, date!, `${hh}:${mm}`);
    if (!slot) throw notASlot();
    return { slot, hall, item };
  }

  async suspension(userId: string): Promise<{ until: string; noShows: number } | null> {
    const today = chinaDate(this.clock.now());
    const dates = await this.deps.repo.noShowDates(userId, addCalendarDays(today, -this.deps.noShowRule.windowDays));
    const s = bookingSuspension(dates, today, this.deps.noShowRule);
    return s ? { until: s.until, noShows: s.count } : null;
  }

  async book(user: AuthUser, body: { slotId: string; itemCode: string }, idempotencyKey: string | undefined): Promise<{ status: number; body: Appointment }> {
    const { slot, hall, item } = await this.resolveSlot(body.slotId, body.itemCode);
    const suspended = await this.suspension(user.userId);
    if (suspended) {
      throw new AppError(409, 'BOOKING_SUSPENDED', `Booking is suspended until ${suspended.until} after ${suspended.noShows} missed appointments`);
    }
    const r = await runIdempotent(this.deps.db, { userKey: user.userId, key: idempotencyKey, route: 'appointments.book', body }, async () => {
      const at = iso(this.clock.now());
      const row: AppointmentRow = {
        id: newId(), userId: user.userId, hallId: hall.id, itemCode: item.code, slotId: slot.id, date: slot.date, start: slot.start, end: slot.end,
        ...this.instants(slot), status: 'booked', dayReminderAt: null, hourReminderAt: null, createdAt: at, updatedAt: at,
      };
      await this.deps.db.transaction(async () => {
        if (!(await this.deps.repo.takeSeat(slot.id))) throw conflict('SLOT_FULL', 'This slot is full; choose another time');
        try {
          await this.deps.repo.insert(row);
        } catch (err) {
          if (isUniqueViolation(err)) throw conflict('ALREADY_BOOKED', 'You already have a booking for this item; change or cancel it');
          throw err;
        }
      });
      return this.view(row);
    });
    return { status: r.status, body: r.body };
  }

  private instants(slot: Pick<SlotRow, 'date' | 'start' | 'end'>) {
    return { startsAt: iso(chinaInstant(slot.date, slot.start)), endsAt: iso(chinaInstant(slot.date, slot.end)) };
  }

  async list(user: AuthUser): Promise<{ items: Appointment[]; suspension: { until: string; noShows: number } | null }> {
    const [rows, suspension] = await Promise.all([this.deps.repo.listOf(user.userId), this.suspension(user.userId)]);
    return { items: rows.map((r) => this.view(r)), suspension };
  }

  private async mine(user: AuthUser, id: string): Promise<AppointmentRow> {
    const row = await this.deps.repo.byId(id);
    if (!row || row.userId !== user.userId) throw notFound('No such appointment');
    return row;
  }

  async change(user: AuthUser, id: string, slotId: string): Promise<Appointment> {
    const current = await this.mine(user, id);
    if (current.status !== 'booked') throw conflict('APPOINTMENT_NOT_ACTIVE', 'Only an active booking can be changed');
    if (current.slotId === slotId) return this.view(current);
    const { slot, hall } = await this.resolveSlot(slotId, current.itemCode);
    if (hall.id !== current.hallId) throw new AppError(422, 'SLOT_OF_ANOTHER_HALL', 'Choose a slot of the same hall', [{ path: 'body.slotId', message: 'another hall' }]);
    const moved = await this.deps.db.transaction(async () => {
      if (!(await this.deps.repo.takeSeat(slot.id))) throw conflict('SLOT_FULL', 'This slot is full; choose another time');
      const row = await this.deps.repo.moveToSlot(id, user.userId, slot, this.instants(slot), iso(this.clock.now()));
      if (!row) throw conflict('APPOINTMENT_NOT_ACTIVE', 'Only an active booking can be changed');
      await this.deps.repo.releaseSeat(current.slotId);
      return row;
    });
    return this.view(moved);
  }

  async cancel(user: AuthUser, id: string): Promise<Appointment> {
    await this.mine(user, id);
    const row = await this.deps.db.transaction(async () => {
      const r = await this.deps.repo.setStatus(id, user.userId, 'booked', 'cancelled', iso(this.clock.now()));
      if (!r) throw conflict('APPOINTMENT_NOT_ACTIVE', 'Only an active booking can be cancelled');
      await this.deps.repo.releaseSeat(r.slotId);
      return r;
    });
    return this.view(row);
  }

  /** Today's active booking of a person at a hall (what a check-in scan finds). */
  async bookedToday(userId: string, hallId: string): Promise<Appointment | null> {
    const row = await this.deps.repo.bookedAt(userId, hallId, chinaDate(this.clock.now()));
    return row ? this.view(row) : null;
  }

  /** Check-in at the hall: the person's booking for today at this hall becomes `checked_in` (once). */
  async checkIn(userId: string, appointmentId: string, hallId: string): Promise<Appointment> {
    const row = await this.deps.repo.byId(appointmentId);
    if (!row || row.userId !== userId) throw notFound('No such appointment');
    if (row.hallId !== hallId) throw new AppError(422, 'APPOINTMENT_OF_ANOTHER_HALL', 'This appointment is at another hall', [{ path: 'body.appointmentId', message: 'another hall' }]);
    if (row.date !== chinaDate(this.clock.now())) throw new AppError(422, 'APPOINTMENT_NOT_TODAY', `This appointment is on ${row.date}`, [{ path: 'body.appointmentId', message: 'not today' }]);
    const done = await this.deps.repo.setStatus(appointmentId, userId, 'booked', 'checked_in', iso(this.clock.now()));
    if (!done) throw conflict('APPOINTMENT_NOT_ACTIVE', 'This appointment is not active (cancelled, missed or already checked in)');
    return this.view(done);
  }

  view(r: AppointmentRow): Appointment {
    const hall = this.deps.halls(r.hallId);
    return {
      id: r.id, hallId: r.hallId, hallName: hall?.name ?? r.hallId, itemCode: r.itemCode, itemName: this.deps.item(r.itemCode)?.name ?? r.itemCode,
      slotId: r.slotId, date: r.date, start: r.start, end: r.end, status: r.status as Appointment['status'], createdAt: r.createdAt,
    };
  }

  /**
   * The background sweep: reminders the day before and one hour before (each claimed once, sent
   * with a dedupe key) and no-shows for bookings whose slot ended unvisited. One instance at a time.
   */
  async sweep(now = this.clock.now()): Promise<boolean> {
    return this.deps.leases.runExclusive('appointments.sweep', 2 * APPOINTMENT_SWEEP_MS, async () => {
      const at = iso(now);
      // The day before: from 08:00 China time, every booking of tomorrow (or later today) not yet reminded.
      const local = new Date(now + 8 * 3_600_000).toISOString();
      const endOfTomorrow = chinaInstant(addCalendarDays(local.slice(0, 10), 1), '23:59');
      for (const which of ['hour', 'day'] as const) {
        if (which === 'day' && local.slice(11, 16) < '08:00') continue;
        const due = await this.deps.repo.dueReminders(which, at, iso(which === 'hour' ? now + 3_600_000 : endOfTomorrow));
        for (const a of due) {
          if (!(await this.deps.repo.claimReminder(a.id, which, at))) continue;
          // Booked within the hour: the hour reminder says it all.
          if (which === 'hour') await this.deps.repo.claimReminder(a.id, 'day', at);
          const v = this.view(a);
          await this.deps.messages.send(a.userId, {
            kind: 'appointment_reminder',
            title: which === 'hour' ? '预约一小时后开始' : '明天有预约',
            body: `${v.hallName} · ${v.itemName} · ${a.date} ${a.start}—${a.end}`,
            link: `${HALL_PAGES.appointments}?id=${a.id}`,
            dedupeKey: `appointment:${a.id}:${which}:${a.startsAt}`,
            // Within the hour it cannot wait for the morning: quiet hours do not hold it.
            urgent: which === 'hour',
          });
        }
      }
      const missed = await this.deps.repo.markNoShows(at);
      for (const a of missed) this.deps.log?.info({ appointmentId: a.id }, 'appointment missed');
    });
  }
}
