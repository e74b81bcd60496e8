import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ShipmentStatus, TrackingEvent } from '@zsb/shared/contracts/delivery';

/** The resident's saved delivery addresses (地址簿). */
export const addresses = sqliteTable('addresses', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  name: text('name').notNull(),
  phone: text('phone').notNull(),
  regionCode: text('region_code').notNull(),
  detail: text('detail').notNull(),
  isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
}, (t) => [index('addresses_user').on(t.userId, t.createdAt)]);

/**
 * How one case's result reaches the applicant: chosen at submission, a shipment from 办结 on.
 * The address is copied when chosen, so editing the address book later changes no parcel.
 */
export const shipments = sqliteTable('shipments', {
  id: text('id').primaryKey(),
  caseId: text('case_id').notNull(),
  userId: text('user_id').notNull(),
  method: text('method').$type<'pickup' | 'express'>().notNull(),
  status: text('status').$type<ShipmentStatus>().notNull(),
  receiverName: text('receiver_name'),
  receiverPhone: text('receiver_phone'),
  regionCode: text('region_code'),
  addressDetail: text('address_detail'),
  carrier: text('carrier'),
  waybillNo: text('waybill_no'),
  pickupCode: text('pickup_code'),
  events: text('events', { mode: 'json' }).$type<TrackingEvent[]>().notNull(),
  attempts: integer('attempts').notNull().default(0),
  signedAt: text('signed_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [
  uniqueIndex('shipments_case').on(t.caseId),
  uniqueIndex('shipments_waybill').on(t.waybillNo),
  index('shipments_status').on(t.status, t.updatedAt),
]);
