import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from './db';
import { newOrderedId, nowIso } from '../db/ids';

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

type AuditRow = Database['schema']['auditEvents']['$inferInsert'];

interface Waiting { row: AuditRow; resolve: () => void; reject: (error: unknown) => void }

const LINGER_MS = 1;

/**
 * The audit log of certificate reads. Rows are only ever added. Reads come in bursts, so rows that
 * arrive within a millisecond are written together (one transaction on SQLite, one multi-row INSERT
 * on PostgreSQL); each caller is answered only once its row is stored, so no certificate leaves
 * before its read is on record.
 */
export class AuditService {
  private waiting: Waiting[] = [];
  private writing = false;

  // One row per statement, prepared once: on SQLite a batch runs it in one transaction (no SQL to build
  // per batch); PostgreSQL gets one multi-row INSERT per batch instead (one round trip).
  private readonly insertOne;

  constructor(private readonly db: Database, private readonly maxBatch = 500) {
    const p = (name: string) => sql.placeholder(name);
    this.insertOne = db.prepared('audit_insert', (q) => q.insert(db.schema.auditEvents).values({
      id: p('id'), at: p('at'), actor: p('actor'), subject: p('subject'), certificateId: p('certificateId'),
      action: p('action'), fields: p('fields'), purpose: p('purpose'), channel: p('channel'), result: p('result'), detail: p('detail'),
    }));
  }

  async record(entry: AuditEntry): Promise<void> {
    const row: AuditRow = {
      id: newOrderedId(), at: nowIso(), actor: entry.actor, subject: entry.subject ?? null, certificateId: entry.certificateId ?? null,
      action: entry.action, fields: entry.fields ?? null, purpose: entry.purpose ?? null,
      channel: entry.channel ?? null, result: entry.result, detail: entry.detail ?? null,
    };
    // Inside a transaction the row belongs to it (and a batch outside would wait on its lock).
    if (this.db.inTransaction) {
      await this.insertOne(row);
      return;
    }
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ row, resolve, reject });
      if (this.waiting.length === 1 && !this.writing) this.schedule();
    });
  }

  /**
   * A batch waits LINGER_MS for company: under load one commit then carries the reads of a dozen
   * requests instead of two or three (a commit, not a row, is what costs), at the price of about a
   * millisecond on each read.
   */
  private schedule(): void {
    setTimeout(() => void this.write(), LINGER_MS);
  }

  private async write(): Promise<void> {
    if (this.writing || this.waiting.length === 0) return;
    this.writing = true;
    const batch = this.waiting.splice(0, this.maxBatch);
    try {
      if (this.db.dialect === 'sqlite') {
        await this.db.transaction(async () => { for (const w of batch) await this.insertOne(w.row); });
      } else {
        await this.db.q.insert(this.db.schema.auditEvents).values(batch.map((w) => w.row));
      }
      for (const w of batch) w.resolve();
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      this.writing = false;
      // Rows that came in while this batch was written form the next one.
      if (this.waiting.length > 0) this.schedule();
    }
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
