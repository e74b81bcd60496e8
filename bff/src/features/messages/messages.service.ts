import type { Message } from '@zsb/shared/contracts/messages';
import type { NotificationCategory } from '@zsb/shared/domain/notification-rules';
import { newId, nowIso } from '../../db/ids';
import { notFound } from '../../platform/errors';
import type { MessagesRepository } from './messages.repository';
import type { ContentLanguage, TranslatedLanguage } from '@zsb/shared/domain/content-language';
import { localizeMessage } from './messages.i18n';

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
  /** Names of items and certificates in a written language; set by the catalog when it starts. */
  private translate: (zh: string, lang: TranslatedLanguage) => string | undefined = () => undefined;

  constructor(private readonly repo: MessagesRepository) {}

  /** The catalog lends its translations, so case titles read in the reader's language. */
  useTranslations(translate: (zh: string, lang: TranslatedLanguage) => string | undefined): void {
    this.translate = translate;
  }

  private readonly listeners: MessageListener[] = [];

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

  /** Newest first, in `lang`: 简体中文 as stored, 繁體中文 converted, others rebuilt where a pattern knows the sentence (else marked `untranslated`). */
  async list(userId: string, opts: { unreadOnly?: boolean; limit?: number } = {}, lang: ContentLanguage = 'zh-Hans'): Promise<Message[]> {
    const rows = await this.repo.list(userId, { unreadOnly: opts.unreadOnly, limit: opts.limit ?? 50 });
    return rows.map((r) => {
      const l = localizeMessage(r, lang, this.translate);
      return { id: r.id, kind: r.kind, title: l.title, body: l.body, link: r.link, read: r.read, createdAt: r.createdAt, ...(l.untranslated.length ? { untranslated: l.untranslated } : {}) };
    });
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
