import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { housingFundRoutes } from '@zsb/shared/contracts/housing-fund';
import { registerRoute } from '../../platform/route';
import { idempotencyKeyOf } from '../../platform/idempotency';
import { HousingFundService } from './housing-fund.service';
import { HousingFundRepository } from './housing-fund.repository';

declare module 'fastify' {
  interface FastifyInstance {
    housingFund: HousingFundService;
  }
}

export const housingFundFeature = fp(async function housingFundFeature(app: FastifyInstance) {
  const service = new HousingFundService(new HousingFundRepository(app.database), {
    upstreams: app.upstreams, auth: app.auth, wallet: app.wallet, audit: app.audit, messages: app.messages,
  });
  app.decorate('housingFund', service);

  registerRoute(app, housingFundRoutes.account, async (req) => service.account(req.user));
  registerRoute(app, housingFundRoutes.allowance, async (req) => service.allowance(req.user, req.query.loanNo, req.query.source));
  registerRoute(app, housingFundRoutes.withdraw, async (req) => service.withdraw(req.user, req.body, idempotencyKeyOf(req)));
}, { name: 'feature-housing-fund', dependencies: ['feature-auth', 'feature-wallet', 'feature-messages', 'zsb-audit', 'zsb-db'] });
