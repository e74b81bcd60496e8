import { and, asc, count, eq, inArray, isNull, lte, or, lt } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type DeliveryRow = Database['schema']['notificationDeliveries']['$inferSelect'];
export type PreferenceRow = Database['schema']['notificationPreferences']['$inferSelect'];

/** Preferences, consents and the delivery outbox. Only this file queries the notification tables. */
export class NotificationsRepository {
  constructor(private readonly db: Database) {}

  async preferences(userId: string): Promise<PreferenceRow[]> {
    const p = this.db.schema.notificationPreferences;
    return this.db.q.select().from(p).where(eq(p.userId, userId));
  }

  async savePreference(row: PreferenceRow): Promise<void> {
    const p = this.db.schema.notificationPreferences;
    await this.db.q.insert(p).values(row).onConflictDoUpdate({
      target: [p.userId, p.category], set: { wechat: row.wechat, sms: row.sms, updatedAt: row.updatedAt },
    });
  }

  async addConsent(row: { id: string; userId: string; templateId: string; acceptedAt: string }): Promise<void> {
    await this.db.q.insert(this.db.schema.notificationConsents).values({ ...row, deliveryId: null, usedAt: null });
  }

  /** Unused consents per template of a user. */
  async openConsents(userId: string): Promise<Map<string, number>> {
    const c = this.db.schema.notificationConsents;
    const rows = await this.db.q.select({ templateId: c.templateId, n: count() }).from(c)
      .where(and(eq(c.userId, userId), isNull(c.usedAt))).groupBy(c.templateId);
    return new Map(rows.map((r) => [r.templateId, r.n]));
  }

  /**
   * Spends one of the user's unused consents of `templateId` on `deliveryId`: a conditional update on a
   * consent read just before, retried when another sender spent that one first. False when none is left.
   */
  async spendConsent(userId: string, templateId: string, deliveryId: string, at: string): Promise<boolean> {
    const c = this.db.schema.notificationConsents;
    for (let i = 0; i < 5; i++) {
      const [open] = await this.db.q.select({ id: c.id }).from(c)
        .where(and(eq(c.userId, userId), eq(c.templateId, templateId), isNull(c.usedAt))).orderBy(asc(c.acceptedAt)).limit(1);
      if (!open) return false;
      const spent = await this.db.q.update(c).set({ deliveryId, usedAt: at })
        .where(and(eq(c.id, open.id), isNull(c.usedAt))).returning({ id: c.id });
      if (spent.length === 1) return true;
    }
    return false;
  }

  /** Gives back the consent a delivery took (the send never reached WeChat). */
  async returnConsent(deliveryId: string): Promise<void> {
    const c = this.db.schema.notificationConsents;
    await this.db.q.update(c).set({ deliveryId: null, usedAt: null }).where(eq(c.deliveryId, deliveryId));
  }

  async insertDelivery(row: Omit<DeliveryRow, 'attempts' | 'claimedBy' | 'claimedUntil' | 'outcome' | 'sentAt'>): Promise<boolean> {
    const d = this.db.schema.notificationDeliveries;
    const r = await this.db.q.insert(d).values({ ...row, attempts: 0, claimedBy: null, claimedUntil: null, outcome: null, sentAt: null })
      .onConflictDoNothing().returning({ id: d.id });
    return r.length === 1;
  }

  /** Deliveries that may go at `now`: pending and past their time, or claimed by a sender whose claim ran out. */
  async due(now: number, limit: number): Promise<{ id: string }[]> {
    const d = this.db.schema.notificationDeliveries;
    return this.db.q.select({ id: d.id }).from(d)
      .where(or(and(eq(d.status, 'pending'), lte(d.notBefore, now)), and(eq(d.status, 'sending'), lt(d.claimedUntil, now))))
      .orderBy(asc(d.notBefore)).limit(limit);
  }

  /** Takes a due delivery for this sender; undefined when another sender has it (or it is done). */
  async claim(id: string, holder: string, now: number, until: number): Promise<DeliveryRow | undefined> {
    const d = this.db.schema.notificationDeliveries;
    const [row] = await this.db.q.update(d).set({ status: 'sending', claimedBy: holder, claimedUntil: until })
      .where(and(eq(d.id, id), or(and(eq(d.status, 'pending'), lte(d.notBefore, now)), and(eq(d.status, 'sending'), lt(d.claimedUntil, now)))))
      .returning();
    return row;
  }

  /** Records what became of a claimed delivery, if this sender still holds the claim. */
  async finish(id: string, holder: string, set: Partial<DeliveryRow>): Promise<boolean> {
    const d = this.db.schema.notificationDeliveries;
    const r = await this.db.q.update(d).set({ ...set, claimedBy: null, claimedUntil: null })
      .where(and(eq(d.id, id), eq(d.status, 'sending'), eq(d.claimedBy, holder))).returning({ id: d.id });
    return r.length === 1;
  }

  async ofMessages(messageIds: string[]): Promise<DeliveryRow[]> {
    if (messageIds.length === 0) return [];
    const d = this.db.schema.notificationDeliveries;
    return this.db.q.select().from(d).where(inArray(d.messageId, messageIds));
  }

  async ofUser(userId: string): Promise<DeliveryRow[]> {
    const d = this.db.schema.notificationDeliveries;
    return this.db.q.select().from(d).where(eq(d.userId, userId)).orderBy(asc(d.createdAt));
  }
}
