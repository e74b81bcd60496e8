import { randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { paymentRoutes } from '@zsb/shared/contracts/payments';
import { registerRoute } from '../../platform/route';
import { Leases } from '../../platform/lease';
import { checkNotification, readNotification } from '../../upstreams/payment/payment.notification';
import { PaymentsRepository } from './payments.repository';
import { PaymentsService } from './payments.service';

declare module 'fastify' {
  interface FastifyInstance {
    payments: PaymentsService;
  }
}

/** How often the sweep looks for lost notifications, missing receipts and pending refunds. */
const SWEEP_MS = 30_000;

/** This instance's own address, for development where no public notify URL is configured. */
export function ownOrigin(app: FastifyInstance): string {
  const a = app.server.address();
  return typeof a === 'object' && a ? `http://127.0.0.1:${a.port}` : app.config.publicBaseUrl.replace(/\/$/, '');
}

export const paymentsFeature = fp(async function paymentsFeature(app: FastifyInstance) {
  const service = new PaymentsService({
    repo: new PaymentsRepository(app.database),
    cases: app.cases,
    catalog: { item: (code) => app.catalog.item(code) },
    platform: app.upstreams.payment,
    messages: app.messages,
    leases: new Leases(app.database, `payments:${randomUUID()}`),
    notifyUrl: () => app.config.payments.notifyUrl ?? `${ownOrigin(app)}/api/v1/payments/notify`,
    // Back to the H5 app the resident paid from: the public address, or this instance's own (development, tests).
    returnUrl: (caseId, origin) => {
      const ours = [app.config.publicBaseUrl.replace(/\/$/, ''), ownOrigin(app)];
      const base = origin && ours.includes(origin) ? origin : ours[0];
      return `${base}/#/pay/pages/pay/index?caseId=${caseId}&returned=1`;
    },
  });
  app.decorate('payments', service);
  app.cases.extend(service.extension);

  registerRoute(app, paymentRoutes.create, async (req, reply) => {
    reply.code(201);
    return service.create(req.user, req.params.caseId, req.body, typeof req.headers.origin === 'string' ? req.headers.origin : undefined);
  });
  registerRoute(app, paymentRoutes.get, async (req) => service.get(req.user, req.params.paymentId));
  registerRoute(app, paymentRoutes.receipts, async (req) => service.receipts(req.user));

  // The platform's notifications: raw bytes kept for the signature; answered as the platform expects
  // (2xx acknowledges; otherwise `{code:"FAIL",message}` and it redelivers later).
  await app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 64 * 1024 }, (req, body, done) => {
      (req as FastifyRequest).rawBody = body as Buffer;
      try {
        done(null, JSON.parse((body as Buffer).toString('utf8')));
      } catch {
        done(null, undefined);
      }
    });
    scope.post('/api/v1/payments/notify', { config: { rateLimit: false } as never, schema: { hide: true } as never }, async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const fail = (status: number, message: string) => reply.code(status).send({ code: 'FAIL', message });
      const check = checkNotification(app.config.payments.apiKey, req.headers, req.rawBody ?? Buffer.alloc(0));
      if (!check.ok) {
        req.log.warn({ reason: check.reason }, 'payment notification refused');
        return fail(401, check.reason === 'stale' ? 'timestamp out of range' : 'signature verification failed');
      }
      const notice = readNotification(app.config.payments.apiKey, req.body);
      if (!notice) return fail(400, 'unreadable notification');
      const answer = await service.handleNotice(notice);
      if (answer.status === 204) return reply.code(204).send();
      req.log.warn({ status: answer.status, message: answer.message }, 'payment notification not accepted');
      return fail(answer.status, answer.message);
    });
  });

  if (app.config.schedulers) {
    const sweep = () => { service.sweep().catch((err) => app.log.error({ err }, 'payments sweep failed')); };
    const timer = setInterval(sweep, SWEEP_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }
}, { name: 'feature-payments', dependencies: ['feature-cases', 'feature-catalog', 'feature-messages', 'zsb-upstreams', 'zsb-db'] });
