import { z } from 'zod';
import { defineRoute } from './route';
import { IsoInstantSchema } from './common';
import { TICKET_PRIORITIES } from '../domain/ticket-priority';

export const TICKET_STATUSES = ['waiting', 'called', 'served', 'no_show'] as const;

export const TicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  hallId: z.string(),
  hallName: z.string(),
  priority: z.enum(TICKET_PRIORITIES),
  status: z.enum(TICKET_STATUSES),
  /** 1 = next to be called; null once called. */
  position: z.number().int().nullable(),
  ahead: z.number().int(),
  estimatedWaitMinutes: z.number().int().nullable(),
  appointmentId: z.string().nullable(),
  window: z.object({ id: z.string(), number: z.string(), name: z.string() }).nullable(),
  /** Offered once served: the rating page of the window that served this ticket. */
  rating: z.object({ windowId: z.string(), itemCode: z.string().nullable(), path: z.string() }).nullable(),
  createdAt: IsoInstantSchema,
});
export type Ticket = z.infer<typeof TicketSchema>;

/** The phone's fix (WGS-84) when checking in by location instead of scanning the hall's code. */
export const CheckinLocationSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  /** Metres, as the phone reports it; a fix vaguer than 200 m is refused. */
  accuracy: z.number().min(0).max(100_000).optional(),
});
export type CheckinLocation = z.infer<typeof CheckinLocationSchema>;

export const TakeTicketRequestSchema = z.object({
  hallId: z.string().regex(/^H\d{6}$/),
  appointmentId: z.string().min(1).max(64).optional(),
  /** Check-in by location: the ticket is issued only when this fix lies inside the hall's area (else 422 `OUTSIDE_HALL_AREA`). */
  location: CheckinLocationSchema.optional(),
});

const TicketParams = z.object({ ticketId: z.string().min(1).max(64) });
const WindowParams = z.object({ windowId: z.string().regex(/^H\d{6}-W\d{2}$/) });

export const ClerkTicketSchema = z.object({
  id: z.string(), number: z.string(), priority: z.enum(TICKET_PRIORITIES), status: z.enum(TICKET_STATUSES),
  windowId: z.string().nullable(), itemCode: z.string().nullable(),
});

export const ticketRoutes = {
  take: defineRoute({
    method: 'POST', path: '/api/v1/tickets', tags: ['tickets'], status: 201,
    summary: 'Take a queue ticket at a hall (priority with today\'s appointment, 特呼 for 60+ or pre-reviewed cases); with `location`, only inside the hall\'s area',
    body: TakeTicketRequestSchema, response: TicketSchema,
  }),
  get: defineRoute({
    method: 'GET', path: '/api/v1/tickets/:ticketId', tags: ['tickets'],
    summary: 'My ticket: position, window called, estimated wait; someone else\'s is 404',
    params: TicketParams, response: TicketSchema,
  }),
  mine: defineRoute({
    method: 'GET', path: '/api/v1/tickets', tags: ['tickets'],
    summary: 'My tickets of today',
    response: z.object({ items: z.array(TicketSchema) }),
  }),
  checkinCode: defineRoute({
    method: 'GET', path: '/api/v1/halls/:hallId/checkin-code', tags: ['tickets'], auth: false,
    summary: 'The hall\'s signed check-in code, printed at its entrance (text and QR SVG)',
    params: z.object({ hallId: z.string().regex(/^H\d{6}$/) }), response: z.object({ text: z.string(), svg: z.string() }),
  }),
  // ───────────── clerks (staff) ─────────────
  queue: defineRoute({
    method: 'GET', path: '/api/v1/staff/windows/:windowId/queue', tags: ['staff'],
    summary: 'The hall queue as a window sees it (staff of the window\'s department)',
    params: WindowParams,
    response: z.object({ current: ClerkTicketSchema.nullable(), waiting: z.array(ClerkTicketSchema) }),
  }),
  callNext: defineRoute({
    method: 'POST', path: '/api/v1/staff/windows/:windowId/call-next', tags: ['staff'],
    summary: 'Call the next ticket to this window; 404 when nobody waits',
    params: WindowParams, response: ClerkTicketSchema,
  }),
  serve: defineRoute({
    method: 'POST', path: '/api/v1/staff/tickets/:ticketId/served', tags: ['staff'],
    summary: 'Mark a called ticket served (the resident is offered the window rating)',
    params: TicketParams, response: ClerkTicketSchema,
  }),
  noShow: defineRoute({
    method: 'POST', path: '/api/v1/staff/tickets/:ticketId/no-show', tags: ['staff'],
    summary: 'Mark a called ticket as not shown up',
    params: TicketParams, response: ClerkTicketSchema,
  }),
};
