import { and, eq, gte, inArray, sum } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type UploadRow = Database['schema']['uploads']['$inferSelect'];

/** The only place with queries on `uploads`. */
export class UploadsRepository {
  constructor(private readonly db: Database) {}

  async insert(row: UploadRow): Promise<void> {
    await this.db.q.insert(this.db.schema.uploads).values(row);
  }

  async byId(id: string): Promise<UploadRow | undefined> {
    const { uploads } = this.db.schema;
    return (await this.db.q.select().from(uploads).where(eq(uploads.id, id)).limit(1))[0];
  }

  async ownedBy(ownerUserId: string, id: string): Promise<UploadRow | undefined> {
    const { uploads } = this.db.schema;
    return (await this.db.q.select().from(uploads).where(and(eq(uploads.id, id), eq(uploads.ownerUserId, ownerUserId))).limit(1))[0];
  }

  /** Bytes `ownerUserId` uploaded since `sinceIso` (the daily quota). */
  async bytesUploadedSince(ownerUserId: string, sinceIso: string): Promise<number> {
    const { uploads } = this.db.schema;
    const [row] = await this.db.q.select({ total: sum(uploads.size) }).from(uploads)
      .where(and(eq(uploads.ownerUserId, ownerUserId), gte(uploads.createdAt, sinceIso)));
    return Number(row?.total ?? 0);
  }

  async ownedIds(ownerUserId: string, ids: readonly string[]): Promise<string[]> {
    const { uploads } = this.db.schema;
    const rows = await this.db.q.select({ id: uploads.id }).from(uploads)
      .where(and(eq(uploads.ownerUserId, ownerUserId), inArray(uploads.id, [...new Set(ids)])));
    return rows.map((r) => r.id);
  }

  async byIds(ids: readonly string[]): Promise<UploadRow[]> {
    const { uploads } = this.db.schema;
    return this.db.q.select().from(uploads).where(inArray(uploads.id, [...new Set(ids)]));
  }
}
