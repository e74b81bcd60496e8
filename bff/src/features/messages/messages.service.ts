import type { Message } from '@zsb/shared/contracts/messages';
import type { NotificationCategory } from '@zsb/shared/domain/notification-rules';
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
  /** The 消息设置 kind it goes out under (default: from `kind`); null keeps it in the message center only. */
  category?: NotificationCategory | null;
  /** A one-time code or a reminder of something due before morning: outside channels ignore quiet hours. */
  urgent?: boolean;
}

/**
 * Told of every new message inside the sender's transaction (database writes only, no network):
 * the notifications feature queues its WeChat and SMS deliveries here.
 */
export type MessageListener = (userId: string, messageId: string, m: NewMessage) => Promise<void>;

/** The message center. Other features send through `send`; only the owner reads their messages. */
export class MessagesService {
  private readonly listeners: MessageListener[] = [];

  constructor(private readonly repo: MessagesRepository) {}

  /** Registers a listener for new messages (not for a replay that the dedupe key stopped). */
  onSent(listener: MessageListener): void {
    this.listeners.push(listener);
  }

  /** Returns the new message id, or null when a message with the same dedupe key already exists. */
  async send(userId: string, m: NewMessage): Promise<string | null> {
    const id = newId();
    const added = await this.repo.insert({
      id, userId, kind: m.kind, title: m.title, body: m.body, link: m.link ?? null, dedupeKey: m.dedupeKey ?? null, createdAt: nowIso(),
    });
    if (!added) return null;
    for (const l of this.listeners) await l(userId, id, m);
    return id;
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
