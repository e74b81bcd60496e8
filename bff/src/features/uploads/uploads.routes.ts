import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { UPLOAD_FIELD_NAME, UPLOAD_MAX_BYTES, uploadRoutes } from '@zsb/shared/contracts/uploads';
import { registerRoute } from '../../platform/route';
import { AppError } from '../../platform/errors';
import { openUploadStorage } from '../../platform/storage';
import { UploadsRepository } from './uploads.repository';
import { UploadsService } from './uploads.service';

declare module 'fastify' {
  interface FastifyInstance {
    uploads: UploadsService;
  }
}

function malformedMultipart(err: unknown): unknown {
  if (err instanceof AppError || (err as { statusCode?: number }).statusCode) return err;
  return new AppError(400, 'MALFORMED_MULTIPART', 'The multipart/form-data body is malformed');
}

export const uploadsFeature = fp(async function uploadsFeature(app: FastifyInstance) {
  const root = path.join(app.config.dataDir, 'uploads');
  const storage = openUploadStorage(app.config, root);
  app.addHook('onClose', async () => storage.close());
  const service = new UploadsService({
    repo: new UploadsRepository(app.database), storage, tmpDir: path.join(root, 'tmp'), secret: app.config.uploadUrlSecret,
    quota: { perDayBytes: app.config.uploadQuota.perDayMb * 1024 * 1024, perCaseBytes: app.config.uploadQuota.perCaseMb * 1024 * 1024 },
  });
  app.decorate('uploads', service);

  // Multipart parsing only where files are expected, with the size limit enforced while streaming.
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 10, parts: 11, headerPairs: 50 },
      throwFileSizeLimit: false,
      // Busboy would quietly cut `../../x` down to `x`; we want to see the name as sent and refuse it.
      preservePath: true,
    });
    registerRoute(scope, uploadRoutes.create, async (req) => {
      if (!req.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data');
      // Whatever the multipart parser (busboy) throws is the sender's broken body, not our fault.
      const part = await req.file().catch((err: unknown) => { throw malformedMultipart(err); });
      if (!part || part.fieldname !== UPLOAD_FIELD_NAME) {
        part?.file.resume();
        throw new AppError(400, 'VALIDATION_FAILED', `Send one file in the field "${UPLOAD_FIELD_NAME}"`,
          [{ path: `body.${UPLOAD_FIELD_NAME}`, message: 'required' }]);
      }
      try {
        return await service.store(req.user.userId, part.filename, part.file);
      } catch (err) {
        // The file stream failed (a cut-off or broken body), as opposed to our disk or our rules.
        throw part.file.errored && err === part.file.errored ? malformedMultipart(err) : err;
      }
    }, { config: { bodyTimeoutSeconds: app.config.timeouts.uploadBodySeconds } });
  });

  registerRoute(app, uploadRoutes.get, async (req) => service.get(req.user.userId, req.params.uploadId));

  // Not through registerRoute: the answer is the file itself, streamed, and a signed URL replaces the bearer token.
  const content = uploadRoutes.content;
  app.route({
    method: content.method, url: content.path,
    schema: { summary: content.summary, tags: content.tags, params: content.params, querystring: content.query },
    handler: async (req, reply) => {
      const { uploadId } = req.params as { uploadId: string };
      const { exp, sig } = req.query as { exp: number; sig: string };
      const c = await service.content(uploadId, exp, sig);
      // Served as what the bytes are, never sniffed or run by the browser, and never kept by shared caches.
      return reply
        .type(c.mime)
        .header('content-length', String(c.size))
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(c.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, max-age=600')
        .send(c.body);
    },
  });
}, { name: 'feature-uploads', dependencies: ['zsb-db'] });
