// 预约's public face: the plugin and `app.appointments` (AppointmentsService) that tickets and scan use.
export { appointmentsFeature } from './appointments.routes';
export type { AppointmentsService, HallPlace, HallClock } from './appointments.service';
