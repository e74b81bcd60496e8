// 取号's public face: the plugin and `app.tickets` (TicketsService).
export { ticketsFeature } from './tickets.routes';
export type { TicketsService } from './tickets.service';
