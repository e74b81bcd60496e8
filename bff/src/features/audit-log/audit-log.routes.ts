import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { auditRoutes } from '@zsb/shared/contracts/audit';
import { registerRoute } from '../../platform/route';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';

declare module 'fastify' {
  interface FastifyInstance {
    auditLog: AuditLogService;
  }
}

export const auditLogFeature = fp(async function auditLogFeature(app: FastifyInstance) {
  const service = new AuditLogService(new AuditLogRepository(app.database), app.wallet);
  app.decorate('auditLog', service);

  registerRoute(app, auditRoutes.list, async (req) => service.list(req.user, req.query));
}, { name: 'feature-audit-log', dependencies: ['feature-wallet', 'zsb-db'] });
