import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { messageRoutes } from '@zsb/shared/contracts/messages';
import { registerRoute } from '../../platform/route';
import { MessagesService } from './messages.service';

declare module 'fastify' {
  interface FastifyInstance {
    messages: MessagesService;
  }
}

export const messagesFeature = fp(async function messagesFeature(app: FastifyInstance) {
  const service = new MessagesService(app.db);
  app.decorate('messages', service);

  registerRoute(app, messageRoutes.list, async (req) => ({
    items: service.list(req.user.userId, { unreadOnly: req.query.unreadOnly === 'true', limit: req.query.limit }),
    unread: service.unreadCount(req.user.userId),
  }));
  registerRoute(app, messageRoutes.markRead, async (req) => service.markRead(req.user.userId, req.params.messageId));
  registerRoute(app, messageRoutes.markAllRead, async (req) => service.markAllRead(req.user.userId));
}, { name: 'feature-messages', dependencies: ['zsb-db'] });
