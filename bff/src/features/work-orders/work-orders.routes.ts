import { randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { workOrderRoutes } from '@zsb/shared/contracts/work-orders';
import { registerRoute } from '../../platform/route';
import { AppError } from '../../platform/errors';
import { HOTLINE_SIGNATURE_HEADER, verifyHotlineSignature } from '../../upstreams/hotline/hotline.signature';
import { Leases } from '../../platform/lease';
import { parseDueDaysByRegion } from './work-orders.rules';
import { WorkOrdersService } from './work-orders.service';

declare module 'fastify' {
  interface FastifyInstance {
    workOrders: WorkOrdersService;
  }
  interface FastifyRequest {
    rawBody?: Buffer;
  }
}

/** How often unpushed orders are retried against 12345. */
const PUSH_SWEEP_MS = 60_000;

export const workOrdersFeature = fp(async function workOrdersFeature(app: FastifyInstance) {
  const service = new WorkOrdersService({
    database: app.database,
    hotline: app.upstreams.hotline,
    messages: app.messages,
    // Each app is its own lease holder (several may run in one process in tests).
    leases: new Leases(app.database, `work-orders:${randomUUID()}`),
    policy: { defaultDays: app.config.workOrders.dueDays, byRegion: parseDueDaysByRegion(app.config.workOrders.dueDaysByRegion) },
  });
  app.decorate('workOrders', service);
  // A year's schedule published: due dates counted over it while it was provisional are counted again.
  // Only the instance that saved the schedule gets this call (the others just reload the calendar), so it runs once.
  app.calendar.onSchedulePublished(async (year, targets) => {
    const target = targets.find((t) => t.kind === 'work_order');
    if (!target) return;
    try {
      const r = await service.recomputeDueDates(year, target);
      app.log.info({ year, ...r }, 'work-order due dates recomputed for a published schedule');
    } catch (err) {
      // The schedule is saved and must still be announced to the other instances; saving it again reruns this.
      app.log.error({ err, year }, 'work-order due dates not recomputed');
    }
  });

  registerRoute(app, workOrderRoutes.list, async (req) => ({ items: await service.list(req.user, req.query) }));
  registerRoute(app, workOrderRoutes.get, async (req) => service.get(req.user, req.params.workOrderId));
  registerRoute(app, workOrderRoutes.callback, async (req) => service.recordCallback(req.user, req.params.workOrderId, req.body));
  registerRoute(app, workOrderRoutes.rectification, async (req) => service.recordRectification(req.user, req.params.workOrderId, req.body));
  registerRoute(app, workOrderRoutes.verdict, async (req) => service.verdict(req.user, req.params.workOrderId, req.body));

  // The webhook lives in its own scope: its JSON parser keeps the exact bytes the signature covers.
  await app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
      (req as FastifyRequest).rawBody = body as Buffer;
      try {
        done(null, JSON.parse((body as Buffer).toString('utf8')));
      } catch {
        done(new AppError(400, 'MALFORMED_JSON', 'The body is not valid JSON'), undefined);
      }
    });
    // Before validation: an unsigned call learns nothing about what a valid body looks like.
    scope.addHook('preValidation', async (req) => {
      const header = req.headers[HOTLINE_SIGNATURE_HEADER];
      if (!verifyHotlineSignature(app.config.hotlineWebhookSecret, req.rawBody ?? Buffer.alloc(0), Array.isArray(header) ? header[0] : header)) {
        throw new AppError(401, 'HOTLINE_SIGNATURE_INVALID', 'The hotline signature does not match the body');
      }
    });
    registerRoute(scope, workOrderRoutes.hotlineWebhook, async (req) => ({ result: await service.hotlineResult(req.body) }));
  });

  if (app.config.schedulers) {
    // Under a lease: one instance sweeps at a time; each order is still claimed before it is pushed.
    const sweep = () => { service.sweepPushes().catch((err) => app.log.error({ err }, 'hotline push sweep failed')); };
    const timer = setInterval(sweep, PUSH_SWEEP_MS);
    timer.unref();
    app.addHook('onReady', async () => sweep());
    app.addHook('onClose', async () => clearInterval(timer));
  }
  app.addHook('onClose', async () => service.settle());
}, { name: 'feature-work-orders', dependencies: ['zsb-db', 'zsb-upstreams', 'feature-messages', 'feature-calendar'] });

