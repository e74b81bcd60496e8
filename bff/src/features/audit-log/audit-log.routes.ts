import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { auditRoutes } from '@zsb/shared/contracts/audit';
import { registerRoute } from '../../platform/route';
import { createAuditLogService } from './audit-log.service';

export const auditLogFeature = fp(async function auditLogFeature(app: FastifyInstance) {
  const service = createAuditLogService(app);
  app.decorate('auditLog', service);

  registerRoute(app, auditRoutes.list, async (req) => service.list(req.user, req.query));
}, { name: 'feature-audit-log', dependencies: ['feature-wallet', 'zsb-db'] });
