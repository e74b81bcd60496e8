import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { disclosureRoutes } from '@zsb/shared/contracts/disclosure';
import { requireKind } from '../../platform/auth';
import { registerRoute } from '../../platform/route';
import { DisclosureService } from './disclosure.service';

declare module 'fastify' {
  interface FastifyInstance {
    disclosure: DisclosureService;
  }
}

export const disclosureFeature = fp(async function disclosureFeature(app: FastifyInstance) {
  const service = new DisclosureService({ database: app.database, uploads: app.uploads, messages: app.messages });
  app.decorate('disclosure', service);
  const staffOnly = { preHandler: requireKind('staff') };

  registerRoute(app, disclosureRoutes.create, async (req) => service.create(req.user, req.body));
  registerRoute(app, disclosureRoutes.mine, async (req) => ({ items: await service.mine(req.user) }));
  registerRoute(app, disclosureRoutes.get, async (req) => service.get(req.user, req.params.requestId));
  registerRoute(app, disclosureRoutes.staffList, async (req) => ({ items: await service.staffList(req.user, req.query.status) }), staffOnly);
  registerRoute(app, disclosureRoutes.staffExtend, async (req) => service.extend(req.user, req.params.requestId, req.body.reason), staffOnly);
  registerRoute(app, disclosureRoutes.staffAnswer, async (req) => service.answer(req.user, req.params.requestId, req.body), staffOnly);
}, { name: 'feature-disclosure', dependencies: ['zsb-db', 'feature-messages', 'feature-uploads'] });
