import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditEvents } from './audit.table';
import { newId, nowIso } from '../db/ids';

export interface AuditEntry {
  actor: string;
  subject?: string | null;
  certificateId?: string | null;
  action: string;
  fields?: string[] | null;
  purpose?: string | null;
  channel?: string | null;
  result: string;
  detail?: Record<string, unknown> | null;
}

/** The audit log of certificate reads. Rows are only ever added. */
export class AuditService {
  constructor(private readonly db: Db) {}

  record(entry: AuditEntry): void {
    this.db.insert(auditEvents).values({
      id: newId(), at: nowIso(), actor: entry.actor, subject: entry.subject ?? null, certificateId: entry.certificateId ?? null,
      action: entry.action, fields: entry.fields ?? null, purpose: entry.purpose ?? null, channel: entry.channel ?? null,
      result: entry.result, detail: entry.detail ?? null,
    }).run();
  }

  /** Events about one holder, newest first. */
  forSubject(subject: string, limit = 100) {
    return this.db.select().from(auditEvents).where(eq(auditEvents.subject, subject))
      .orderBy(desc(auditEvents.at)).limit(limit).all();
  }

  forCertificate(subject: string, certificateId: string, limit = 100) {
    return this.db.select().from(auditEvents)
      .where(and(eq(auditEvents.subject, subject), eq(auditEvents.certificateId, certificateId)))
      .orderBy(desc(auditEvents.at)).limit(limit).all();
  }
}
