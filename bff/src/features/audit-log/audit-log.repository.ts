import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditEvents } from '../../platform/audit.table';

export type AuditRow = typeof auditEvents.$inferSelect;

/** Read-only paging over the platform's audit log (rows are written by `app.audit`, never here). */
export class AuditLogRepository {
  constructor(private readonly db: Db) {}

  /** A holder's events, newest first, strictly after the (`at`, `id`) cursor; served by the (subject, at) index. */
  page(subject: string, opts: { certificateId?: string; after?: { at: string; id: string }; limit: number }): AuditRow[] {
    const where: SQL[] = [eq(auditEvents.subject, subject)];
    if (opts.certificateId) where.push(eq(auditEvents.certificateId, opts.certificateId));
    if (opts.after) {
      where.push(or(lt(auditEvents.at, opts.after.at), and(eq(auditEvents.at, opts.after.at), lt(auditEvents.id, opts.after.id)))!);
    }
    return this.db.select().from(auditEvents).where(and(...where))
      .orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(opts.limit).all();
  }
}
