import { and, eq, gt } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type PcLoginRow = Database['schema']['pcLoginSessions']['$inferSelect'];

/** PC sign-in sessions. Only this file queries `pc_login_sessions`. */
export class PcLoginRepository {
  constructor(private readonly db: Database) {}

  async insert(row: PcLoginRow): Promise<void> {
    await this.db.q.insert(this.db.schema.pcLoginSessions).values(row);
  }

  async byId(id: string): Promise<PcLoginRow | undefined> {
    const t = this.db.schema.pcLoginSessions;
    return (await this.db.q.select().from(t).where(eq(t.id, id)).limit(1))[0];
  }

  /** `pending → confirmed` by a resident, only before it expires (a code works once). */
  async confirm(id: string, userId: string, nowIso: string): Promise<PcLoginRow | undefined> {
    const t = this.db.schema.pcLoginSessions;
    return (await this.db.q.update(t).set({ status: 'confirmed', userId, confirmedAt: nowIso })
      .where(and(eq(t.id, id), eq(t.status, 'pending'), gt(t.expiresAt, nowIso))).returning())[0];
  }

  /** `confirmed → signed_in` by the page holding the poll token: the session is handed out once. */
  async collect(id: string, pollTokenHash: string): Promise<PcLoginRow | undefined> {
    const t = this.db.schema.pcLoginSessions;
    return (await this.db.q.update(t).set({ status: 'signed_in' })
      .where(and(eq(t.id, id), eq(t.pollTokenHash, pollTokenHash), eq(t.status, 'confirmed'))).returning())[0];
  }
}
