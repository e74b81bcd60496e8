import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { scanRoutes } from '@zsb/shared/contracts/scan';
import { registerRoute } from '../../platform/route';
import { CodeSigner } from '../../platform/signed-codes';
import { ScanService } from './scan.service';

declare module 'fastify' {
  interface FastifyInstance {
    scan: ScanService;
  }
}

export const scanFeature = fp(async function scanFeature(app: FastifyInstance) {
  const service = new ScanService({
    signer: new CodeSigner(app.config.hall.codeSecret), publicBaseUrl: app.config.publicBaseUrl,
    halls: app.halls, appointments: app.appointments, pcLogin: app.pcLogin, presentations: app.presentations, cases: app.cases, delivery: app.delivery, mandates: app.mandates,
  });
  app.decorate('scan', service);
  // A scan is a short text; 16 KB leaves room for JSON overhead and refuses anything larger early.
  registerRoute(app, scanRoutes.scan, async (req) => service.resolve(req.user, req.body.text), { bodyLimit: 16 * 1024 });
  registerRoute(app, scanRoutes.caseCode, async (req) => service.caseCode(req.user, req.params.caseId, req.query.purpose));
}, { name: 'feature-scan', dependencies: ['feature-halls', 'feature-appointments', 'feature-pc-login', 'feature-presentation', 'feature-cases', 'feature-delivery', 'feature-mandates'] });
