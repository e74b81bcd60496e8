import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { bundleRoutes } from '@zsb/shared/contracts/bundles';
import { registerRoute } from '../../platform/route';
import { BundlesService } from './bundles.service';

declare module 'fastify' {
  interface FastifyInstance {
    bundles: BundlesService;
  }
}

export const bundlesFeature = fp(async function bundlesFeature(app: FastifyInstance) {
  const service = new BundlesService(app.catalog);
  app.decorate('bundles', service);
  // Bundles are found by search too (开饭店 → 我要开饭店).
  app.catalog.indexBundles(service.all());

  registerRoute(app, bundleRoutes.list, async (req) => service.list(req.query.audience));
  registerRoute(app, bundleRoutes.detail, async (req) => service.detail(req.params.code));
  registerRoute(app, bundleRoutes.plan, async (req) => service.plan(req.params.code, req.body.answers));
}, { name: 'feature-bundles', dependencies: ['feature-catalog'] });
