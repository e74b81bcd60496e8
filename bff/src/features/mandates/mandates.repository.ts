import { and, desc, eq, gt, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type MandateRow = Database['schema']['mandates']['$inferSelect'];
export type MandateActRow = Database['schema']['mandateActs']['$inferSelect'];

/** Mandates and what was done under them. Only this file queries `mandates` and `mandate_acts`. */
export class MandatesRepository {
  // Every request of a session acting for someone reads its mandate: keep that statement prepared.
  private readonly byIdStatement;

  constructor(private readonly db: Database) {
    const { mandates } = db.schema;
    this.byIdStatement = db.prepared('mandate_by_id', (q) => q.select().from(mandates).where(eq(mandates.id, sql.placeholder('id'))).limit(1));
  }

  async byId(id: string): Promise<MandateRow | undefined> {
    return ((await this.byIdStatement({ id })) as MandateRow[])[0];
  }

  async insert(row: MandateRow): Promise<void> {
    await this.db.q.insert(this.db.schema.mandates).values(row);
  }

  /** Frees the pair slot of mandates that expired (they stay readable as `expired`). */
  async releaseExpired(openKey: string, now: string): Promise<void> {
    const { mandates } = this.db.schema;
    await this.db.q.update(mandates).set({ openKey: null })
      .where(and(eq(mandates.openKey, openKey), lte(mandates.expiresAt, now)));
  }

  /** Mandates a person granted or received (by user id / ID number), newest first. */
  async of(userId: string, idNumber: string, limit = 100): Promise<MandateRow[]> {
    const { mandates } = this.db.schema;
    return this.db.q.select().from(mandates)
      .where(or(eq(mandates.grantorUserId, userId), eq(mandates.granteeIdNumber, idNumber)))
      .orderBy(desc(mandates.createdAt)).limit(limit);
  }

  /** pending → active, only if still pending and not expired (atomic). */
  async accept(id: string, granteeUserId: string, at: string, consent: { consent: 'scan' | 'paper'; uploadId?: string | null; nonce?: string } | null = null): Promise<boolean> {
    const { mandates } = this.db.schema;
    const conds = [eq(mandates.id, id), eq(mandates.status, 'pending'), gt(mandates.expiresAt, at)];
    if (consent?.nonce) conds.push(eq(mandates.assistNonce, consent.nonce));
    const r = await this.db.q.update(mandates).set({
      status: 'active', granteeUserId, acceptedAt: at,
      ...(consent ? { consent: consent.consent, consentUploadId: consent.uploadId ?? null, assistNonce: null, assistExpiresAt: null } : {}),
    }).where(and(...conds)).returning({ id: mandates.id });
    return r.length === 1;
  }

  /** Ends a pending or active mandate (atomic); false when it had already ended. */
  async end(id: string, by: string, at: string): Promise<boolean> {
    const { mandates } = this.db.schema;
    const r = await this.db.q.update(mandates).set({ status: 'ended', endedAt: at, endedBy: by, openKey: null, assistNonce: null })
      .where(and(eq(mandates.id, id), inArray(mandates.status, ['pending', 'active']))).returning({ id: mandates.id });
    return r.length === 1;
  }

  /** Shows a new one-time consent code for a pending assisted mandate (the previous one stops working). */
  async setAssistNonce(id: string, nonce: string, expiresAt: string): Promise<boolean> {
    const { mandates } = this.db.schema;
    const r = await this.db.q.update(mandates).set({ assistNonce: nonce, assistExpiresAt: expiresAt })
      .where(and(eq(mandates.id, id), eq(mandates.status, 'pending'))).returning({ id: mandates.id });
    return r.length === 1;
  }

  /** Active, unexpired mandates a person granted (their helpers). */
  async activeGrantedBy(grantorUserId: string, now: string): Promise<MandateRow[]> {
    const { mandates } = this.db.schema;
    return this.db.q.select().from(mandates)
      .where(and(eq(mandates.grantorUserId, grantorUserId), eq(mandates.status, 'active'), gt(mandates.expiresAt, now), isNotNull(mandates.granteeUserId)))
      .orderBy(desc(mandates.createdAt)).limit(10);
  }

  async insertAct(row: MandateActRow): Promise<void> {
    await this.db.q.insert(this.db.schema.mandateActs).values(row);
  }

  /** Acts of one action touching `ref` (e.g. the submission of a case). */
  async actsOn(ref: string, action: string): Promise<MandateActRow[]> {
    const { mandateActs } = this.db.schema;
    return this.db.q.select().from(mandateActs).where(and(eq(mandateActs.ref, ref), eq(mandateActs.action, action))).limit(5);
  }
}
