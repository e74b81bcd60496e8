import { randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { deliveryRoutes } from '@zsb/shared/contracts/delivery';
import { registerRoute } from '../../platform/route';
import { Leases } from '../../platform/lease';
import { COURIER_SIGNATURE_HEADER, readCourierPush, verifyCourierSignature } from '../../upstreams/courier/courier.client';
import { DeliveryRepository } from './delivery.repository';
import { DeliveryService } from './delivery.service';

declare module 'fastify' {
  interface FastifyInstance {
    delivery: DeliveryService;
  }
}

const SWEEP_MS = 60_000;

function ownOrigin(app: FastifyInstance): string {
  const a = app.server.address();
  return typeof a === 'object' && a ? `http://127.0.0.1:${a.port}` : app.config.publicBaseUrl.replace(/\/$/, '');
}

export const deliveryFeature = fp(async function deliveryFeature(app: FastifyInstance) {
  const service = new DeliveryService({
    repo: new DeliveryRepository(app.database),
    cases: app.cases,
    courier: app.upstreams.courier,
    leases: new Leases(app.database, `delivery:${randomUUID()}`),
    callbackUrl: () => app.config.courier.callbackUrl ?? `${ownOrigin(app)}/api/v1/courier/notify`,
  });
  app.decorate('delivery', service);
  app.cases.extend(service.extension);

  registerRoute(app, deliveryRoutes.listAddresses, async (req) => service.addresses(req.user));
  registerRoute(app, deliveryRoutes.createAddress, async (req, reply) => {
    reply.code(201);
    return service.createAddress(req.user, req.body);
  });
  registerRoute(app, deliveryRoutes.deleteAddress, async (req, reply) => {
    await service.deleteAddress(req.user, req.params.addressId);
    reply.code(204);
  });

  // The courier's trace pushes: signature over the raw bytes, answered `{success:true}` as EMS expects.
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
    scope.post('/api/v1/courier/notify', { config: { rateLimit: false } as never, schema: { hide: true } as never }, async (req, reply) => {
      const header = req.headers[COURIER_SIGNATURE_HEADER];
      if (!verifyCourierSignature(app.config.courier.webhookSecret, req.rawBody ?? Buffer.alloc(0), Array.isArray(header) ? header[0] : header)) {
        return reply.code(401).send({ success: false, message: 'signature verification failed' });
      }
      const push = readCourierPush(req.body);
      if (!push) return reply.code(400).send({ success: false, message: 'unreadable body' });
      if (!(await service.record(push.waybillNo, push.traces))) return reply.code(404).send({ success: false, message: 'unknown waybill_no' });
      return { success: true };
    });
  });

  if (app.config.schedulers) {
    const sweep = () => { service.sweep().catch((err) => app.log.error({ err }, 'delivery sweep failed')); };
    const timer = setInterval(sweep, SWEEP_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }
}, { name: 'feature-delivery', dependencies: ['feature-cases', 'zsb-upstreams', 'zsb-db'] });
