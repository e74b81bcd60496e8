import fp from 'fastify-plugin';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REPORT_DOWNLOAD_PATHS, supervisionRoutes } from '@zsb/shared/contracts/supervision';
import { registerRoute } from '../../platform/route';
import { requireKind } from '../../platform/auth';
import { Leases } from '../../platform/lease';
import { SupervisionRepository } from './supervision.repository';
import { SUPERVISION_SWEEP_MS, SupervisionService } from './supervision.service';
import { reportChartSvg, reportCsv, reportPdf } from './supervision.export';

declare module 'fastify' {
  interface FastifyInstance {
    supervision: SupervisionService;
  }
}

export const supervisionFeature = fp(async function supervisionFeature(app: FastifyInstance) {
  const service = new SupervisionService({
    repo: new SupervisionRepository(app.database), cases: app.cases, workOrders: app.workOrders, ratings: app.ratings,
    auth: app.auth, messages: app.messages, warnDays: app.config.supervision.warnDays, log: app.log,
    // Each app is its own lease holder (several may run in one process in tests).
    leases: new Leases(app.database, `supervision:${randomUUID()}`),
  });
  app.decorate('supervision', service);

  if (app.config.schedulers) {
    const sweep = () => { service.run().catch((err) => app.log.error({ err }, 'supervision sweep failed')); };
    const timer = setInterval(sweep, SUPERVISION_SWEEP_MS);
    timer.unref();
    app.addHook('onReady', async () => sweep());
    app.addHook('onClose', async () => clearInterval(timer));
  }
  app.addHook('onClose', async () => service.settle());

  const operator = requireKind('operator');
  const unitOrOperator = requireKind('staff', 'operator');
  registerRoute(app, supervisionRoutes.overview, async () => service.overview(), { preHandler: operator });
  registerRoute(app, supervisionRoutes.reports, async (req) => ({ items: await service.reports(req.user, req.query.month) }), { preHandler: unitOrOperator });
  registerRoute(app, supervisionRoutes.report, async (req) => service.report(req.user, req.params.reportId), { preHandler: unitOrOperator });

  // Files, not JSON: registered directly, behind the same sign-in and roles, never kept by a cache.
  const download = (path: string, type: string, ext: string, body: (r: Awaited<ReturnType<SupervisionService['report']>>) => Promise<string | Uint8Array> | string) =>
    app.get(path, {
      schema: { summary: `One 情况通报 as ${ext.toUpperCase()}`, tags: ['supervision'], security: [{ bearerAuth: [] }] },
      onRequest: app.authenticate,
      preHandler: unitOrOperator,
    }, async (req: FastifyRequest, reply: FastifyReply) => {
      const { reportId } = req.params as { reportId: string };
      const report = await service.report(req.user, String(reportId).slice(0, 64));
      const bytes = await body(report);
      const name = `情况通报-${report.departmentName ?? report.departmentCode}-${report.month}.${ext}`;
      return reply.type(type).header('cache-control', 'no-store').header('x-content-type-options', 'nosniff')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(typeof bytes === 'string' ? bytes : Buffer.from(bytes));
    });
  download(REPORT_DOWNLOAD_PATHS.csv, 'text/csv; charset=utf-8', 'csv', reportCsv);
  download(REPORT_DOWNLOAD_PATHS.pdf, 'application/pdf', 'pdf', reportPdf);
  download(REPORT_DOWNLOAD_PATHS.svg, 'image/svg+xml; charset=utf-8', 'svg', reportChartSvg);
}, { name: 'feature-supervision', dependencies: ['feature-auth', 'feature-messages', 'feature-cases', 'feature-work-orders', 'feature-ratings', 'zsb-db'] });
