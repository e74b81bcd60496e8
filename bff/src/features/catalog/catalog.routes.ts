import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { catalogRoutes } from '@zsb/shared/contracts/catalog';
import { registerRoute } from '../../platform/route';
import type { AuthUser } from '../../platform/auth';
import { CatalogService } from './catalog.service';
import { CatalogRepository } from './catalog.repository';

declare module 'fastify' {
  interface FastifyInstance {
    catalog: CatalogService;
  }
}

/** The catalog is public; a bearer token, when sent, must be valid and adds the wallet marks. */
async function optionalUser(app: FastifyInstance, req: FastifyRequest): Promise<AuthUser | null> {
  if (!req.headers.authorization) return null;
  await app.authenticate(req);
  return req.user;
}

export const catalogFeature = fp(async function catalogFeature(app: FastifyInstance) {
  const service = new CatalogService(new CatalogRepository(app.database), {
    wallet: app.wallet, audit: app.audit, shared: app.shared, walletBudgetMs: app.config.aggregateBudgetMs,
  });
  await service.start();
  app.addHook('onClose', async () => service.stop());
  app.decorate('catalog', service);

  registerRoute(app, catalogRoutes.list, async (req) => service.list(req.query));
  registerRoute(app, catalogRoutes.hot, async (req) => service.hot(req.query));
  registerRoute(app, catalogRoutes.facets, async (req) => service.facets(req.query.audience));
  registerRoute(app, catalogRoutes.guide, async (req) => service.guide(req.params.code, await optionalUser(app, req)));
}, { name: 'feature-catalog', dependencies: ['feature-wallet', 'zsb-audit', 'zsb-db', 'zsb-shared-state'] });
