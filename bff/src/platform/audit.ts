import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from './db';
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
  // Prepared once: an audit row is written on every certificate read, so it sits on hot paths.
  private readonly insert;

  constructor(private readonly db: Database) {
    const p = (name: string) => sql.placeholder(name);
    this.insert = db.prepared('audit_insert', (q) => q.insert(db.schema.auditEvents).values({
      id: p('id'), at: p('at'), actor: p('actor'), subject: p('subject'), certificateId: p('certificateId'),
      action: p('action'), fields: p('fields'), purpose: p('purpose'), channel: p('channel'), result: p('result'), detail: p('detail'),
    }));
  }

  async record(entry: AuditEntry): Promise<void> {
    await this.insert({
      id: newId(), at: nowIso(), actor: entry.actor, subject: entry.subject ?? null, certificateId: entry.certificateId ?? null,
      // The json columns encode placeholder values themselves; stringifying here stored JSON inside a JSON string.
      action: entry.action, fields: entry.fields ?? null, purpose: entry.purpose ?? null,
      channel: entry.channel ?? null, result: entry.result, detail: entry.detail ?? null,
    });
  }

  /** Events about one holder, newest first. */
  async forSubject(subject: string, limit = 100) {
    const { auditEvents } = this.db.schema;
    return this.db.q.select().from(auditEvents).where(eq(auditEvents.subject, subject))
      .orderBy(desc(auditEvents.at)).limit(limit);
  }

  async forCertificate(subject: string, certificateId: string, limit = 100) {
    const { auditEvents } = this.db.schema;
    return this.db.q.select().from(auditEvents)
      .where(and(eq(auditEvents.subject, subject), eq(auditEvents.certificateId, certificateId)))
      .orderBy(desc(auditEvents.at)).limit(limit);
  }
}
