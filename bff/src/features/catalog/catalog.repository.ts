import { eq, sql } from 'drizzle-orm';
import type { ServiceItem } from '@zsb/shared/contracts/catalog';
import type { Db } from '../../db/client';
import { serviceItems, serviceUsage } from './catalog.table';

export interface StoredItem {
  item: ServiceItem;
  published: boolean;
  seeded: number;
  views: number;
  applications: number;
}

export class CatalogRepository {
  constructor(private readonly db: Db) {}

  count(): number {
    return this.db.select({ n: sql<number>`count(*)` }).from(serviceItems).get()?.n ?? 0;
  }

  all(): StoredItem[] {
    return this.db
      .select({ item: serviceItems.data, published: serviceItems.published, seeded: serviceUsage.seeded, views: serviceUsage.views, applications: serviceUsage.applications })
      .from(serviceItems)
      .leftJoin(serviceUsage, eq(serviceUsage.code, serviceItems.code))
      .all()
      .map((r) => ({ item: r.item, published: r.published, seeded: r.seeded ?? 0, views: r.views ?? 0, applications: r.applications ?? 0 }));
  }

  /** Inserts items that are not there yet (an operator's later edits are never overwritten). */
  insertMissing(items: ServiceItem[], seededUsage: Record<string, number>, at: string): number {
    let inserted = 0;
    this.db.transaction((tx) => {
      for (const item of items) {
        const r = tx.insert(serviceItems).values(rowOf(item, at)).onConflictDoNothing().run();
        inserted += r.changes;
        tx.insert(serviceUsage).values({ code: item.code, seeded: seededUsage[item.code] ?? 0 }).onConflictDoNothing().run();
      }
    });
    return inserted;
  }

  save(item: ServiceItem, published: boolean, at: string): void {
    this.db.transaction((tx) => {
      tx.insert(serviceItems).values({ ...rowOf(item, at), published })
        .onConflictDoUpdate({ target: serviceItems.code, set: { ...rowOf(item, at), published } }).run();
      tx.insert(serviceUsage).values({ code: item.code }).onConflictDoNothing().run();
    });
  }

  countView(code: string): void {
    this.db.update(serviceUsage).set({ views: sql`${serviceUsage.views} + 1` }).where(eq(serviceUsage.code, code)).run();
  }

  countApplication(code: string): void {
    this.db.update(serviceUsage).set({ applications: sql`${serviceUsage.applications} + 1` }).where(eq(serviceUsage.code, code)).run();
  }
}

function rowOf(item: ServiceItem, at: string) {
  return { code: item.code, name: item.name, departmentCode: item.departmentCode, region: item.region, online: item.online, data: item, updatedAt: at };
}
