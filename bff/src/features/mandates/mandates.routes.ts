import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { mandateRoutes } from '@zsb/shared/contracts/mandates';
import { registerRoute } from '../../platform/route';
import { requireKind } from '../../platform/auth';
import { CodeSigner } from '../../platform/signed-codes';
import { HALLS } from '../halls';
import { MandatesRepository } from './mandates.repository';
import { MandatesService } from './mandates.service';

declare module 'fastify' {
  interface FastifyInstance {
    mandates: MandatesService;
  }
}

export const mandatesFeature = fp(async function mandatesFeature(app: FastifyInstance) {
  const signer = new CodeSigner(app.config.hall.codeSecret);
  const service = new MandatesService({
    db: app.database, repo: new MandatesRepository(app.database), auth: app.auth, population: app.upstreams.population,
    catalog: app.catalog, bundles: app.bundles, wallet: app.wallet, messages: app.messages, audit: app.audit,
    uploads: app.uploads, cases: app.cases, halls: { all: () => HALLS }, signer,
  });
  app.decorate('mandates', service);
  // Sessions acting for someone: re-checked at authentication and once the body is parsed; successes recorded.
  app.setActingGuard({
    resolve: (req) => service.resolve(req), check: (req) => service.check(req),
    record: (req, status, payload) => service.record(req, status, payload),
  });

  registerRoute(app, mandateRoutes.create, async (req) => service.create(req.user, req.body));
  registerRoute(app, mandateRoutes.list, async (req) => service.list(req.user));
  registerRoute(app, mandateRoutes.detail, async (req) => service.detail(req.user, req.params.id));
  registerRoute(app, mandateRoutes.accept, async (req) => service.accept(req.user, req.params.id));
  registerRoute(app, mandateRoutes.end, async (req) => service.end(req.user, req.params.id));
  registerRoute(app, mandateRoutes.act, async (req) => service.act(req.user, req.params.id));
  registerRoute(app, mandateRoutes.actForWard, async (req) => service.actForWard(req.user, req.params.id));
  registerRoute(app, mandateRoutes.acting, async (req) => ({ acting: await service.acting(req.user) }));
  registerRoute(app, mandateRoutes.createAssist, async (req) => service.startAssist(req.user, req.body));
  registerRoute(app, mandateRoutes.assist, async (req) => service.assist(req.user, req.params.id));
  registerRoute(app, mandateRoutes.confirmAssist, async (req) => service.confirmAssist(req.user, req.params.id, req.body.code, (t) => signer.verify(t)));
  registerRoute(app, mandateRoutes.paperConsent, async (req) => service.paperConsent(req.user, req.params.id, req.body.uploadId));
  registerRoute(app, mandateRoutes.caseMandate, async (req) => service.caseMandate(req.user, req.params.id), { preHandler: requireKind('staff') });
  registerRoute(app, mandateRoutes.elderHome, async (req) => service.elderHome(req.user));
}, {
  name: 'feature-mandates',
  dependencies: ['feature-auth', 'feature-messages', 'feature-wallet', 'feature-catalog', 'feature-bundles', 'feature-uploads', 'feature-cases'],
});
