import type { FastifyBaseLogger } from 'fastify';
import { chinaDate } from '@zsb/shared/domain/working-days';
import { daysBetween } from '@zsb/shared/domain/certificate-rules';
import { renewalLink } from '@zsb/shared/domain/notification-rules';
import type { Upstreams } from '../../upstreams';
import { UpstreamUnavailableError } from '../../upstreams/http-client';
import type { Leases } from '../../platform/lease';
import type { AuthService } from '../auth';
import type { MessagesService } from '../messages';
import { dueThreshold, reminderKey } from './reminders.rules';

/** How often the scheduler looks again (it also runs once at start). */
export const REMINDER_SWEEP_MS = 60 * 60_000;
/** The sweep's lease: renewed while it runs, so a crashed sweeper's turn passes to another instance after this. */
export const REMINDER_LEASE_MS = 5 * 60_000;
export const REMINDER_LEASE = 'expiry-reminders';

export interface ReminderRun {
  today: string;
  /** False when another instance held the sweep's lease, so this one did nothing. */
  ran: boolean;
  /** Residents whose certificates were looked at. */
  people: number;
  /** Messages created now (reminders already sent before are not counted). */
  sent: number;
  /** Residents skipped because an upstream was unavailable; the next run tries them again. */
  skipped: number;
}

/** What a reminder needs to know of a certificate (our shape, not the library's record). */
interface RemindableCertificate {
  certificateId: string;
  kind: string;
  kindName: string;
  status: string;
  validUntil: string | null;
}

export interface RemindersDependencies {
  auth: Pick<AuthService, 'residents' | 'onFirstSignIn'>;
  upstreams: Pick<Upstreams, 'certificates' | 'legal'>;
  messages: Pick<MessagesService, 'send'>;
  leases: Leases;
  log: FastifyBaseLogger;
}

/**
 * Expiry reminders: for every resident who has signed in, their certificates and those of the
 * enterprises they act for are checked against the 90 / 30 / 7-day thresholds. One instance sweeps at
 * a time (a lease in the database); and each reminder is a message with a dedupe key under a unique
 * index, so the database — not memory — remembers what was sent: restarts, overlapping sweeps and
 * several BFF instances never send one twice.
 */
export class RemindersService {
  private current: Promise<ReminderRun> | null = null;

  constructor(private readonly deps: RemindersDependencies) {}

  /** One sweep for the China date `today`; a sweep already running here is joined, not doubled. */
  run(today: string = chinaDate()): Promise<ReminderRun> {
    this.current ??= this.exclusive(today).finally(() => { this.current = null; });
    return this.current;
  }

  /** Resolves when no sweep is running (tests, shutdown). */
  async settle(): Promise<void> {
    await this.current?.catch(() => undefined);
  }

  private async exclusive(today: string): Promise<ReminderRun> {
    const run: ReminderRun = { today, ran: false, people: 0, sent: 0, skipped: 0 };
    await this.deps.leases.runExclusive(REMINDER_LEASE, REMINDER_LEASE_MS, async () => {
      run.ran = true;
      await this.sweep(run);
    });
    return run;
  }

  /**
   * One person's reminders now (their first sign-in): a certificate already inside a window is reminded
   * before their first screen, not at the next sweep. Same dedupe keys, so the sweep never repeats it.
   * An unavailable upstream leaves it to the sweep.
   */
  async remindPerson(person: { id: string; idNumber: string }, today: string = chinaDate()): Promise<number> {
    const { upstreams } = this.deps;
    try {
      let sent = await this.remind(person.id, await upstreams.certificates.listByHolder(person.idNumber), today, null);
      for (const role of await upstreams.legal.rolesOf(person.idNumber)) {
        sent += await this.remind(person.id, await upstreams.certificates.listByHolder(role.uscc), today, role.name);
      }
      return sent;
    } catch (err) {
      if (!(err instanceof UpstreamUnavailableError)) throw err;
      return 0;
    }
  }

  private async sweep(run: ReminderRun): Promise<void> {
    const { auth, upstreams, leases, log } = this.deps;
    let renewedAt = Date.now();
    for (const person of await auth.residents()) {
      // A long sweep keeps its lease; if it lost it (e.g. paused past expiry), it stops and leaves the rest to the holder.
      if (Date.now() - renewedAt > REMINDER_LEASE_MS / 3) {
        if (!(await leases.acquire(REMINDER_LEASE, REMINDER_LEASE_MS))) break;
        renewedAt = Date.now();
      }
      try {
        const own = await upstreams.certificates.listByHolder(person.idNumber);
        run.sent += await this.remind(person.id, own, run.today, null);
        for (const role of await upstreams.legal.rolesOf(person.idNumber)) {
          run.sent += await this.remind(person.id, await upstreams.certificates.listByHolder(role.uscc), run.today, role.name);
        }
        run.people++;
      } catch (err) {
        if (!(err instanceof UpstreamUnavailableError)) throw err;
        run.skipped++;
      }
    }
    if (run.sent > 0 || run.skipped > 0) log.info({ reminders: run }, 'expiry reminder sweep');
  }

  private async remind(userId: string, certificates: RemindableCertificate[], today: string, enterpriseName: string | null): Promise<number> {
    let sent = 0;
    for (const c of certificates) {
      if (c.status !== 'active' || !c.validUntil) continue;
      const threshold = dueThreshold(c.validUntil, today);
      if (!threshold) continue;
      const whose = enterpriseName ? `${enterpriseName}的` : '您的';
      // Unique dedupe key per recipient, certificate, end date and threshold: a second insert is a no-op.
      const id = await this.deps.messages.send(userId, {
        kind: 'expiry_reminder',
        title: '证照即将到期',
        body: `${whose}${c.kindName}将于 ${c.validUntil} 到期（还有 ${daysBetween(today, c.validUntil)} 天），请及时办理换领。`,
        // To the renewal (换领) application, whose materials the wallet fills.
        link: renewalLink(c.kind, c.certificateId),
        dedupeKey: reminderKey(userId, c.certificateId, c.validUntil, threshold),
      });
      if (id) sent++;
    }
    return sent;
  }
}
