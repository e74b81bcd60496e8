import fp from 'fastify-plugin';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { notificationRoutes } from '@zsb/shared/contracts/notifications';
import { registerRoute } from '../../platform/route';
import { Leases } from '../../platform/lease';
import { NotificationsRepository } from './notifications.repository';
import { NOTIFY_SWEEP_MS, NotificationsService } from './notifications.service';

declare module 'fastify' {
  interface FastifyInstance {
    notifications: NotificationsService;
  }
}

export const notificationsFeature = fp(async function notificationsFeature(app: FastifyInstance) {
  const holder = `notifications:${randomUUID()}`;
  const service = new NotificationsService({
    repo: new NotificationsRepository(app.database), auth: app.auth, upstreams: app.upstreams,
    leases: new Leases(app.database, holder), holder, log: app.log,
    afterCommit: (fn) => app.database.afterCommit(fn),
  });
  app.decorate('notifications', service);
  // Every message sent through `app.messages.send` gets its WeChat / SMS deliveries queued with it.
  app.messages.onSent((userId, messageId, m) => service.queue(userId, messageId, m));

  if (app.config.schedulers) {
    const sweep = () => { service.sweep().catch((err) => app.log.error({ err }, 'deferred notification sweep failed')); };
    const timer = setInterval(sweep, NOTIFY_SWEEP_MS);
    timer.unref();
    app.addHook('onReady', async () => sweep());
    app.addHook('onClose', async () => clearInterval(timer));
  }
  app.addHook('onClose', async () => service.settle());

  registerRoute(app, notificationRoutes.settings, async (req) => service.settings(req.user));
  registerRoute(app, notificationRoutes.save, async (req) => service.save(req.user, req.body.items));
  registerRoute(app, notificationRoutes.subscribed, async (req) => service.subscribed(req.user, req.body.results));
}, { name: 'feature-notifications', dependencies: ['feature-auth', 'feature-messages', 'zsb-upstreams', 'zsb-db'] });
