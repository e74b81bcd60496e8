import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authRoutes } from '@zsb/shared/contracts/auth';
import { registerRoute } from '../../platform/route';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';

declare module 'fastify' {
  interface FastifyInstance {
    auth: AuthService;
  }
}

export const authFeature = fp(async function authFeature(app: FastifyInstance) {
  const service = new AuthService(app.database, new AuthRepository(app.database), app.upstreams, app.signAccessToken, app.revokeSessions, {
    accessSeconds: app.config.accessTokenTtlSeconds,
    refreshSeconds: app.config.refreshTokenTtlSeconds,
  }, app.shared);
  app.decorate('auth', service);
  // Sign-in endpoints are the ones worth guessing at: limit them per client address (the address
  // Fastify derives under its proxy settings), counted in the plugin's store — Redis when instances share one.
  const loginLimit = {
    rateLimit: { max: app.config.rateLimit.loginPerMinute, timeWindow: 60_000, keyGenerator: (req: FastifyRequest) => req.ip },
  };

  // The sandbox's login page (pick a persona, get a code): a real identity provider does this in production.
  if (!app.config.production) {
    registerRoute(app, authRoutes.personas, async () => ({ personas: await service.personas() }));
    registerRoute(app, authRoutes.authorize, async (req) => service.authorize(req.body.personaId), { config: loginLimit });
  }
  registerRoute(app, authRoutes.login, async (req) => service.login(req.body.code, req.body.channel), { config: loginLimit });
  registerRoute(app, authRoutes.refresh, async (req) => service.refresh(req.body.refreshToken), { config: loginLimit });
  registerRoute(app, authRoutes.logout, async (req) => service.logout(req.user, req.body?.refreshToken));
  registerRoute(app, authRoutes.switchIdentity, async (req) => service.switchIdentity(req.user, req.body));
}, { name: 'feature-auth', dependencies: ['zsb-auth', 'zsb-db', 'zsb-upstreams'] });
