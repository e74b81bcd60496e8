import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { hallRoutes } from '@zsb/shared/contracts/ratings';
import { CITY } from '@zsb/shared/domain/regions';
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
  const service = new HallsService({
    publicBaseUrl: app.config.publicBaseUrl,
    // A window offers its department's items implemented by the city or by the hall's own district.
    items: async (departmentCode, region) => app.catalog.list({ department: departmentCode, offset: 0, limit: 100 }).items
      .filter((i) => i.region === CITY.code || i.region === region).map((i) => ({ code: i.code, name: i.name })),
  });
  app.decorate('halls', service);

  registerRoute(app, hallRoutes.list, async () => ({ halls: service.listHalls() }));
  registerRoute(app, hallRoutes.window, async (req) => (await service.windowDetail(req.params.windowId)) ?? Promise.reject(windowNotFound()));
  registerRoute(app, hallRoutes.qr, async (req) => (await service.qr(req.params.windowId)) ?? Promise.reject(windowNotFound()));
}, { name: 'feature-halls', dependencies: ['feature-catalog'] });
