import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { isUniqueViolation, type Database } from '../../platform/db';

export type ResultRow = Database['schema']['caseResults']['$inferSelect'];

/** Case results. Only this file queries `case_results`. */
export class ResultsRepository {
  constructor(private readonly db: Database) {}

  async byCase(caseId: string): Promise<ResultRow | undefined> {
    const t = this.db.schema.caseResults;
    const [row] = await this.db.q.select().from(t).where(eq(t.caseId, caseId)).limit(1);
    return row;
  }

  async byDocument(documentId: string): Promise<ResultRow | undefined> {
    const t = this.db.schema.caseResults;
    const [row] = await this.db.q.select().from(t).where(eq(t.documentId, documentId)).limit(1);
    return row;
  }

  /** Records a result to issue; false when the case already has one (another instance, or a replay). */
  async insertPending(row: Pick<ResultRow, 'caseId' | 'userId' | 'kind' | 'name' | 'createdAt'>): Promise<boolean> {
    try {
      await this.db.q.insert(this.db.schema.caseResults).values({ ...row, status: 'pending', attempts: 0 });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  /** Marks a pending result issued; false when someone else did first (only the winner tells the applicant). */
  async markIssued(caseId: string, set: Partial<ResultRow>): Promise<boolean> {
    const t = this.db.schema.caseResults;
    const rows = await this.db.q.update(t).set({ ...set, status: 'issued' })
      .where(and(eq(t.caseId, caseId), eq(t.status, 'pending'))).returning({ id: t.caseId });
    return rows.length === 1;
  }

  async countAttempt(caseId: string): Promise<void> {
    const t = this.db.schema.caseResults;
    await this.db.q.update(t).set({ attempts: sql`${t.attempts} + 1` }).where(eq(t.caseId, caseId));
  }

  async pending(maxAttempts: number, limit: number): Promise<ResultRow[]> {
    const t = this.db.schema.caseResults;
    return this.db.q.select().from(t).where(and(eq(t.status, 'pending'), lt(t.attempts, maxAttempts))).orderBy(t.createdAt).limit(limit);
  }

  async existing(caseIds: string[]): Promise<Set<string>> {
    if (caseIds.length === 0) return new Set();
    const t = this.db.schema.caseResults;
    const rows = await this.db.q.select({ id: t.caseId }).from(t).where(inArray(t.caseId, caseIds));
    return new Set(rows.map((r) => r.id));
  }
}
