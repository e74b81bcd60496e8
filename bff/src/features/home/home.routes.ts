import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { homeRoutes } from '@zsb/shared/contracts/home';
import { registerRoute } from '../../platform/route';
import { homeOf } from './home.service';

export const homeFeature = fp(async function homeFeature(app: FastifyInstance) {
  registerRoute(app, homeRoutes.home, async (req) => homeOf(app, req.user));
}, { name: 'feature-home', dependencies: ['feature-wallet', 'feature-messages', 'feature-catalog'] });
