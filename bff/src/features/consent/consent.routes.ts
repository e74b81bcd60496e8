import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { consentRoutes } from '@zsb/shared/contracts/consent';
import { registerRoute } from '../../platform/route';
import { ConsentRepository } from './consent.repository';
import { ConsentService } from './consent.service';

declare module 'fastify' {
  interface FastifyInstance {
    consents: ConsentService;
  }
}

export const consentFeature = fp(async function consentFeature(app: FastifyInstance) {
  const service = new ConsentService(app.database, new ConsentRepository(app.database), app.wallet, app.upstreams, app.audit, app.config.relyingPartySecret);
  app.decorate('consents', service);

  registerRoute(app, consentRoutes.relyingParties, async () => ({ items: service.relyingParties() }));
  registerRoute(app, consentRoutes.create, async (req) => service.create(req.user, req.body));
  registerRoute(app, consentRoutes.list, async (req) => ({ items: await service.list(req.user, req.query.status) }));
  registerRoute(app, consentRoutes.detail, async (req) => service.detail(req.user, req.params.consentId));
  registerRoute(app, consentRoutes.revoke, async (req) => service.revoke(req.user, req.params.consentId));
  registerRoute(app, consentRoutes.relyingRead, async (req) => service.readAsRelyingParty(req.headers.authorization, req.params.consentId));
}, { name: 'feature-consent', dependencies: ['feature-wallet', 'zsb-audit', 'zsb-db'] });
