import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { housingFundWithdrawals } from './housing-fund.table';

export type WithdrawalRow = typeof housingFundWithdrawals.$inferSelect;

export class HousingFundRepository {
  constructor(private readonly db: Db) {}

  byKey(userId: string, key: string): WithdrawalRow | undefined {
    return this.db.select().from(housingFundWithdrawals)
      .where(and(eq(housingFundWithdrawals.userId, userId), eq(housingFundWithdrawals.idempotencyKey, key))).get();
  }

  insertPending(row: Omit<WithdrawalRow, 'status' | 'withdrawalId' | 'paidOn'>): void {
    this.db.insert(housingFundWithdrawals).values({ ...row, status: 'pending', withdrawalId: null, paidOn: null }).run();
  }

  complete(id: string, withdrawalId: string, paidOn: string): void {
    this.db.update(housingFundWithdrawals).set({ status: 'done', withdrawalId, paidOn }).where(eq(housingFundWithdrawals.id, id)).run();
  }

  /** A request without a key that the upstream refused or never answered leaves nothing behind. */
  discard(id: string): void {
    this.db.delete(housingFundWithdrawals).where(and(eq(housingFundWithdrawals.id, id), eq(housingFundWithdrawals.status, 'pending'))).run();
  }
}
