import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type WithdrawalRow = Database['schema']['housingFundWithdrawals']['$inferSelect'];

/** Withdrawals asked for through the app. Only this file queries `housing_fund_withdrawals`. */
export class HousingFundRepository {
  constructor(private readonly db: Database) {}

  async byKey(userId: string, key: string): Promise<WithdrawalRow | undefined> {
    const t = this.db.schema.housingFundWithdrawals;
    const [row] = await this.db.q.select().from(t).where(and(eq(t.userId, userId), eq(t.idempotencyKey, key))).limit(1);
    return row;
  }

  /** Records the attempt before the upstream is called; a second one with the same (user, key) is a unique violation. */
  async insertPending(row: Omit<WithdrawalRow, 'status' | 'withdrawalId' | 'paidOn'>): Promise<void> {
    await this.db.q.insert(this.db.schema.housingFundWithdrawals).values({ ...row, status: 'pending', withdrawalId: null, paidOn: null });
  }

  async complete(id: string, withdrawalId: string, paidOn: string): Promise<void> {
    const t = this.db.schema.housingFundWithdrawals;
    await this.db.q.update(t).set({ status: 'done', withdrawalId, paidOn }).where(eq(t.id, id));
  }

  /** A request without a key that the upstream refused or never answered leaves nothing behind. */
  async discard(id: string): Promise<void> {
    const t = this.db.schema.housingFundWithdrawals;
    await this.db.q.delete(t).where(and(eq(t.id, id), eq(t.status, 'pending')));
  }
}
