import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Message } from '@zsb/shared/contracts/messages';
import type { Db } from '../../db/client';
import { newId, nowIso } from '../../db/ids';
import { notFound } from '../../platform/errors';
import { messages } from './messages.table';

export interface NewMessage {
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  /** Same key → one message, however often the event is replayed. */
  dedupeKey?: string;
}

/** The message center. Other features send through `send`; only the owner reads their messages. */
export class MessagesService {
  // Prepared once: verification receipts send one message per check, on the hot path.
  private readonly insert;

  constructor(private readonly db: Db) {
    const p = (name: string) => sql.placeholder(name);
    this.insert = db.insert(messages).values({
      id: p('id'), userId: p('userId'), kind: p('kind'), title: p('title'), body: p('body'), link: p('link'),
      dedupeKey: p('dedupeKey'), read: false, createdAt: p('createdAt'),
    }).onConflictDoNothing().prepare();
  }

  /** Returns the new message id, or null when a message with the same dedupe key already exists. */
  send(userId: string, m: NewMessage): string | null {
    const id = newId();
    const r = this.insert.run({
      id, userId, kind: m.kind, title: m.title, body: m.body, link: m.link ?? null, dedupeKey: m.dedupeKey ?? null, createdAt: nowIso(),
    });
    return r.changes === 1 ? id : null;
  }

  list(userId: string, opts: { unreadOnly?: boolean; limit?: number } = {}): Message[] {
    const where = opts.unreadOnly ? and(eq(messages.userId, userId), eq(messages.read, false)) : eq(messages.userId, userId);
    return this.db.select().from(messages).where(where).orderBy(desc(messages.createdAt)).limit(opts.limit ?? 50).all()
      .map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, read: r.read, createdAt: r.createdAt }));
  }

  unreadCount(userId: string): number {
    return this.db.select({ n: count() }).from(messages).where(and(eq(messages.userId, userId), eq(messages.read, false))).get()?.n ?? 0;
  }

  markRead(userId: string, messageId: string): void {
    const r = this.db.update(messages).set({ read: true }).where(and(eq(messages.id, messageId), eq(messages.userId, userId))).run();
    if (r.changes === 0) throw notFound('No such message');
  }

  markAllRead(userId: string): void {
    this.db.update(messages).set({ read: true }).where(and(eq(messages.userId, userId), eq(messages.read, false))).run();
  }
}
