import fp from 'fastify-plugin';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { resultRoutes } from '@zsb/shared/contracts/results';
import { Leases } from '../../platform/lease';
import { registerRoute } from '../../platform/route';
import { CodeSigner } from '../../platform/signed-codes';
import { ResultsRepository } from './results.repository';
import { ResultsService, RESULTS_SWEEP_MS } from './results.service';

declare module 'fastify' {
  interface FastifyInstance {
    results: ResultsService;
  }
}

/** 统一发证: results of finished cases (certificates into the wallet, signed PDFs) and the public document check. */
export const resultsFeature = fp(async function resultsFeature(app: FastifyInstance) {
  const service = new ResultsService({
    repo: new ResultsRepository(app.database), cases: app.cases, catalog: { item: (code) => app.catalog.item(code) },
    certificates: app.upstreams.certificates, messages: app.messages, audit: app.audit,
    signer: new CodeSigner(app.config.hall.codeSecret), publicBaseUrl: app.config.publicBaseUrl,
    leases: new Leases(app.database, `results:${randomUUID()}`), log: app.log,
  });
  app.decorate('results', service);
  // Issued right after the clerk's 办结 is committed; a failure is retried by the sweep.
  app.cases.onCompleted((caseId) => service.caseCompleted(caseId).catch((err) => {
    app.log.warn({ err, caseId }, 'case result not issued yet; the sweep retries');
  }));

  if (app.config.schedulers) {
    const sweep = () => { service.run().catch((err) => app.log.error({ err }, 'results sweep failed')); };
    const timer = setInterval(sweep, RESULTS_SWEEP_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }
  app.addHook('onClose', async () => service.settle());

  registerRoute(app, resultRoutes.result, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return service.result(req.user, req.params.caseId);
  });
  registerRoute(app, resultRoutes.document, async (req, reply) => {
    const pdf = await service.documentPdf(req.user, req.params.caseId);
    return reply
      .type('application/pdf')
      .header('content-length', String(pdf.bytes.length))
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(pdf.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(pdf.bytes);
  });
  registerRoute(app, resultRoutes.check, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return service.check(req.body.code, req.body.sha256);
  });
}, { name: 'feature-results', dependencies: ['feature-cases', 'feature-catalog', 'feature-messages', 'zsb-audit', 'zsb-upstreams', 'zsb-db'] });
