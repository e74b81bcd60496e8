import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db';

export type MessageRow = Database['schema']['messages']['$inferSelect'];
export type NewMessageRow = Database['schema']['messages']['$inferInsert'];

/** The message center's rows. Only this file queries the `messages` table. */
export class MessagesRepository {
  // Prepared once: verification receipts send one message per check, and the message list and unread
  // count are read on nearly every screen.
  private readonly insertStatement;
  private readonly listAll;
  private readonly listUnread;
  private readonly countUnread;

  constructor(private readonly db: Database) {
    const p = (name: string) => sql.placeholder(name);
    this.insertStatement = db.prepared('messages_insert', (q) => q.insert(db.schema.messages).values({
      id: p('id'), userId: p('userId'), kind: p('kind'), title: p('title'), body: p('body'), link: p('link'),
      dedupeKey: p('dedupeKey'), read: false, createdAt: p('createdAt'),
    }).onConflictDoNothing().returning({ id: db.schema.messages.id }));
    const { messages } = db.schema;
    this.listAll = db.prepared('messages_list', (q) => q.select().from(messages)
      .where(eq(messages.userId, p('userId'))).orderBy(desc(messages.createdAt)).limit(p('limit')));
    this.listUnread = db.prepared('messages_list_unread', (q) => q.select().from(messages)
      .where(and(eq(messages.userId, p('userId')), eq(messages.read, false))).orderBy(desc(messages.createdAt)).limit(p('limit')));
    this.countUnread = db.prepared('messages_count_unread', (q) => q.select({ n: count() }).from(messages)
      .where(and(eq(messages.userId, p('userId')), eq(messages.read, false))));
  }

  /** Adds a message unless one with the same dedupe key exists; true when added. */
  async insert(row: Omit<NewMessageRow, 'read'>): Promise<boolean> {
    const added = await this.insertStatement({ ...row, link: row.link ?? null, dedupeKey: row.dedupeKey ?? null });
    return added.length === 1;
  }

  async list(userId: string, opts: { unreadOnly?: boolean; limit: number }): Promise<MessageRow[]> {
    return (opts.unreadOnly ? this.listUnread : this.listAll)({ userId, limit: opts.limit });
  }

  async unreadCount(userId: string): Promise<number> {
    const [r] = await this.countUnread({ userId });
    return Number(r?.n ?? 0);
  }

  /** Marks one of the user's messages read; false when it isn't theirs (or doesn't exist). */
  async markRead(userId: string, messageId: string): Promise<boolean> {
    const { messages } = this.db.schema;
    const r = await this.db.q.update(messages).set({ read: true })
      .where(and(eq(messages.id, messageId), eq(messages.userId, userId))).returning({ id: messages.id });
    return r.length === 1;
  }

  async markAllRead(userId: string): Promise<void> {
    const { messages } = this.db.schema;
    await this.db.q.update(messages).set({ read: true }).where(and(eq(messages.userId, userId), eq(messages.read, false)));
  }
}
