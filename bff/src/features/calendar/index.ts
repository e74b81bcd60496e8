// 工作日日历's public face: the plugin, and the service other features listen to for newly published years.
export { calendarFeature } from './calendar.routes';
export type { CalendarService } from './calendar.service';
