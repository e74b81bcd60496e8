import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { chinaDate } from '@zsb/shared/domain/working-days';
import type { Upstreams } from '../../upstreams';
import type { LibraryCertificate } from '../../upstreams/certificates/certificates.client';
import { UpstreamUnavailableError } from '../../upstreams/http-client';
import type { AuthService } from '../auth/auth.service';
import type { MessagesService } from '../messages/messages.service';
import { daysBetween } from '@zsb/shared/domain/certificate-rules';
import { dueThreshold, reminderKey } from './reminders.rules';

/** How often the scheduler looks again (it also runs once at start). */
export const REMINDER_SWEEP_MS = 60 * 60_000;

export interface ReminderRun {
  today: string;
  /** Residents whose certificates were looked at. */
  people: number;
  /** Messages created now (reminders already sent before are not counted). */
  sent: number;
  /** Residents skipped because an upstream was unavailable; the next run tries them again. */
  skipped: number;
}

/**
 * Expiry reminders: for every resident who has signed in, their certificates and those of the
 * enterprises they act for are checked against the 90 / 30 / 7-day thresholds. Each reminder is a
 * message with a dedupe key, so the database — not memory — remembers what was sent: restarts and
 * several BFF processes never send one twice.
 */
export class RemindersService {
  private current: Promise<ReminderRun> | null = null;

  constructor(
    private readonly auth: AuthService,
    private readonly upstreams: Upstreams,
    private readonly messages: MessagesService,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** One sweep for the China date `today`; a sweep already running is joined, not doubled. */
  run(today: string = chinaDate()): Promise<ReminderRun> {
    this.current ??= this.sweep(today).finally(() => { this.current = null; });
    return this.current;
  }

  /** Resolves when no sweep is running (tests, shutdown). */
  async settle(): Promise<void> {
    await this.current?.catch(() => undefined);
  }

  private async sweep(today: string): Promise<ReminderRun> {
    const run: ReminderRun = { today, people: 0, sent: 0, skipped: 0 };
    for (const person of this.auth.residents()) {
      try {
        const own = await this.upstreams.certificates.listByHolder(person.idNumber);
        run.sent += this.remind(person.id, own, today, null);
        for (const role of await this.upstreams.legal.rolesOf(person.idNumber)) {
          run.sent += this.remind(person.id, await this.upstreams.certificates.listByHolder(role.uscc), today, role.name);
        }
        run.people++;
      } catch (err) {
        if (!(err instanceof UpstreamUnavailableError)) throw err;
        run.skipped++;
      }
    }
    if (run.sent > 0 || run.skipped > 0) this.log.info({ reminders: run }, 'expiry reminder sweep');
    return run;
  }

  private remind(userId: string, certificates: LibraryCertificate[], today: string, enterpriseName: string | null): number {
    let sent = 0;
    for (const c of certificates) {
      if (c.status !== 'active' || !c.validUntil) continue;
      const threshold = dueThreshold(c.validUntil, today);
      if (!threshold) continue;
      const whose = enterpriseName ? `${enterpriseName}的` : '您的';
      const id = this.messages.send(userId, {
        kind: 'expiry_reminder',
        title: '证照即将到期',
        body: `${whose}${c.kindName}将于 ${c.validUntil} 到期（还有 ${daysBetween(today, c.validUntil)} 天），请及时办理换领。`,
        link: `/pages/certificate/index?id=${encodeURIComponent(c.certificateId)}`,
        dedupeKey: reminderKey(userId, c.certificateId, c.validUntil, threshold),
      });
      if (id) sent++;
    }
    return sent;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    reminders: RemindersService;
  }
}

export function createRemindersService(app: FastifyInstance): RemindersService {
  return new RemindersService(app.auth, app.upstreams, app.messages, app.log);
}
