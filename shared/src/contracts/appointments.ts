import { z } from 'zod';
import { defineRoute } from './route';
import { IsoDateSchema, IsoInstantSchema } from './common';

export const SlotSchema = z.object({
  id: z.string(),
  /** `HH:MM` China time. */
  start: z.string(),
  end: z.string(),
  capacity: z.number().int(),
  remaining: z.number().int(),
});
export type Slot = z.infer<typeof SlotSchema>;

const HallIdSchema = z.string().regex(/^H\d{6}$/);
const ItemCodeSchema = z.string().regex(/^[A-Z]+-\d{4}$/);
const SlotIdSchema = z.string().min(1).max(80);

export const SlotsQuerySchema = z.object({ itemCode: ItemCodeSchema, date: IsoDateSchema });

export const APPOINTMENT_STATUSES = ['booked', 'checked_in', 'cancelled', 'no_show'] as const;

export const AppointmentSchema = z.object({
  id: z.string(),
  hallId: z.string(),
  hallName: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  slotId: z.string(),
  date: IsoDateSchema,
  start: z.string(),
  end: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  createdAt: IsoInstantSchema,
});
export type Appointment = z.infer<typeof AppointmentSchema>;

export const SuspensionSchema = z.object({
  /** First date booking is possible again. */
  until: IsoDateSchema,
  noShows: z.number().int(),
});

export const BookRequestSchema = z.object({ slotId: SlotIdSchema, itemCode: ItemCodeSchema });
export const ChangeRequestSchema = z.object({ slotId: SlotIdSchema });

const IdParams = z.object({ appointmentId: z.string().min(1).max(64) });

export const appointmentRoutes = {
  slots: defineRoute({
    method: 'GET', path: '/api/v1/halls/:hallId/slots', tags: ['appointments'],
    summary: 'Bookable slots of a hall for an item on a working day, with seats left',
    params: z.object({ hallId: HallIdSchema }), query: SlotsQuerySchema,
    response: z.object({ slots: z.array(SlotSchema) }),
  }),
  book: defineRoute({
    method: 'POST', path: '/api/v1/appointments', tags: ['appointments'], status: 201,
    summary: 'Book a slot (Idempotency-Key); one active booking per person and item; a full slot is 409',
    body: BookRequestSchema, response: AppointmentSchema,
  }),
  list: defineRoute({
    method: 'GET', path: '/api/v1/appointments', tags: ['appointments'],
    summary: 'My appointments, and whether booking is suspended after no-shows',
    response: z.object({ items: z.array(AppointmentSchema), suspension: SuspensionSchema.nullable() }),
  }),
  change: defineRoute({
    method: 'PATCH', path: '/api/v1/appointments/:appointmentId', tags: ['appointments'],
    summary: 'Move my booking to another slot of the same hall and item',
    params: IdParams, body: ChangeRequestSchema, response: AppointmentSchema,
  }),
  cancel: defineRoute({
    method: 'POST', path: '/api/v1/appointments/:appointmentId/cancel', tags: ['appointments'],
    summary: 'Cancel my booking (frees its seat)',
    params: IdParams, response: AppointmentSchema,
  }),
};
