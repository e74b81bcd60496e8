import QRCode from 'qrcode';
import type { CheckinLocation, Ticket } from '@zsb/shared/contracts/tickets';
import { HALL_PAGES } from '@zsb/shared/contracts/hall-pages';
import { checkArea, MAX_LOCATION_ACCURACY_M } from '@zsb/shared/domain/geo';
import { RATE_PAGE_PATH } from '@zsb/shared/contracts/ratings';
import { birthDateFromFields, holdsClaim } from '@zsb/shared/domain/claims';
import { estimateWaitMinutes, PRIORITY_RANK, ticketNumber, ticketPriority, hallOpenAt, type TicketPriority } from '@zsb/shared/domain/hall-queue';
import { chinaDate } from '@zsb/shared/domain/working-days';
import { newId } from '../../db/ids';
import type { AuthUser } from '../../platform/auth';
import { isUniqueViolation } from '../../platform/db';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors';
import type { CodeSigner } from '../../platform/signed-codes';
import type { AppointmentsService, HallPlace } from '../appointments';
import type { MessagesService } from '../messages';
import type { TicketRow, TicketsRepository } from './tickets.repository';

/** Minutes a window takes per person when the hall has no recent service times yet (seed). */
export const DEFAULT_SERVICE_MINUTES = 8;

/** What tickets need of the wallet: whether the person holds 年满60周岁 today (derived, never asked). */
export type AgeClaim = (user: AuthUser, today: string) => Promise<boolean>;

export interface TicketsDeps {
  repo: TicketsRepository;
  appointments: Pick<AppointmentsService, 'hall' | 'checkIn' | 'clock'>;
  over60: AgeClaim;
  /** Whether the person's application for this item was pre-reviewed and accepted online (they come only to hand in originals). */
  preReviewed: (user: AuthUser, itemCode: string) => Promise<boolean>;
  messages: Pick<MessagesService, 'send'>;
  signer: CodeSigner;
  /** The halls' platform: minutes each window took per person recently (null: unknown hall; throws when down). */
  recentServiceTimes?: (hallId: string) => Promise<{ windowId: string; minutes: number[] }[] | null>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * 取号: tickets for today at a hall (priority with an appointment, 特呼 for 60+), the live ticket
 * (position, window, wait), and the clerk's call-next / served / no-show, with messages when three
 * are ahead and when called.
 */
export class TicketsService {
  constructor(private readonly deps: TicketsDeps) {}

  private now(): number {
    return this.deps.appointments.clock.now();
  }

  async checkinCode(hallId: string): Promise<{ text: string; svg: string }> {
    this.deps.appointments.hall(hallId);
    const text = this.deps.signer.sign('hall', [hallId]);
    return { text, svg: await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) };
  }

  async take(user: AuthUser, body: { hallId: string; appointmentId?: string; location?: CheckinLocation }): Promise<Ticket> {
    const hall = this.deps.appointments.hall(body.hallId);
    if (body.location) this.checkLocation(hall, body.location);
    const now = this.now();
    if (!hallOpenAt(now)) throw new AppError(409, 'HALL_CLOSED', 'The hall is closed now; tickets are taken during opening hours');
    const date = chinaDate(now);
    const existing = await this.deps.repo.openOf(user.userId, hall.id, date);
    if (existing) throw conflict('TICKET_EXISTS', `You already hold ticket ${existing.number} at this hall`);
    const appointment = body.appointmentId ? await this.deps.appointments.checkIn(user.userId, body.appointmentId, hall.id) : null;
    const [over60, preReviewed] = await Promise.all([
      this.deps.over60(user, date),
      appointment ? this.deps.preReviewed(user, appointment.itemCode).catch(() => false) : Promise.resolve(false),
    ]);
    const priority: TicketPriority = ticketPriority({ over60, preReviewed, appointment: appointment !== null });
    for (let attempt = 0; ; attempt++) {
      const seq = (await this.deps.repo.maxSeq(hall.id, date)) + 1;
      const row: TicketRow = {
        id: newId(), hallId: hall.id, date, seq, number: ticketNumber(priority, seq), priority, rank: PRIORITY_RANK[priority], userId: user.userId,
        appointmentId: appointment?.id ?? null, itemCode: appointment?.itemCode ?? null, status: 'waiting', windowId: null,
        createdAt: iso(now), calledAt: null, finishedAt: null,
      };
      try {
        await this.deps.repo.insert(row);
        return this.view(row, hall);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (await this.deps.repo.openOf(user.userId, hall.id, date)) throw conflict('TICKET_EXISTS', 'You already hold a ticket at this hall');
        if (attempt >= 20) throw err;
      }
    }
  }

  async get(user: AuthUser, id: string): Promise<Ticket> {
    const row = await this.deps.repo.byId(id);
    if (!row || row.userId !== user.userId) throw notFound('No such ticket');
    return this.view(row, this.deps.appointments.hall(row.hallId));
  }

  async mine(user: AuthUser): Promise<Ticket[]> {
    const rows = await this.deps.repo.mine(user.userId, chinaDate(this.now()));
    return Promise.all(rows.map((r) => this.view(r, this.deps.appointments.hall(r.hallId))));
  }

  private async view(row: TicketRow, hall: HallPlace): Promise<Ticket> {
    const waiting = row.status === 'waiting';
    const ahead = waiting ? await this.deps.repo.ahead(row) : 0;
    const window = row.windowId ? hall.windows.find((w) => w.id === row.windowId) ?? null : null;
    return {
      id: row.id, number: row.number, hallId: row.hallId, hallName: hall.name, priority: row.priority as TicketPriority,
      status: row.status as Ticket['status'], position: waiting ? ahead + 1 : null, ahead,
      estimatedWaitMinutes: waiting ? estimateWaitMinutes(ahead, await this.averageServiceMinutes(hall.id), await this.deps.repo.activeWindows(hall.id, row.date)) : null,
      appointmentId: row.appointmentId,
      window: window ? { id: window.id, number: window.number, name: window.name } : null,
      rating: row.status === 'served' && window ? { windowId: window.id, itemCode: row.itemCode, path: RATE_PAGE_PATH } : null,
      createdAt: row.createdAt,
    };
  }

  /** Check-in by location: the fix must lie inside the hall's area; checked before anything is written. */
  private checkLocation(hall: HallPlace, at: CheckinLocation): void {
    const check = checkArea(hall.area, at);
    if (check.inside) return;
    if (check.reason === 'too_coarse') {
      throw new AppError(422, 'LOCATION_TOO_COARSE', `The location is only known to ${Math.round(at.accuracy ?? 0)} m; at most ${MAX_LOCATION_ACCURACY_M} m is needed to check in`,
        [{ path: 'body.location.accuracy', message: `at most ${MAX_LOCATION_ACCURACY_M} m` }]);
    }
    throw new AppError(422, 'OUTSIDE_HALL_AREA', `You are ${check.distance} m from ${hall.name}; check in within ${hall.area.radiusMeters} m of the hall or scan its code`,
      [{ path: 'body.location', message: `${check.distance} m from the hall, more than ${hall.area.radiusMeters} m` }]);
  }

  /**
   * Average minutes from call to finish over the hall's last 20 served tickets; before there are any, the
   * halls' platform's recent service times of its windows; the seed value when that is unknown or down.
   */
  async averageServiceMinutes(hallId: string): Promise<number> {
    const rows = await this.deps.repo.recentServed(hallId, 20);
    const spans = rows.filter((r) => r.calledAt && r.finishedAt).map((r) => (Date.parse(r.finishedAt!) - Date.parse(r.calledAt!)) / 60_000).filter((m) => m >= 0);
    if (spans.length === 0) return (await this.platformAverage(hallId)) ?? DEFAULT_SERVICE_MINUTES;
    return Math.max(1, spans.reduce((a, b) => a + b, 0) / spans.length);
  }

  private async platformAverage(hallId: string): Promise<number | null> {
    const windows = await this.deps.recentServiceTimes?.(hallId).catch(() => null);
    const minutes = windows?.flatMap((w) => w.minutes) ?? [];
    return minutes.length ? Math.max(1, minutes.reduce((a, b) => a + b, 0) / minutes.length) : null;
  }

  // ───────────── clerks ─────────────

  /** The window, if the clerk's department staffs it. */
  private windowFor(clerk: AuthUser, windowId: string): { hall: HallPlace; window: HallPlace['windows'][number] } {
    const hallId = windowId.slice(0, 7);
    const hall = this.deps.appointments.hall(hallId);
    const window = hall.windows.find((w) => w.id === windowId);
    if (!window) throw notFound('No such window');
    if (clerk.departmentCode !== window.departmentCode) throw forbidden('This window belongs to another department');
    return { hall, window };
  }

  async queue(clerk: AuthUser, windowId: string) {
    const { hall } = this.windowFor(clerk, windowId);
    const date = chinaDate(this.now());
    const [current, waiting] = await Promise.all([this.deps.repo.currentAt(windowId, date), this.deps.repo.waiting(hall.id, date, 50)]);
    return { current: current ? clerkView(current) : null, waiting: waiting.map(clerkView) };
  }

  async callNext(clerk: AuthUser, windowId: string) {
    const { hall, window } = this.windowFor(clerk, windowId);
    const date = chinaDate(this.now());
    for (let attempt = 0; attempt < 10; attempt++) {
      const [next] = await this.deps.repo.waiting(hall.id, date, 1);
      if (!next) throw new AppError(404, 'QUEUE_EMPTY', 'Nobody is waiting');
      const called = await this.deps.repo.call(next.id, window.id, iso(this.now()));
      if (!called) continue; // another window called it first
      await this.deps.messages.send(called.userId, {
        kind: 'ticket_called', title: `请到 ${window.number} 号窗口`, body: `${hall.name} · ${called.number} · ${window.name}`,
        link: `${HALL_PAGES.ticket}?id=${called.id}`, dedupeKey: `ticket:${called.id}:called`,
      });
      // The person who now has three ahead of them hears it once.
      const queue = await this.deps.repo.waiting(hall.id, date, 4);
      const third = queue[3];
      if (third) {
        await this.deps.messages.send(third.userId, {
          kind: 'ticket_soon', title: '前面还有 3 人', body: `${hall.name} · ${third.number}，请留意叫号`,
          link: `${HALL_PAGES.ticket}?id=${third.id}`, dedupeKey: `ticket:${third.id}:three-ahead`,
        });
      }
      return clerkView(called);
    }
    throw conflict('QUEUE_BUSY', 'Other windows are calling at the same time; try again');
  }

  async finish(clerk: AuthUser, ticketId: string, to: 'served' | 'no_show') {
    const row = await this.deps.repo.byId(ticketId);
    if (!row || !row.windowId) throw notFound('No such ticket');
    const { hall, window } = this.windowFor(clerk, row.windowId);
    const done = await this.deps.repo.finish(ticketId, to, iso(this.now()));
    if (!done) throw conflict('TICKET_NOT_CALLED', 'Only a called ticket can be finished');
    if (to === 'served') {
      const q = new URLSearchParams({ windowId: window.id, ...(done.itemCode ? { itemCode: done.itemCode } : {}) });
      await this.deps.messages.send(done.userId, {
        kind: 'ticket_served', title: '办理完成，请评价', body: `${hall.name} · ${window.number} 号窗口 ${window.name}`,
        link: `${RATE_PAGE_PATH}?${q}`, dedupeKey: `ticket:${done.id}:served`,
      });
    }
    return clerkView(done);
  }
}

function clerkView(r: TicketRow) {
  return { id: r.id, number: r.number, priority: r.priority as TicketPriority, status: r.status as Ticket['status'], windowId: r.windowId, itemCode: r.itemCode };
}

/** 年满60周岁 from the holder's wallet (a certificate that proves the birth date), never asked of the person. */
export function walletAgeClaim(wallet: { holderOf(u: AuthUser): Promise<unknown>; certificatesOf(h: never): Promise<{ fields: Record<string, unknown> }[]> }): AgeClaim {
  return async (user, today) => {
    if (user.identity.kind !== 'personal') return false;
    try {
      const holder = await wallet.holderOf(user);
      const certs = await wallet.certificatesOf(holder as never);
      for (const c of certs) {
        const birth = birthDateFromFields(Object.fromEntries(Object.entries(c.fields).map(([k, v]) => [k, v == null ? undefined : String(v)])));
        if (birth) return holdsClaim('age_over_60', birth, today);
      }
    } catch {
      // The wallet is unreachable: a normal number, never a refusal.
    }
    return false;
  };
}
