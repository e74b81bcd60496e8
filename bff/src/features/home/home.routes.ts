import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { homeRoutes } from '@zsb/shared/contracts/home';
import { registerRoute } from '../../platform/route';
import { localizedReply, requestLanguage } from '../../platform/i18n/language';
import { HomeService } from './home.service';

export const homeFeature = fp(async function homeFeature(app: FastifyInstance) {
  const service = new HomeService({
    auth: app.auth, wallet: app.wallet, catalog: app.catalog, messages: app.messages, audit: app.audit, budgetMs: app.config.aggregateBudgetMs,
  });
  registerRoute(app, homeRoutes.home, async (req, reply) => {
    const lang = requestLanguage(req);
    localizedReply(reply, lang);
    return service.of(req.user, lang);
  });
}, { name: 'feature-home', dependencies: ['feature-wallet', 'feature-messages', 'feature-catalog'] });
