/** Queue ticket priorities, called in this order: 特呼 (60+, pre-reviewed online), appointment, walk-in. */
export const TICKET_PRIORITIES = ['special', 'appointment', 'normal'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
