import { randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { REPORT_PHOTO_FIELD, reportRoutes } from '@zsb/shared/contracts/reports';
import { UPLOAD_MAX_BYTES } from '@zsb/shared/contracts/uploads';
import type { AuthUser } from '../../platform/auth';
import { requireKind } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import { Leases } from '../../platform/lease';
import { registerRoute } from '../../platform/route';
import { ReportsService } from './reports.service';

declare module 'fastify' {
  interface FastifyInstance {
    reports: ReportsService;
  }
}

const PUSH_SWEEP_MS = 60_000;

export const reportsFeature = fp(async function reportsFeature(app: FastifyInstance) {
  const service = new ReportsService({
    database: app.database,
    uploads: app.uploads,
    hotline: app.upstreams.hotline,
    messages: app.messages,
    leases: new Leases(app.database, `reports:${randomUUID()}`),
    nameOf: async (userId) => {
      try {
        return (await app.auth.userOf({ userId } as AuthUser)).name;
      } catch {
        return null;
      }
    },
  });
  app.decorate('reports', service);
  // 12345 results for the tickets this feature pushed arrive through the work orders' signed webhook.
  app.workOrders.onHotlineResult('report:', (id, note) => service.hotlineResolved(id, note));
  const staffOnly = { preHandler: requireKind('staff') };

  // Multipart only where a photo is expected; the size limit is enforced while streaming.
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 5, parts: 6, headerPairs: 50 } });
    registerRoute(scope, reportRoutes.photo, async (req) => {
      if (!req.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the photo as multipart/form-data');
      const part = await req.file().catch(() => { throw new AppError(400, 'MALFORMED_MULTIPART', 'The multipart/form-data body is malformed'); });
      if (!part || part.fieldname !== REPORT_PHOTO_FIELD) {
        part?.file.resume();
        throw new AppError(400, 'VALIDATION_FAILED', `Send one photo in the field "${REPORT_PHOTO_FIELD}"`, [{ path: `body.${REPORT_PHOTO_FIELD}`, message: 'required' }]);
      }
      // Read whole (≤ 10 MB): the EXIF reader and the re-encoder both need the complete image.
      const original = await part.toBuffer();
      return service.addPhoto(req.user, original);
    }, { config: { bodyTimeoutSeconds: app.config.timeouts.uploadBodySeconds } });
  });

  registerRoute(app, reportRoutes.create, async (req) => service.create(req.user, req.body));
  registerRoute(app, reportRoutes.mine, async (req) => ({ items: await service.mine(req.user) }));
  registerRoute(app, reportRoutes.get, async (req) => service.get(req.user, req.params.reportId));
  registerRoute(app, reportRoutes.verdict, async (req) => service.verdict(req.user, req.params.reportId, req.body));
  registerRoute(app, reportRoutes.publicList, async (req) => ({ items: await service.publicList(req.query) }));
  registerRoute(app, reportRoutes.places, async (req) => ({ items: service.places(req.query.q) }));
  registerRoute(app, reportRoutes.staffList, async (req) => ({ items: await service.staffList(req.user, req.query.status) }), staffOnly);
  registerRoute(app, reportRoutes.staffStep, async (req) => service.staffStep(req.user, req.params.reportId, req.body), staffOnly);

  if (app.config.schedulers) {
    const sweep = () => { service.sweepPushes().catch((err) => app.log.error({ err }, 'report hotline push sweep failed')); };
    const timer = setInterval(sweep, PUSH_SWEEP_MS);
    timer.unref();
    app.addHook('onReady', async () => sweep());
    app.addHook('onClose', async () => clearInterval(timer));
  }
}, { name: 'feature-reports', dependencies: ['zsb-db', 'zsb-upstreams', 'feature-messages', 'feature-uploads', 'feature-auth', 'feature-work-orders'] });
