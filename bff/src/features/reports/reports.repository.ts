import { and, asc, desc, eq, inArray, isNull, lt, max, or } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type ReportRow = Database['schema']['reports']['$inferSelect'];
export type ReportPhotoRow = Database['schema']['reportPhotos']['$inferSelect'];
export type ReportEventRow = Database['schema']['reportEvents']['$inferSelect'];

/** 随手拍. Only this file queries `reports`, `report_photos` and `report_events`. */
export class ReportsRepository {
  constructor(private readonly db: Database) {}

  async insertPhoto(row: ReportPhotoRow): Promise<void> {
    await this.db.q.insert(this.db.schema.reportPhotos).values(row);
  }

  /** Attaches the owner's unattached photos to a report, in order; answers how many were attached. */
  async attachPhotos(ownerUserId: string, reportId: string, uploadIds: readonly string[]): Promise<number> {
    const p = this.db.schema.reportPhotos;
    let n = 0;
    for (const [i, id] of uploadIds.entries()) {
      const rows = await this.db.q.update(p).set({ reportId, position: i })
        .where(and(eq(p.uploadId, id), eq(p.ownerUserId, ownerUserId), isNull(p.reportId))).returning({ id: p.uploadId });
      n += rows.length;
    }
    return n;
  }

  async photosOf(reportIds: readonly string[]): Promise<ReportPhotoRow[]> {
    if (reportIds.length === 0) return [];
    const p = this.db.schema.reportPhotos;
    return this.db.q.select().from(p).where(inArray(p.reportId, [...reportIds])).orderBy(asc(p.position));
  }

  async insert(row: ReportRow): Promise<void> {
    await this.db.q.insert(this.db.schema.reports).values(row);
  }

  async byId(id: string): Promise<ReportRow | undefined> {
    const t = this.db.schema.reports;
    return (await this.db.q.select().from(t).where(eq(t.id, id)).limit(1))[0];
  }

  async ofUser(userId: string, limit: number): Promise<ReportRow[]> {
    const t = this.db.schema.reports;
    return this.db.q.select().from(t).where(eq(t.userId, userId)).orderBy(desc(t.createdAt)).limit(limit);
  }

  async ofUnit(q: { unitCode: string; region?: string; status?: string; limit: number }): Promise<ReportRow[]> {
    const t = this.db.schema.reports;
    return this.db.q.select().from(t).where(and(
      eq(t.unitCode, q.unitCode), q.region ? eq(t.region, q.region) : undefined, q.status ? eq(t.status, q.status) : undefined,
    )).orderBy(desc(t.createdAt)).limit(q.limit);
  }

  async latest(q: { category?: string; limit: number }): Promise<ReportRow[]> {
    const t = this.db.schema.reports;
    return this.db.q.select().from(t).where(q.category ? eq(t.category, q.category) : undefined).orderBy(desc(t.createdAt)).limit(q.limit);
  }

  /** Moves a report on only from the status and round it was decided on (another clerk or the reporter may have moved it). */
  async step(id: string, from: { status: string; round: number }, set: Partial<ReportRow>): Promise<ReportRow | undefined> {
    const t = this.db.schema.reports;
    return (await this.db.q.update(t).set(set).where(and(eq(t.id, id), eq(t.status, from.status), eq(t.round, from.round))).returning())[0];
  }

  async addEvent(e: Omit<ReportEventRow, 'seq'>): Promise<void> {
    const ev = this.db.schema.reportEvents;
    const [r] = await this.db.q.select({ n: max(ev.seq) }).from(ev).where(eq(ev.reportId, e.reportId));
    await this.db.q.insert(ev).values({ ...e, seq: Number(r?.n ?? 0) + 1 });
  }

  async eventsOf(reportIds: readonly string[]): Promise<ReportEventRow[]> {
    if (reportIds.length === 0) return [];
    const ev = this.db.schema.reportEvents;
    return this.db.q.select().from(ev).where(inArray(ev.reportId, [...reportIds])).orderBy(asc(ev.seq));
  }

  async unpushed(staleBefore: string, limit: number): Promise<{ id: string }[]> {
    const t = this.db.schema.reports;
    return this.db.q.select({ id: t.id }).from(t).where(or(
      inArray(t.hotlineState, ['pending', 'failed']),
      and(eq(t.hotlineState, 'pushing'), lt(t.hotlineClaimedAt, staleBefore)),
    )).limit(limit);
  }

  async claimPush(id: string, at: string, staleBefore: string): Promise<ReportRow | undefined> {
    const t = this.db.schema.reports;
    return (await this.db.q.update(t).set({ hotlineState: 'pushing', hotlineClaimedAt: at }).where(and(eq(t.id, id), or(
      inArray(t.hotlineState, ['pending', 'failed']),
      and(eq(t.hotlineState, 'pushing'), lt(t.hotlineClaimedAt, staleBefore)),
    ))).returning())[0];
  }

  async finishPush(id: string, claimedAt: string, set: { hotlineState: 'pushed' | 'failed'; hotlineTicketNo?: string }): Promise<boolean> {
    const t = this.db.schema.reports;
    const rows = await this.db.q.update(t).set(set)
      .where(and(eq(t.id, id), eq(t.hotlineState, 'pushing'), eq(t.hotlineClaimedAt, claimedAt))).returning({ id: t.id });
    return rows.length === 1;
  }
}
