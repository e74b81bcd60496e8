import { and, eq, isNull, sql } from 'drizzle-orm';
import { CITY } from '@zsb/shared/domain/regions';
import type { Database } from '../../platform/db';

export type UserRow = Database['schema']['users']['$inferSelect'];
export type RefreshRow = Database['schema']['refreshTokens']['$inferSelect'];

/** Users and refresh tokens. Only this file queries the `users` and `refresh_tokens` tables. */
export class AuthRepository {
  // Every authenticated request that needs its user loads it: keep that statement prepared.
  private readonly byId;

  constructor(private readonly db: Database) {
    const { users } = db.schema;
    this.byId = db.prepared('auth_user_by_id', (q) => q.select().from(users).where(eq(users.id, sql.placeholder('id'))).limit(1));
  }

  async userById(id: string): Promise<UserRow | undefined> {
    return ((await this.byId({ id })) as UserRow[])[0];
  }

  /** Every resident who has signed in (the people background jobs such as expiry reminders write to). */
  async residents(): Promise<Pick<UserRow, 'id' | 'idNumber' | 'name'>[]> {
    const { users } = this.db.schema;
    return this.db.q.select({ id: users.id, idNumber: users.idNumber, name: users.name }).from(users)
      .where(eq(users.kind, 'resident')).orderBy(users.id);
  }

  /** Every operator account that has signed in (the people operational alerts go to). */
  /** The resident signed in to 掌上办 with this ID number, if any. */
  async residentByIdNumber(idNumber: string): Promise<Pick<UserRow, 'id' | 'name'> | undefined> {
    const { users } = this.db.schema;
    const [row] = await this.db.q.select({ id: users.id, name: users.name }).from(users)
      .where(and(eq(users.idNumber, idNumber), eq(users.kind, 'resident'))).limit(1);
    return row;
  }

  async operatorIds(): Promise<string[]> {
    const { users } = this.db.schema;
    return (await this.db.q.select({ id: users.id }).from(users).where(eq(users.kind, 'operator'))).map((r) => r.id);
  }

  /** The clerks of a unit who have signed in: its department, in the city or in `region` (预警督办 alerts). */
  async staffIds(departmentCode: string, region: string): Promise<string[]> {
    const { users } = this.db.schema;
    const rows = await this.db.q.select({ id: users.id, region: users.region }).from(users)
      .where(and(eq(users.kind, 'staff'), eq(users.departmentCode, departmentCode)));
    // A city-wide clerk (no region, or the city's) sees every district's work; a district clerk only theirs.
    return rows.filter((r) => !r.region || r.region === CITY.code || r.region === region).map((r) => r.id);
  }

  /** Inserts or refreshes the user behind an identity-provider subject (one row per subject: unique index). */
  async upsertUser(row: UserRow): Promise<UserRow> {
    const { users } = this.db.schema;
    const [user] = await this.db.q.insert(users).values(row).onConflictDoUpdate({
      target: users.subject,
      set: {
        name: row.name, phone: row.phone, kind: row.kind, departmentCode: row.departmentCode, region: row.region,
        lastLoginAt: row.lastLoginAt, ...(row.wechatOpenId ? { wechatOpenId: row.wechatOpenId } : {}),
      },
    }).returning();
    return user!;
  }

  async userByIdNumber(idNumber: string): Promise<UserRow | undefined> {
    const { users } = this.db.schema;
    const [row] = await this.db.q.select().from(users).where(eq(users.idNumber, idNumber)).limit(1);
    return row;
  }

  /** Adds a person who has not signed in yet; a concurrent or earlier insert of the same subject wins. */
  async insertUserIfAbsent(row: UserRow): Promise<UserRow> {
    const { users } = this.db.schema;
    await this.db.q.insert(users).values(row).onConflictDoNothing();
    const [user] = await this.db.q.select().from(users).where(eq(users.subject, row.subject)).limit(1);
    return user!;
  }

  async refreshByHash(hash: string): Promise<RefreshRow | undefined> {
    const { refreshTokens } = this.db.schema;
    const [row] = await this.db.q.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, hash)).limit(1);
    return row;
  }

  async insertRefresh(row: RefreshRow): Promise<void> {
    await this.db.q.insert(this.db.schema.refreshTokens).values(row);
  }

  /** Marks a token spent only if it still is unspent and unrevoked (atomic); false means someone spent it first. */
  async spend(hash: string, at: string): Promise<boolean> {
    const { refreshTokens } = this.db.schema;
    const r = await this.db.q.update(refreshTokens).set({ spentAt: at })
      .where(and(eq(refreshTokens.tokenHash, hash), isNull(refreshTokens.spentAt), isNull(refreshTokens.revokedAt)))
      .returning({ hash: refreshTokens.tokenHash });
    return r.length === 1;
  }

  async revokeFamily(familyId: string, at: string): Promise<void> {
    const { refreshTokens } = this.db.schema;
    await this.db.q.update(refreshTokens).set({ revokedAt: at })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
  }

  /** Revokes every live token of a user; answers the families (sessions) that were ended now. */
  async revokeAllOf(userId: string, at: string): Promise<string[]> {
    const { refreshTokens } = this.db.schema;
    const rows = await this.db.q.update(refreshTokens).set({ revokedAt: at })
      .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)))
      .returning({ familyId: refreshTokens.familyId });
    return [...new Set(rows.map((r) => r.familyId))];
  }
}
