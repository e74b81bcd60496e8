import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { presentationRoutes } from '@zsb/shared/contracts/presentation';
import { registerRoute } from '../../platform/route';
import { createPresentationService } from './presentation.service';

export const presentationFeature = fp(async function presentationFeature(app: FastifyInstance) {
  const service = createPresentationService(app);
  app.decorate('presentations', service);

  registerRoute(app, presentationRoutes.create, async (req) => service.issue(req.user, req.params.certificateId, req.body));
  registerRoute(app, presentationRoutes.status, async (req) => service.status(req.user, req.params.presentationId));
  registerRoute(app, presentationRoutes.reveal, async (req) => service.reveal(req.user, req.params.certificateId));
}, { name: 'feature-presentation', dependencies: ['feature-wallet', 'zsb-audit'] });
