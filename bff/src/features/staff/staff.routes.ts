import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { staffRoutes } from '@zsb/shared/contracts/cases';
import { registerRoute } from '../../platform/route';
import { requireKind } from '../../platform/auth';
import { AnswerCache } from '../../platform/answer-cache';

/** The staff back office: a department clerk's queue and case processing, on the cases service. */
export const staffFeature = fp(async function staffFeature(app: FastifyInstance) {
  const staffOnly = { preHandler: requireKind('staff') };
  // A clerk's queue is read far more often than cases change: the page written last is sent again
  // until any case changes (on any instance), the day turns or the calendar is replaced.
  const queues = new AnswerCache(() => app.cases.queueVersion(), { ttlMs: 60_000 });
  registerRoute(app, staffRoutes.queue, async (req, reply) =>
    queues.reply(reply, `${app.cases.queueKey(req.user)} ${req.url}`, () => app.cases.queue(req.user, req.query)) as never, staffOnly);
  registerRoute(app, staffRoutes.detail, async (req) => app.cases.staffDetail(req.user, req.params.caseId), staffOnly);
  registerRoute(app, staffRoutes.transition, async (req) => app.cases.transition(req.user, req.params.caseId, req.body), staffOnly);
}, { name: 'feature-staff', dependencies: ['feature-cases'] });
