import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { housingFundRoutes } from '@zsb/shared/contracts/housing-fund';
import { registerRoute } from '../../platform/route';
import { randomUUID } from 'node:crypto';
import { Leases } from '../../platform/lease';
import { HousingFundService } from './housing-fund.service';
import { HousingFundRepository } from './housing-fund.repository';

declare module 'fastify' {
  interface FastifyInstance {
    housingFund: HousingFundService;
  }
}

export const housingFundFeature = fp(async function housingFundFeature(app: FastifyInstance) {
  const service = new HousingFundService(new HousingFundRepository(app.database), {
    upstreams: app.upstreams, auth: app.auth, wallet: app.wallet, audit: app.audit, messages: app.messages, cases: app.cases,
    leases: new Leases(app.database, `housing-fund:${randomUUID()}`),
  });
  app.decorate('housingFund', service);

  // Spouse requests unanswered after 7 days expire (one instance at a time, under a lease).
  if (app.config.schedulers) {
    const sweep = () => { service.sweep().catch((err) => app.log.error({ err }, 'spouse request expiry sweep failed')); };
    const timer = setInterval(sweep, 60_000);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }

  registerRoute(app, housingFundRoutes.account, async (req) => service.account(req.user));
  registerRoute(app, housingFundRoutes.allowance, async (req) => service.allowance(req.user, req.query.loanNo, req.query.source));
  registerRoute(app, housingFundRoutes.prepare, async (req) => service.prepare(req.user, req.body));
  registerRoute(app, housingFundRoutes.withdraw, async (req) => service.withdraw(req.user, req.body));
  registerRoute(app, housingFundRoutes.spouseRequests, async (req) => service.spouseRequests(req.user));
  registerRoute(app, housingFundRoutes.decideSpouseRequest, async (req) => service.decide(req.user, req.params.requestId, req.body));
}, { name: 'feature-housing-fund', dependencies: ['feature-cases', 'feature-auth', 'feature-wallet', 'feature-messages', 'zsb-audit', 'zsb-db'] });
