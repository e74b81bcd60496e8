import { count, eq, inArray, sql } from 'drizzle-orm';
import type { ServiceItem } from '@zsb/shared/contracts/catalog';
import type { Database } from '../../platform/db';

export interface Usage {
  seeded: number;
  views: number;
  applications: number;
}

export interface StoredItem {
  item: ServiceItem;
  published: boolean;
  updatedAt: string;
  usage: Usage;
}

/** What tells a cached entry from the stored one, without the item document itself. */
export interface ItemVersion {
  code: string;
  published: boolean;
  updatedAt: string;
  usage: Usage;
}

/** Rows per multi-row insert: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 200;

/** Service items and their usage counts. Only this file queries `service_items` and `service_usage`. */
export class CatalogRepository {
  constructor(private readonly db: Database) {}

  async count(): Promise<number> {
    const { serviceItems } = this.db.schema;
    const [r] = await this.db.q.select({ n: count() }).from(serviceItems);
    return r?.n ?? 0;
  }

  /** Every stored item with its usage (all of them, or those of `codes`). */
  async items(codes?: readonly string[]): Promise<StoredItem[]> {
    return (await this.withUsage(codes, true)).map(({ item, published, updatedAt, usage }) => ({ item: item!, published, updatedAt, usage }));
  }

  /** Versions and usage of every item (or of `codes`): cheap to compare with what an instance holds. */
  async versions(codes?: readonly string[]): Promise<ItemVersion[]> {
    return (await this.withUsage(codes, false)).map(({ code, published, updatedAt, usage }) => ({ code, published, updatedAt, usage }));
  }

  // Items joined with their usage counts; the item's data (the bulk of a row) only when asked for.
  private async withUsage(codes: readonly string[] | undefined, withData: boolean) {
    if (codes && codes.length === 0) return [];
    const { serviceItems, serviceUsage } = this.db.schema;
    const rows = await this.db.q
      .select({
        code: serviceItems.code, published: serviceItems.published, updatedAt: serviceItems.updatedAt,
        seeded: serviceUsage.seeded, views: serviceUsage.views, applications: serviceUsage.applications,
        ...(withData ? { item: serviceItems.data } : {}),
      })
      .from(serviceItems)
      .leftJoin(serviceUsage, eq(serviceUsage.code, serviceItems.code))
      .where(codes ? inArray(serviceItems.code, [...codes]) : undefined);
    return rows.map((r) => ({
      code: r.code, published: r.published, updatedAt: r.updatedAt, item: (r as { item?: StoredItem['item'] }).item,
      usage: { seeded: r.seeded ?? 0, views: r.views ?? 0, applications: r.applications ?? 0 },
    }));
  }

  /**
   * Inserts the items that are not there yet; an operator's later edits are never overwritten.
   * Conditional inserts (on conflict do nothing), in code order: two instances importing at once
   * both succeed and the items go in once. Returns how many items this call inserted.
   */
  async insertMissing(items: ServiceItem[], seededUsage: Record<string, number>, at: string): Promise<number> {
    const { serviceItems, serviceUsage } = this.db.schema;
    const sorted = [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    // One transaction: another instance sees none of the import or all of it, never a part.
    return this.db.transaction(async () => {
      let inserted = 0;
      for (let i = 0; i < sorted.length; i += CHUNK) {
        const chunk = sorted.slice(i, i + CHUNK);
        const added = await this.db.q.insert(serviceItems).values(chunk.map((item) => rowOf(item, at)))
          .onConflictDoNothing().returning({ code: serviceItems.code });
        inserted += added.length;
        await this.db.q.insert(serviceUsage).values(chunk.map((item) => ({ code: item.code, seeded: seededUsage[item.code] ?? 0 })))
          .onConflictDoNothing();
      }
      return inserted;
    });
  }

  async save(item: ServiceItem, published: boolean, at: string): Promise<void> {
    const { serviceItems, serviceUsage } = this.db.schema;
    await this.db.transaction(async () => {
      await this.db.q.insert(serviceItems).values({ ...rowOf(item, at), published })
        .onConflictDoUpdate({ target: serviceItems.code, set: { ...rowOf(item, at), published } });
      await this.db.q.insert(serviceUsage).values({ code: item.code }).onConflictDoNothing();
    });
  }

  /** One more guide view, atomically (`views = views + 1`); the counts after it, or null for an unknown code. */
  async countView(code: string): Promise<Usage | null> {
    const { serviceUsage } = this.db.schema;
    const [r] = await this.db.q.update(serviceUsage).set({ views: sql`${serviceUsage.views} + 1` }).where(eq(serviceUsage.code, code))
      .returning({ seeded: serviceUsage.seeded, views: serviceUsage.views, applications: serviceUsage.applications });
    return r ?? null;
  }

  /** One more application, atomically; the counts after it, or null for an unknown code. */
  async countApplication(code: string): Promise<Usage | null> {
    const { serviceUsage } = this.db.schema;
    const [r] = await this.db.q.update(serviceUsage).set({ applications: sql`${serviceUsage.applications} + 1` }).where(eq(serviceUsage.code, code))
      .returning({ seeded: serviceUsage.seeded, views: serviceUsage.views, applications: serviceUsage.applications });
    return r ?? null;
  }
}

function rowOf(item: ServiceItem, at: string) {
  return { code: item.code, name: item.name, departmentCode: item.departmentCode, region: item.region, online: item.online, data: item, updatedAt: at };
}
