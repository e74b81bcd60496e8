import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { hallRoutes } from '@zsb/shared/contracts/ratings';
import { registerRoute } from '../../platform/route';
import { AppError } from '../../platform/errors';
import { HallsService } from './halls.service';

declare module 'fastify' {
  interface FastifyInstance {
    halls: HallsService;
  }
}

const windowNotFound = () => new AppError(404, 'RATING_WINDOW_NOT_FOUND', 'No such window');

/** Service halls, their windows and the windows' rating QR codes; public. */
export const hallsFeature = fp(async function hallsFeature(app: FastifyInstance) {
  const service = new HallsService({ publicBaseUrl: app.config.publicBaseUrl });
  app.decorate('halls', service);

  registerRoute(app, hallRoutes.list, async () => ({ halls: service.listHalls() }));
  registerRoute(app, hallRoutes.window, async (req) => (await service.windowDetail(req.params.windowId)) ?? Promise.reject(windowNotFound()));
  registerRoute(app, hallRoutes.qr, async (req) => (await service.qr(req.params.windowId)) ?? Promise.reject(windowNotFound()));
}, { name: 'feature-halls' });
