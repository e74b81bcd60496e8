import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { catalogRoutes } from '@zsb/shared/contracts/catalog';
import { registerRoute } from '../../platform/route';
import { AnswerCache } from '../../platform/answer-cache';
import type { AuthUser } from '../../platform/auth';
import { localizedReply, requestLanguage } from '../../platform/i18n/language';
import { CatalogService } from './catalog.service';
import { CatalogRepository } from './catalog.repository';
import { translatePhrase } from './catalog.i18n';

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
  // Message texts name items and certificates: the message center reads them in the reader's language.
  app.messages.useTranslations(translatePhrase);

  // Names, guides and search follow Accept-Language (zh-Hans, zh-Hant, en, fr, ja).
  const lang = (req: FastifyRequest, reply: FastifyReply) => {
    const l = requestLanguage(req);
    localizedReply(reply, l);
    return l;
  };
  // The same search asked again (the city searches the same few dozen words all day) is answered
  // from the bytes written the first time, until an item, a bundle or a usage count changes.
  const searches = new AnswerCache(() => service.version);
  registerRoute(app, catalogRoutes.list, async (req, reply) => {
    const l = lang(req, reply);
    return searches.reply(reply, `${l} ${req.url}`, () => service.list(req.query, l)) as never;
  });
  registerRoute(app, catalogRoutes.hot, async (req, reply) => service.hot(req.query, lang(req, reply)));
  registerRoute(app, catalogRoutes.facets, async (req, reply) => service.facets(req.query.audience, lang(req, reply)));
  registerRoute(app, catalogRoutes.guide, async (req, reply) => service.guide(req.params.code, await optionalUser(app, req), undefined, lang(req, reply)));
}, { name: 'feature-catalog', dependencies: ['feature-wallet', 'feature-messages', 'zsb-audit', 'zsb-db', 'zsb-shared-state'] });
