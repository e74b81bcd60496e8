import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { walletRoutes } from '@zsb/shared/contracts/wallet';
import { registerRoute } from '../../platform/route';
import { WalletService } from './wallet.service';

declare module 'fastify' {
  interface FastifyInstance {
    wallet: WalletService;
  }
}

export const walletFeature = fp(async function walletFeature(app: FastifyInstance) {
  const service = new WalletService(app.upstreams, app.auth, app.audit);
  app.decorate('wallet', service);

  registerRoute(app, walletRoutes.list, async (req) => service.list(req.user));
  registerRoute(app, walletRoutes.refresh, async (req) => service.refresh(req.user));
  registerRoute(app, walletRoutes.detail, async (req) => service.detail(req.user, req.params.certificateId));
}, { name: 'feature-wallet', dependencies: ['feature-auth', 'zsb-audit'] });
