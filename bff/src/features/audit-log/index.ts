// 用证记录's public face: the holder-facing view of the audit log (`app.auditLog`).
export { auditLogFeature } from './audit-log.routes';
export type { AuditLogService } from './audit-log.service';
