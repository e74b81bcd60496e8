import { z } from 'zod';
import { defineRoute } from './route';
import { freeText, IsoInstantSchema } from './common';
import { DISTRICTS } from '../domain/regions';

/*
 * Delivery of results (统一物流): the resident's address book, the choice made at submission
 * (pickup at the window, or express to an address), and the shipment the clerk's 办结 creates.
 */

export const AddressIdSchema = z.string().regex(/^adr_[A-Za-z0-9]{16,32}$/);

/** A district this deployment serves (GB/T 2260); any other code is refused. */
export const DeliveryRegionCodeSchema = z.string().refine((c) => DISTRICTS.some((d) => d.code === c), 'unknown region code');

export const AddressInputSchema = z.strictObject({
  /** 收件人. */
  name: freeText().min(1).max(40),
  phone: z.string().regex(/^1[3-9]\d{9}$/, 'a mainland mobile number'),
  regionCode: DeliveryRegionCodeSchema,
  /** Street, building, room. */
  detail: freeText().min(4).max(200),
  isDefault: z.boolean().optional(),
});
export type AddressInput = z.infer<typeof AddressInputSchema>;

export const AddressSchema = z.object({
  id: AddressIdSchema,
  name: z.string(),
  /** Masked. */
  phone: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  detail: z.string(),
  isDefault: z.boolean(),
});
export type Address = z.infer<typeof AddressSchema>;

/** What the resident chose at submission, for an item that offers delivery. */
export const DeliveryChoiceSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('pickup') }),
  z.strictObject({ method: z.literal('express'), addressId: AddressIdSchema }),
]);
export type DeliveryChoice = z.infer<typeof DeliveryChoiceSchema>;

export const SHIPMENT_STATUSES = ['waiting', 'pending', 'created', 'in_transit', 'delivering', 'signed', 'ready', 'picked_up'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const TrackingEventSchema = z.object({
  /** The courier's operation: accepted, in_transit, out_for_delivery, signed. */
  code: z.enum(['accepted', 'in_transit', 'out_for_delivery', 'signed']),
  description: z.string(),
  place: z.string().nullable(),
  at: IsoInstantSchema,
});
export type TrackingEvent = z.infer<typeof TrackingEventSchema>;

/**
 * How the result reaches the resident. `waiting`: chosen, the case is not finished yet; express:
 * `pending` (asking the courier) → `created` → `in_transit` → `delivering` → `signed`;
 * pickup: `ready` (show the pickup code at the window) → `picked_up`.
 */
export const ShipmentSchema = z.object({
  method: z.enum(['pickup', 'express']),
  status: z.enum(SHIPMENT_STATUSES),
  carrier: z.string().nullable(),
  waybillNo: z.string().nullable(),
  /** Express only, name and phone masked. */
  address: z.object({ name: z.string(), phone: z.string(), regionName: z.string(), detail: z.string() }).nullable(),
  /** Pickup only, for the applicant: the 取件码 the window checks. */
  pickupCode: z.string().nullable(),
  events: z.array(TrackingEventSchema),
  signedAt: IsoInstantSchema.nullable(),
});
export type Shipment = z.infer<typeof ShipmentSchema>;

export const deliveryRoutes = {
  listAddresses: defineRoute({
    method: 'GET', path: '/api/v1/addresses', tags: ['delivery'],
    summary: 'My address book (default first)', response: z.object({ items: z.array(AddressSchema) }),
  }),
  createAddress: defineRoute({
    method: 'POST', path: '/api/v1/addresses', tags: ['delivery'], status: 201,
    summary: 'Save an address (the region code must be one of our districts)', body: AddressInputSchema, response: AddressSchema,
  }),
  deleteAddress: defineRoute({
    method: 'DELETE', path: '/api/v1/addresses/:addressId', tags: ['delivery'],
    summary: 'Remove one of my addresses', params: z.object({ addressId: AddressIdSchema }),
  }),
};
