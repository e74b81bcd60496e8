import type { Message } from '@zsb/shared/contracts/messages';
import { newId, nowIso } from '../../db/ids';
import { notFound } from '../../platform/errors';
import type { MessagesRepository } from './messages.repository';

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
  constructor(private readonly repo: MessagesRepository) {}

  /** Returns the new message id, or null when a message with the same dedupe key already exists. */
  async send(userId: string, m: NewMessage): Promise<string | null> {
    const id = newId();
    const added = await this.repo.insert({
      id, userId, kind: m.kind, title: m.title, body: m.body, link: m.link ?? null, dedupeKey: m.dedupeKey ?? null, createdAt: nowIso(),
    });
    return added ? id : null;
  }

  async list(userId: string, opts: { unreadOnly?: boolean; limit?: number } = {}): Promise<Message[]> {
    const rows = await this.repo.list(userId, { unreadOnly: opts.unreadOnly, limit: opts.limit ?? 50 });
    return rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, read: r.read, createdAt: r.createdAt }));
  }

  unreadCount(userId: string): Promise<number> {
    return this.repo.unreadCount(userId);
  }

  async markRead(userId: string, messageId: string): Promise<void> {
    if (!(await this.repo.markRead(userId, messageId))) throw notFound('No such message');
  }

  markAllRead(userId: string): Promise<void> {
    return this.repo.markAllRead(userId);
  }
}
