import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyBaseLogger } from 'fastify';
import type { ChannelChoice, NotificationSettings } from '@zsb/shared/contracts/notifications';
import {
  categoryOfMessage, DEFAULT_CHANNELS, NOTIFICATION_CATEGORIES, QUIET_FROM_HOUR, QUIET_UNTIL_HOUR, sendableAt, SUBSCRIBE_TEMPLATES,
  type NotificationCategory,
} from '@zsb/shared/domain/notification-rules';
import { maskPhone } from '@zsb/shared/domain/masking';
import { newId, nowIso } from '../../db/ids';
import type { AuthUser } from '../../platform/auth';
import type { Leases } from '../../platform/lease';
import type { Upstreams } from '../../upstreams';
import { UpstreamUnavailableError } from '../../upstreams/http-client';
import type { AuthService } from '../auth';
import type { NewMessage } from '../messages';
import type { DeliveryRow, NotificationsRepository } from './notifications.repository';

/** SMS template of each kind (as registered with the gateway); params `title`, `detail`. */
export const SMS_TEMPLATES: Record<NotificationCategory, string> = {
  case: 'SMS_ZSB_CASE_STEP', correction: 'SMS_ZSB_CORRECTION', payment: 'SMS_ZSB_PAYMENT_DUE',
  shipment: 'SMS_ZSB_SHIPMENT', appointment: 'SMS_ZSB_APPOINTMENT', expiry: 'SMS_ZSB_EXPIRY',
};

/** Sends a channel could not complete are tried this many times (with back-off) before they count as failed. */
export const MAX_ATTEMPTS = 3;
/** How long a sender's claim on a delivery lasts before another may take it over. */
export const CLAIM_MS = 60_000;
/** How often the deferred-send sweep looks (deliveries held over quiet hours, retries). */
export const NOTIFY_SWEEP_MS = 60_000;
export const NOTIFY_LEASE = 'notifications.deferred';
const BATCH = 100;

export interface NotificationsDeps {
  repo: NotificationsRepository;
  auth: Pick<AuthService, 'userOf'>;
  upstreams: Pick<Upstreams, 'wechat' | 'sms'>;
  leases: Leases;
  /** This instance's name on claims. */
  holder: string;
  /** Runs a callback after the current transaction commits (`app.database.afterCommit`). */
  afterCommit: (fn: () => void) => void;
  log: FastifyBaseLogger;
}

/** One sweep or flush: how many deliveries this instance claimed and what became of them. */
export interface DispatchRun {
  ran: boolean;
  sent: number;
  failed: number;
  skipped: number;
  retried: number;
}

// Sends start from the context this service was built in: never inside the transaction that queued them.
const outside = AsyncLocalStorage.snapshot();

/**
 * The notification channels behind the message center. Every message is in-app; a message whose kind
 * the resident chose WeChat or SMS for also gets an outbox row per channel, written in the sender's
 * transaction (`queue`, a listener of `app.messages`). Rows go out right after (a kick) or, when made
 * in quiet hours, at 08:00 through the sweep; each is claimed by one sender with a conditional update.
 * A WeChat send spends one accepted subscription consent; without one it is skipped (the in-app
 * message stays). SMS goes to people who chose it; gateway refusals fail the row, outages retry it.
 */
export class NotificationsService {
  private running: Promise<DispatchRun> | null = null;
  private again = false;

  constructor(private readonly deps: NotificationsDeps) {}

  // ───────────────────────────── queueing ─────────────────────────────

  /** Queues the outside sends of a new message (inside the sender's transaction: database only). */
  async queue(userId: string, messageId: string, m: NewMessage): Promise<void> {
    const category = m.category === undefined ? categoryOfMessage(m.kind) : m.category;
    if (!category) return;
    const choice = (await this.choices(userId)).get(category)!;
    const now = Date.now();
    let queued = false;
    for (const channel of ['wechat', 'sms'] as const) {
      if (!choice[channel]) continue;
      queued = (await this.deps.repo.insertDelivery({
        id: newId(), messageId, userId, channel, category, title: m.title, body: m.body, link: m.link ?? null, urgent: m.urgent ?? false,
        status: 'pending', notBefore: sendableAt(now, m.urgent), createdAt: new Date(now).toISOString(),
      })) || queued;
    }
    if (queued) this.deps.afterCommit(() => this.kick());
  }

  /** Starts sending what is due, outside the context of the transaction that queued it. */
  private kick(): void {
    setImmediate(() => outside(() => { void this.flush().catch((err) => this.deps.log.error({ err }, 'notification send failed')); }));
  }

  // ───────────────────────────── sending ─────────────────────────────

  /** Sends every due delivery this instance can claim; a flush already running here runs once more after. */
  flush(now?: number): Promise<DispatchRun> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      const total: DispatchRun = { ran: true, sent: 0, failed: 0, skipped: 0, retried: 0 };
      do {
        this.again = false;
        await this.dispatch(total, now);
      } while (this.again);
      return total;
    })().finally(() => { this.running = null; });
    return this.running;
  }

  /** The sweep: one instance at a time (lease) sends the deliveries held over quiet hours and the retries. */
  async sweep(now?: number): Promise<DispatchRun> {
    let run: DispatchRun = { ran: false, sent: 0, failed: 0, skipped: 0, retried: 0 };
    await this.deps.leases.runExclusive(NOTIFY_LEASE, 5 * 60_000, async () => { run = await this.flush(now); });
    return run;
  }

  /** Resolves when no send is running here (tests, shutdown). */
  async settle(): Promise<void> {
    await new Promise((r) => setImmediate(r));
    while (this.running) await this.running.catch(() => undefined);
  }

  private async dispatch(run: DispatchRun, fixedNow?: number): Promise<void> {
    for (;;) {
      const now = fixedNow ?? Date.now();
      const due = await this.deps.repo.due(now, BATCH);
      let claimed = 0;
      for (const { id } of due) {
        const row = await this.deps.repo.claim(id, this.deps.holder, now, now + CLAIM_MS);
        if (!row) continue;
        claimed++;
        await this.deliver(row, run, now);
      }
      if (due.length < BATCH || claimed === 0) return;
    }
  }

  private async deliver(row: DeliveryRow, run: DispatchRun, now: number): Promise<void> {
    const finish = (set: Partial<DeliveryRow>) => this.deps.repo.finish(row.id, this.deps.holder, set);
    const attempts = row.attempts + 1;
    try {
      const user = await this.deps.auth.userOf({ userId: row.userId });
      if (row.channel === 'wechat') {
        if (!user.wechatOpenId) {
          run.skipped++;
          return void (await finish({ status: 'skipped', outcome: 'not_bound', attempts }));
        }
        const templateId = SUBSCRIBE_TEMPLATES[row.category as NotificationCategory];
        if (!(await this.deps.repo.spendConsent(row.userId, templateId, row.id, nowIso()))) {
          run.skipped++;
          return void (await finish({ status: 'skipped', outcome: 'no_consent', attempts }));
        }
        let r;
        try {
          r = await this.deps.upstreams.wechat.send({
            openid: user.wechatOpenId, templateId, page: row.link,
            fields: { thing1: row.title, thing2: row.body, time3: chinaMinute(row.createdAt) },
          });
        } catch (err) {
          // It never reached WeChat (or we cannot tell): the consent is not counted as spent by us.
          await this.deps.repo.returnConsent(row.id);
          throw err;
        }
        if (r.outcome === 'sent') {
          run.sent++;
          return void (await finish({ status: 'sent', outcome: r.msgid, attempts, sentAt: nowIso() }));
        }
        run.failed++;
        return void (await finish({ status: 'failed', outcome: `${r.outcome}:${r.code}`, attempts }));
      }
      if (!user.phone) {
        run.skipped++;
        return void (await finish({ status: 'skipped', outcome: 'no_phone', attempts }));
      }
      const r = await this.deps.upstreams.sms.send({
        phone: user.phone, templateCode: SMS_TEMPLATES[row.category as NotificationCategory], outId: row.id,
        params: { title: row.title.slice(0, 20), detail: row.body.slice(0, 60) },
      });
      if (r.outcome === 'sent') {
        run.sent++;
        return void (await finish({ status: 'sent', outcome: r.bizId, attempts, sentAt: nowIso() }));
      }
      run.failed++;
      await finish({ status: 'failed', outcome: r.code, attempts });
    } catch (err) {
      if (!(err instanceof UpstreamUnavailableError)) this.deps.log.error({ err, deliveryId: row.id }, 'notification delivery failed');
      // An outage: try again later (1, 4 minutes…), then give up; the in-app message is there either way.
      if (attempts >= MAX_ATTEMPTS) {
        run.failed++;
        await finish({ status: 'failed', outcome: `unavailable:${attempts}`, attempts });
      } else {
        run.retried++;
        await finish({ status: 'pending', outcome: 'unavailable', attempts, notBefore: sendableAt(now + 60_000 * 4 ** (attempts - 1), row.urgent) });
      }
    }
  }

  // ───────────────────────────── settings ─────────────────────────────

  private async choices(userId: string): Promise<Map<NotificationCategory, { wechat: boolean; sms: boolean }>> {
    const stored = new Map((await this.deps.repo.preferences(userId)).map((p) => [p.category, p]));
    return new Map(NOTIFICATION_CATEGORIES.map((c) => {
      const p = stored.get(c);
      return [c, p ? { wechat: p.wechat, sms: p.sms } : { ...DEFAULT_CHANNELS }];
    }));
  }

  async settings(caller: AuthUser): Promise<NotificationSettings> {
    const user = await this.deps.auth.userOf(caller);
    const [choices, consents] = await Promise.all([this.choices(user.id), this.deps.repo.openConsents(user.id)]);
    const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
    return {
      items: NOTIFICATION_CATEGORIES.map((category) => ({
        category, ...choices.get(category)!, templateId: SUBSCRIBE_TEMPLATES[category],
        wechatConsents: consents.get(SUBSCRIBE_TEMPLATES[category]) ?? 0,
      })),
      phone: user.phone ? maskPhone(user.phone) : null,
      wechatBound: !!user.wechatOpenId,
      quietHours: { from: hh(QUIET_FROM_HOUR), until: hh(QUIET_UNTIL_HOUR) },
    };
  }

  async save(caller: AuthUser, items: ChannelChoice[]): Promise<NotificationSettings> {
    const at = nowIso();
    for (const i of items) await this.deps.repo.savePreference({ userId: caller.userId, category: i.category, wechat: i.wechat, sms: i.sms, updatedAt: at });
    return this.settings(caller);
  }

  /** The answer of `wx.requestSubscribeMessage` (or the H5 stand-in): one consent per accepted template of ours. */
  async subscribed(caller: AuthUser, results: Record<string, string>): Promise<{ accepted: number }> {
    const ours = new Set(Object.values(SUBSCRIBE_TEMPLATES));
    const accepted = Object.entries(results).filter(([t, a]) => a === 'accept' && ours.has(t)).map(([t]) => t);
    const user = await this.deps.auth.userOf(caller);
    const at = nowIso();
    for (const templateId of accepted) await this.deps.repo.addConsent({ id: newId(), userId: user.id, templateId, acceptedAt: at });
    if (user.wechatOpenId && accepted.length) {
      await this.deps.upstreams.wechat.recordClientConsent(user.wechatOpenId, Object.fromEntries(accepted.map((t) => [t, 'accept'])));
    }
    return { accepted: accepted.length };
  }

  /** What went out for some messages (tests, support). */
  deliveriesOf(messageIds: string[]): Promise<DeliveryRow[]> {
    return this.deps.repo.ofMessages(messageIds);
  }

  deliveriesOfUser(userId: string): Promise<DeliveryRow[]> {
    return this.deps.repo.ofUser(userId);
  }
}

/** `YYYY-MM-DD HH:mm` China time (WeChat's `time` fields). */
function chinaMinute(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
