import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bundleRoutes } from '@zsb/shared/contracts/bundles';
import { registerRoute } from '../../platform/route';
import { localizedReply, requestLanguage } from '../../platform/i18n/language';
import { BundlesService } from './bundles.service';

declare module 'fastify' {
  interface FastifyInstance {
    bundles: BundlesService;
  }
}

/** Bundle names, descriptions and questions follow Accept-Language. */
function language(req: FastifyRequest, reply: FastifyReply) {
  const lang = requestLanguage(req);
  localizedReply(reply, lang);
  return lang;
}

export const bundlesFeature = fp(async function bundlesFeature(app: FastifyInstance) {
  const service = new BundlesService(app.catalog);
  app.decorate('bundles', service);
  // Bundles are found by search too (开饭店 → 我要开饭店).
  app.catalog.indexBundles(service.all());

  registerRoute(app, bundleRoutes.list, async (req, reply) => service.list(req.query.audience, language(req, reply)));
  registerRoute(app, bundleRoutes.detail, async (req, reply) => service.detail(req.params.code, language(req, reply)));
  registerRoute(app, bundleRoutes.plan, async (req) => service.plan(req.params.code, req.body.answers));
}, { name: 'feature-bundles', dependencies: ['feature-catalog'] });
