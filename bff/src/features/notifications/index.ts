// Notification channels' public face: the plugin and `app.notifications` (NotificationsService).
// Features do not call it: they send with `app.messages.send(userId, {kind, title, body, link, urgent?})`,
// and the outside channels (WeChat subscription message, SMS) follow the resident's 消息设置.
export { notificationsFeature } from './notifications.routes';
export type { NotificationsService, DispatchRun } from './notifications.service';
