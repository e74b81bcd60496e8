import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { createRemindersService, REMINDER_SWEEP_MS } from './reminders.service';

/** Expiry reminders: no routes of their own — they arrive in the message center. */
export const remindersFeature = fp(async function remindersFeature(app: FastifyInstance) {
  const service = createRemindersService(app);
  app.decorate('reminders', service);

  if (app.config.schedulers) {
    const sweep = () => { service.run().catch((err) => app.log.error({ err }, 'expiry reminder sweep failed')); };
    const timer = setInterval(sweep, REMINDER_SWEEP_MS);
    timer.unref();
    app.addHook('onReady', async () => sweep());
    app.addHook('onClose', async () => clearInterval(timer));
  }
  app.addHook('onClose', async () => service.settle());
}, { name: 'feature-reminders', dependencies: ['feature-auth', 'feature-messages', 'zsb-upstreams'] });
