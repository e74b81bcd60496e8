import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { caseRoutes } from '@zsb/shared/contracts/cases';
import { registerRoute } from '../../platform/route';
import { idempotencyKeyOf } from '../../platform/idempotency';
import { CasesService, type CatalogPort } from './cases.service';
import { CasesRepository } from './cases.repository';

declare module 'fastify' {
  interface FastifyInstance {
    cases: CasesService;
  }
}

/** The catalog and bundle services as the cases feature sees them. */
function catalogPortOf(app: FastifyInstance): CatalogPort {
  return {
    item: (code) => app.catalog.item(code),
    bundle: (code) => app.bundles.definition(code),
    recordUse: (code) => app.catalog.recordUse(code),
  };
}

export const casesFeature = fp(async function casesFeature(app: FastifyInstance) {
  const service = new CasesService(app.database, new CasesRepository(app.database, app.shared), {
    catalog: catalogPortOf(app), wallet: app.wallet, uploads: app.uploads, messages: app.messages, audit: app.audit,
  });
  app.decorate('cases', service);
  // A year's schedule published: promised dates counted over it while it was provisional are counted again.
  // Only the instance that saved the schedule gets this call (the others just reload the calendar), so it runs once.
  app.calendar.onSchedulePublished(async (year, targets) => {
    const target = targets.find((t) => t.kind === 'case');
    if (!target) return;
    try {
      const r = await service.recomputeDueDates(year, target);
      app.log.info({ year, ...r }, 'case due dates recomputed for a published schedule');
    } catch (err) {
      // The schedule is saved and must still be announced to the other instances; saving it again reruns this.
      app.log.error({ err, year }, 'case due dates not recomputed');
    }
  });

  registerRoute(app, caseRoutes.create, async (req) => service.create(req.user, req.body, idempotencyKeyOf(req)));
  registerRoute(app, caseRoutes.createBundle, async (req) => service.createBundle(req.user, req.body, idempotencyKeyOf(req)));
  registerRoute(app, caseRoutes.list, async (req) => service.list(req.user, req.query));
  registerRoute(app, caseRoutes.detail, async (req) => service.detail(req.user, req.params.caseId));
  registerRoute(app, caseRoutes.resubmit, async (req) => service.resubmit(req.user, req.params.caseId, req.body));
  registerRoute(app, caseRoutes.getDraft, async (req) => service.getDraft(req.user, req.params.kind, req.params.code));
  registerRoute(app, caseRoutes.saveDraft, async (req) => service.saveDraft(req.user, req.params.kind, req.params.code, req.body));
  registerRoute(app, caseRoutes.deleteDraft, async (req) => service.deleteDraft(req.user, req.params.kind, req.params.code));
}, { name: 'feature-cases', dependencies: ['feature-calendar', 'feature-wallet', 'feature-catalog', 'feature-bundles', 'feature-uploads', 'feature-messages', 'zsb-audit', 'zsb-db'] });
