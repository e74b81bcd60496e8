import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { meRoutes } from '@zsb/shared/contracts/me';
import { registerRoute } from '../../platform/route';
import { ProfileService } from './profile.service';

declare module 'fastify' {
  interface FastifyInstance {
    profile: ProfileService;
  }
}

export const profileFeature = fp(async function profileFeature(app: FastifyInstance) {
  const service = new ProfileService(app.auth);
  app.decorate('profile', service);
  registerRoute(app, meRoutes.me, async (req) => service.of(req.user));
}, { name: 'feature-profile', dependencies: ['feature-auth'] });
