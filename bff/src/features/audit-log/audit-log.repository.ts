import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type AuditRow = Database['schema']['auditEvents']['$inferSelect'];

/** Read-only paging over the platform's audit log (rows are written by `app.audit`, never here). */
export class AuditLogRepository {
  constructor(private readonly db: Database) {}

  /** A holder's events, newest first, strictly after the (`at`, `id`) cursor; served by the (subject, at) index. */
  async page(subject: string, opts: { certificateId?: string; after?: { at: string; id: string }; limit: number }): Promise<AuditRow[]> {
    const { auditEvents } = this.db.schema;
    const where: SQL[] = [eq(auditEvents.subject, subject)];
    if (opts.certificateId) where.push(eq(auditEvents.certificateId, opts.certificateId));
    if (opts.after) {
      where.push(or(lt(auditEvents.at, opts.after.at), and(eq(auditEvents.at, opts.after.at), lt(auditEvents.id, opts.after.id)))!);
    }
    return this.db.q.select().from(auditEvents).where(and(...where))
      .orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(opts.limit);
  }
}
