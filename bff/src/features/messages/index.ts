// The message center's public face: other features send through `app.messages` (MessagesService).
export { messagesFeature } from './messages.routes';
export type { MessagesService, NewMessage, MessageListener } from './messages.service';
