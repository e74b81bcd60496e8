import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { ShipmentStatus } from '@zsb/shared/contracts/delivery';
import type { Database } from '../../platform/db';

export type AddressRow = Database['schema']['addresses']['$inferSelect'];
export type ShipmentRow = Database['schema']['shipments']['$inferSelect'];

/** Addresses and shipments. Only this file queries `addresses` and `shipments`. */
export class DeliveryRepository {
  constructor(private readonly db: Database) {}

  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  async addressesOf(userId: string): Promise<AddressRow[]> {
    const t = this.db.schema.addresses;
    return this.db.q.select().from(t).where(eq(t.userId, userId)).orderBy(desc(t.isDefault), asc(t.createdAt)).limit(50);
  }

  async address(userId: string, id: string): Promise<AddressRow | undefined> {
    const t = this.db.schema.addresses;
    return (await this.db.q.select().from(t).where(and(eq(t.id, id), eq(t.userId, userId))).limit(1))[0];
  }

  async insertAddress(row: AddressRow): Promise<void> {
    const t = this.db.schema.addresses;
    // One default per person: a new default clears the old one in the same transaction.
    if (row.isDefault) await this.db.q.update(t).set({ isDefault: false }).where(eq(t.userId, row.userId));
    await this.db.q.insert(t).values(row);
  }

  async deleteAddress(userId: string, id: string): Promise<boolean> {
    const t = this.db.schema.addresses;
    return (await this.db.q.delete(t).where(and(eq(t.id, id), eq(t.userId, userId))).returning({ id: t.id })).length === 1;
  }

  async insertShipment(row: ShipmentRow): Promise<void> {
    const t = this.db.schema.shipments;
    await this.db.q.insert(t).values(row).onConflictDoNothing({ target: t.caseId });
  }

  async shipmentOfCase(caseId: string): Promise<ShipmentRow | undefined> {
    const t = this.db.schema.shipments;
    return (await this.db.q.select().from(t).where(eq(t.caseId, caseId)).limit(1))[0];
  }

  async byWaybill(waybillNo: string): Promise<ShipmentRow | undefined> {
    const t = this.db.schema.shipments;
    return (await this.db.q.select().from(t).where(eq(t.waybillNo, waybillNo)).limit(1))[0];
  }

  /** Moves a shipment only from one of `from`, and only if nobody changed it since `updatedAt` when given. */
  async move(id: string, from: readonly ShipmentStatus[], set: Partial<ShipmentRow>, updatedAt?: string): Promise<boolean> {
    const t = this.db.schema.shipments;
    const cond = and(eq(t.id, id), inArray(t.status, [...from]), ...(updatedAt ? [eq(t.updatedAt, updatedAt)] : []));
    return (await this.db.q.update(t).set(set).where(cond).returning({ id: t.id })).length === 1;
  }

  async inStatus(statuses: readonly ShipmentStatus[], limit: number): Promise<ShipmentRow[]> {
    const t = this.db.schema.shipments;
    return this.db.q.select().from(t).where(inArray(t.status, [...statuses])).orderBy(asc(t.updatedAt)).limit(limit);
  }
}
