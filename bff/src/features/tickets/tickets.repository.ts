import { and, asc, desc, eq, inArray, isNotNull, lt, max, or, count } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type TicketRow = Database['schema']['tickets']['$inferSelect'];

/** Queue tickets. Only this file queries `tickets`. */
export class TicketsRepository {
  constructor(private readonly db: Database) {}

  async maxSeq(hallId: string, date: string): Promise<number> {
    const t = this.db.schema.tickets;
    const [r] = await this.db.q.select({ n: max(t.seq) }).from(t).where(and(eq(t.hallId, hallId), eq(t.date, date)));
    return Number(r?.n ?? 0);
  }

  async insert(row: TicketRow): Promise<void> {
    await this.db.q.insert(this.db.schema.tickets).values(row);
  }

  async byId(id: string): Promise<TicketRow | undefined> {
    const t = this.db.schema.tickets;
    return (await this.db.q.select().from(t).where(eq(t.id, id)).limit(1))[0];
  }

  async openOf(userId: string, hallId: string, date: string): Promise<TicketRow | undefined> {
    const t = this.db.schema.tickets;
    return (await this.db.q.select().from(t).where(and(eq(t.userId, userId), eq(t.hallId, hallId), eq(t.date, date), inArray(t.status, ['waiting', 'called']))).limit(1))[0];
  }

  async mine(userId: string, date: string): Promise<TicketRow[]> {
    const t = this.db.schema.tickets;
    return this.db.q.select().from(t).where(and(eq(t.userId, userId), eq(t.date, date))).orderBy(desc(t.createdAt)).limit(20);
  }

  /** Waiting tickets called before this one (higher priority, or same priority and earlier). */
  async ahead(row: Pick<TicketRow, 'hallId' | 'date' | 'rank' | 'seq'>): Promise<number> {
    const t = this.db.schema.tickets;
    const [r] = await this.db.q.select({ n: count() }).from(t).where(and(
      eq(t.hallId, row.hallId), eq(t.date, row.date), eq(t.status, 'waiting'),
      or(lt(t.rank, row.rank), and(eq(t.rank, row.rank), lt(t.seq, row.seq))),
    ));
    return r?.n ?? 0;
  }

  async waiting(hallId: string, date: string, limit: number): Promise<TicketRow[]> {
    const t = this.db.schema.tickets;
    return this.db.q.select().from(t).where(and(eq(t.hallId, hallId), eq(t.date, date), eq(t.status, 'waiting')))
      .orderBy(asc(t.rank), asc(t.seq)).limit(limit);
  }

  async currentAt(windowId: string, date: string): Promise<TicketRow | undefined> {
    const t = this.db.schema.tickets;
    return (await this.db.q.select().from(t).where(and(eq(t.windowId, windowId), eq(t.date, date), eq(t.status, 'called'))).limit(1))[0];
  }

  /** `waiting → called` to a window, only if still waiting (two clerks never call the same ticket). */
  async call(id: string, windowId: string, at: string): Promise<TicketRow | undefined> {
    const t = this.db.schema.tickets;
    return (await this.db.q.update(t).set({ status: 'called', windowId, calledAt: at })
      .where(and(eq(t.id, id), eq(t.status, 'waiting'))).returning())[0];
  }

  /** `called → served | no_show`, only if still called. */
  async finish(id: string, to: 'served' | 'no_show', at: string): Promise<TicketRow | undefined> {
    const t = this.db.schema.tickets;
    return (await this.db.q.update(t).set({ status: to, finishedAt: at })
      .where(and(eq(t.id, id), eq(t.status, 'called'))).returning())[0];
  }

  /** The hall's latest served tickets (called and finished times), for the wait estimate. */
  async recentServed(hallId: string, limit: number): Promise<{ calledAt: string | null; finishedAt: string | null }[]> {
    const t = this.db.schema.tickets;
    return this.db.q.select({ calledAt: t.calledAt, finishedAt: t.finishedAt }).from(t)
      .where(and(eq(t.hallId, hallId), eq(t.status, 'served'), isNotNull(t.finishedAt))).orderBy(desc(t.finishedAt)).limit(limit);
  }

  /** Windows that have called someone at this hall today. */
  async activeWindows(hallId: string, date: string): Promise<number> {
    const t = this.db.schema.tickets;
    const rows = await this.db.q.selectDistinct({ w: t.windowId }).from(t).where(and(eq(t.hallId, hallId), eq(t.date, date), isNotNull(t.windowId)));
    return rows.length;
  }
}
