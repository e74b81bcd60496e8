import { and, desc, eq, lt, ne } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type WithdrawalRow = Database['schema']['housingFundWithdrawals']['$inferSelect'];
export type WithdrawalStatus = WithdrawalRow['status'];

/** Withdrawals asked for through the app. Only this file queries `housing_fund_withdrawals`. */
export class HousingFundRepository {
  constructor(private readonly db: Database) {}

  async byId(id: string): Promise<WithdrawalRow | undefined> {
    const t = this.db.schema.housingFundWithdrawals;
    const [row] = await this.db.q.select().from(t).where(eq(t.id, id)).limit(1);
    return row;
  }

  /** Records the confirmation page before anything moves. */
  async insertPrepared(row: Omit<WithdrawalRow, 'status' | 'withdrawalId' | 'paidOn' | 'caseId' | 'spouseExpiresAt' | 'decidedAt'>): Promise<void> {
    await this.db.q.insert(this.db.schema.housingFundWithdrawals).values({
      ...row, status: 'prepared', withdrawalId: null, paidOn: null, caseId: null, spouseExpiresAt: null, decidedAt: null,
    });
  }

  /** Moves a withdrawal from `from` only (atomic): false when another request, instance or the sweep moved it first. */
  async move(id: string, from: WithdrawalStatus, set: Partial<WithdrawalRow> & { status: WithdrawalStatus }): Promise<boolean> {
    const t = this.db.schema.housingFundWithdrawals;
    const rows = await this.db.q.update(t).set(set).where(and(eq(t.id, id), eq(t.status, from))).returning({ id: t.id });
    return rows.length === 1;
  }

  async setCase(id: string, caseId: string): Promise<void> {
    const t = this.db.schema.housingFundWithdrawals;
    await this.db.q.update(t).set({ caseId }).where(eq(t.id, id));
  }

  /** Spouse withdrawals from the account of `payerIdNumber` (asked by someone else) and those `userId` asked for, newest first. */
  async spouseRequests(userId: string, payerIdNumber: string): Promise<WithdrawalRow[]> {
    const t = this.db.schema.housingFundWithdrawals;
    const incoming = await this.db.q.select().from(t)
      .where(and(eq(t.payerIdNumber, payerIdNumber), eq(t.source, 'spouse'), ne(t.userId, userId), ne(t.status, 'prepared')))
      .orderBy(desc(t.createdAt)).limit(50);
    const outgoing = await this.db.q.select().from(t)
      .where(and(eq(t.userId, userId), eq(t.source, 'spouse'), ne(t.status, 'prepared')))
      .orderBy(desc(t.createdAt)).limit(50);
    return [...incoming, ...outgoing];
  }

  /** Spouse requests nobody answered before their deadline. */
  async overdueSpouseRequests(nowIso: string, limit: number): Promise<WithdrawalRow[]> {
    const t = this.db.schema.housingFundWithdrawals;
    return this.db.q.select().from(t).where(and(eq(t.status, 'awaiting_spouse'), lt(t.spouseExpiresAt, nowIso))).limit(limit);
  }
}
