import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { staffRoutes } from '@zsb/shared/contracts/cases';
import { registerRoute } from '../../platform/route';
import { requireKind } from '../../platform/auth';

/** The staff back office: a department clerk's queue and case processing, on the cases service. */
export const staffFeature = fp(async function staffFeature(app: FastifyInstance) {
  const staffOnly = { preHandler: requireKind('staff') };
  registerRoute(app, staffRoutes.queue, async (req) => app.cases.queue(req.user, req.query), staffOnly);
  registerRoute(app, staffRoutes.detail, async (req) => app.cases.staffDetail(req.user, req.params.caseId), staffOnly);
  registerRoute(app, staffRoutes.transition, async (req) => app.cases.transition(req.user, req.params.caseId, req.body), staffOnly);
}, { name: 'feature-staff', dependencies: ['feature-cases'] });
