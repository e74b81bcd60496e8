import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { messageRoutes } from '@zsb/shared/contracts/messages';
import { registerRoute } from '../../platform/route';
import { AnswerCache } from '../../platform/answer-cache';
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

  // Every screen asks for the newest message and the unread count: a reader's answer is sent again
  // from the bytes written last until their messages change (MessagesService.version).
  const inboxes = new AnswerCache((userId) => service.version(userId), { max: 20_000, ttlMs: 60_000 });
  registerRoute(app, messageRoutes.list, async (req, reply) => {
    const lang = requestLanguage(req);
    localizedReply(reply, lang);
    const { userId } = req.user;
    const unreadOnly = req.query.unreadOnly === 'true';
    return inboxes.reply(reply, `${userId} ${lang} ${unreadOnly} ${req.query.limit}`, async () => {
      const [items, unread] = await Promise.all([service.list(userId, { unreadOnly, limit: req.query.limit }, lang), service.unreadCount(userId)]);
      return { items, unread };
    }, userId) as never;
  });
  registerRoute(app, messageRoutes.markRead, async (req) => service.markRead(req.user.userId, req.params.messageId));
  registerRoute(app, messageRoutes.markAllRead, async (req) => service.markAllRead(req.user.userId));
}, { name: 'feature-messages', dependencies: ['zsb-db', 'zsb-shared-state'] });
