import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { messageRoutes } from '@zsb/shared/contracts/messages';
import { registerRoute } from '../../platform/route';
import { localizedReply, requestLanguage } from '../../platform/i18n/language';
import { MessagesService } from './messages.service';
import { MessagesRepository } from './messages.repository';

declare module 'fastify' {
  interface FastifyInstance {
    messages: MessagesService;
  }
}

export const messagesFeature = fp(async function messagesFeature(app: FastifyInstance) {
  const service = new MessagesService(new MessagesRepository(app.database), app.database, app.shared);
  app.decorate('messages', service);

  registerRoute(app, messageRoutes.list, async (req, reply) => {
    const lang = requestLanguage(req);
    localizedReply(reply, lang);
    const [items, unread] = await Promise.all([
      service.list(req.user.userId, { unreadOnly: req.query.unreadOnly === 'true', limit: req.query.limit }, lang),
      service.unreadCount(req.user.userId),
    ]);
    return { items, unread };
  });
  registerRoute(app, messageRoutes.markRead, async (req) => service.markRead(req.user.userId, req.params.messageId));
  registerRoute(app, messageRoutes.markAllRead, async (req) => service.markAllRead(req.user.userId));
}, { name: 'feature-messages', dependencies: ['zsb-db', 'zsb-shared-state'] });
