import { randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { enquiryRoutes } from '@zsb/shared/contracts/enquiries';
import { registerRoute } from '../../platform/route';
import { requireKind } from '../../platform/auth';
import { Leases } from '../../platform/lease';
import { EnquiriesService } from './enquiries.service';

declare module 'fastify' {
  interface FastifyInstance {
    enquiries: EnquiriesService;
  }
}

/** How often overdue questions are looked for. */
const ESCALATE_SWEEP_MS = 10 * 60_000;

export const enquiriesFeature = fp(async function enquiriesFeature(app: FastifyInstance) {
  const service = new EnquiriesService({
    database: app.database,
    item: (code) => app.catalog.item(code),
    hotline: app.upstreams.hotline,
    messages: app.messages,
    leases: new Leases(app.database, `enquiries:${randomUUID()}`),
  });
  app.decorate('enquiries', service);
  // 12345 results for escalated questions arrive through the work orders' signed webhook.
  app.workOrders.onHotlineResult('enquiry:', (id, note) => service.hotlineAnswered(id, note));
  const staffOnly = { preHandler: requireKind('staff') };

  registerRoute(app, enquiryRoutes.create, async (req) => service.create(req.user, req.body));
  registerRoute(app, enquiryRoutes.mine, async (req) => ({ items: await service.mine(req.user) }));
  registerRoute(app, enquiryRoutes.get, async (req) => service.get(req.user, req.params.enquiryId));
  registerRoute(app, enquiryRoutes.faq, async (req) => ({ items: await service.faq(req.params.code) }));
  registerRoute(app, enquiryRoutes.staffList, async (req) => ({ items: await service.staffList(req.user, req.query.status) }), staffOnly);
  registerRoute(app, enquiryRoutes.staffAnswer, async (req) => service.answer(req.user, req.params.enquiryId, req.body.answer), staffOnly);

  if (app.config.schedulers) {
    const sweep = () => { service.sweepOverdue().catch((err) => app.log.error({ err }, 'enquiry escalation sweep failed')); };
    const timer = setInterval(sweep, ESCALATE_SWEEP_MS);
    timer.unref();
    app.addHook('onReady', async () => sweep());
    app.addHook('onClose', async () => clearInterval(timer));
  }
}, { name: 'feature-enquiries', dependencies: ['zsb-db', 'zsb-upstreams', 'feature-messages', 'feature-catalog', 'feature-work-orders'] });
