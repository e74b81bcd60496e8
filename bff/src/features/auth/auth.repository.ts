import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { refreshTokens, users } from './auth.table';

export type UserRow = typeof users.$inferSelect;
export type RefreshRow = typeof refreshTokens.$inferSelect;

export class AuthRepository {
  // Every authenticated request loads its user: keep that statement prepared.
  private readonly byId;

  constructor(private readonly db: Db) {
    this.byId = db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare();
  }

  userById(id: string): UserRow | undefined {
    return this.byId.get({ id });
  }

  /** Every resident who has signed in (the people background jobs such as expiry reminders write to). */
  residents(): Pick<UserRow, 'id' | 'idNumber' | 'name'>[] {
    return this.db.select({ id: users.id, idNumber: users.idNumber, name: users.name }).from(users).where(eq(users.kind, 'resident')).all();
  }

  /** Every operator account that has signed in (the people operational alerts go to). */
  operatorIds(): string[] {
    return this.db.select({ id: users.id }).from(users).where(eq(users.kind, 'operator')).all().map((r) => r.id);
  }

  /** Inserts or refreshes the user behind an identity-provider subject. */
  upsertUser(row: Omit<UserRow, 'createdAt'> & { createdAt: string }): UserRow {
    return this.db.insert(users).values(row).onConflictDoUpdate({
      target: users.subject,
      set: {
        name: row.name, phone: row.phone, kind: row.kind, departmentCode: row.departmentCode, region: row.region,
        lastLoginAt: row.lastLoginAt, ...(row.wechatOpenId ? { wechatOpenId: row.wechatOpenId } : {}),
      },
    }).returning().get();
  }

  refreshByHash(hash: string): RefreshRow | undefined {
    return this.db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, hash)).get();
  }

  insertRefresh(row: RefreshRow): void {
    this.db.insert(refreshTokens).values(row).run();
  }

  /** Marks a token spent only if it still is unspent; false means someone spent it first. */
  spend(hash: string, at: string): boolean {
    const r = this.db.update(refreshTokens).set({ spentAt: at })
      .where(and(eq(refreshTokens.tokenHash, hash), isNull(refreshTokens.spentAt), isNull(refreshTokens.revokedAt))).run();
    return r.changes === 1;
  }

  revokeFamily(familyId: string, at: string): void {
    this.db.update(refreshTokens).set({ revokedAt: at })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt))).run();
  }

  revokeAllOf(userId: string, at: string): void {
    this.db.update(refreshTokens).set({ revokedAt: at })
      .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt))).run();
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn, { behavior: 'immediate' });
  }
}
