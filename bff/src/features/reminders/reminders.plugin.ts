import fp from 'fastify-plugin';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Leases } from '../../platform/lease';
import { RemindersService, REMINDER_SWEEP_MS } from './reminders.service';

declare module 'fastify' {
  interface FastifyInstance {
    reminders: RemindersService;
  }
}

/** Expiry reminders: no routes of their own — they arrive in the message center. */
export const remindersFeature = fp(async function remindersFeature(app: FastifyInstance) {
  const service = new RemindersService({
    auth: app.auth, upstreams: app.upstreams, messages: app.messages, log: app.log,
    // Each app is its own lease holder (several may run in one process in tests).
    leases: new Leases(app.database, `reminders:${randomUUID()}`),
  });
  app.decorate('reminders', service);
  // A resident's first sign-in: reminders already due are sent before the first screen is asked for.
  app.auth.onFirstSignIn(async (user) => {
    if (user.kind !== 'resident') return;
    try {
      await service.remindPerson(user);
    } catch (err) {
      app.log.error({ err }, 'first sign-in expiry reminders failed');
    }
  });

  if (app.config.schedulers) {
    const sweep = () => { service.run().catch((err) => app.log.error({ err }, 'expiry reminder sweep failed')); };
    const timer = setInterval(sweep, REMINDER_SWEEP_MS);
    timer.unref();
    app.addHook('onReady', async () => sweep());
    app.addHook('onClose', async () => clearInterval(timer));
  }
  app.addHook('onClose', async () => service.settle());
}, { name: 'feature-reminders', dependencies: ['feature-auth', 'feature-messages', 'zsb-upstreams', 'zsb-db'] });
