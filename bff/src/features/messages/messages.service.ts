import type { Message } from '@zsb/shared/contracts/messages';
import type { NotificationCategory } from '@zsb/shared/domain/notification-rules';
import { newId, nowIso } from '../../db/ids';
import { notFound } from '../../platform/errors';
import type { MessagesRepository } from './messages.repository';
import type { ContentLanguage, TranslatedLanguage } from '@zsb/shared/domain/content-language';
import { localizeMessage } from './messages.i18n';
import type { SharedState } from '../../platform/shared-state';
import type { Database } from '../../platform/db';

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

// Far longer than answers are kept (platform/answer-cache.ts), so an expired version never revives an old answer.
const VERSION_TTL_MS = 30 * 24 * 3_600_000;

/**
 * The message center. Other features send through `send`; only the owner reads their messages.
 *
 * Every screen asks for the newest message and the unread count, so the routes keep a reader's
 * answers and check them against `version(userId)`, kept in shared state (a Map lookup on one
 * instance, one GET with Redis), which every write changes: before the write (an answer read while
 * it runs is kept under a version about to be replaced) and again once it has committed, so no
 * instance keeps answering from rows older than the last committed write.
 */
export class MessagesService {
  /** Names of items and certificates in a written language; set by the catalog when it starts. */
  private translate: (zh: string, lang: TranslatedLanguage) => string | undefined = () => undefined;

  constructor(
    private readonly repo: MessagesRepository,
    private readonly db: Pick<Database, 'inTransaction' | 'afterCommit'>,
    private readonly shared: Pick<SharedState, 'get' | 'set'>,
  ) {}

  private readonly versionKey = (userId: string) => `messages-version:${userId}`;

  private async changeVersion(userId: string): Promise<void> {
    await this.shared.set(this.versionKey(userId), newId(), VERSION_TTL_MS);
  }

  /** Changes with every write to `userId`'s messages, on any instance. */
  version(userId: string): Promise<string | null> {
    return this.shared.get(this.versionKey(userId));
  }

  /**
   * Runs a write to `userId`'s messages between two version changes (the second after its commit).
   * Inside the sender's transaction neither is awaited: no network wait may hold a transaction open
   * (on SQLite it must end within one turn of the event loop); the change is sent at once all the same.
   */
  private async changing<T>(userId: string, write: () => Promise<T>): Promise<T> {
    if (!this.db.inTransaction) {
      await this.changeVersion(userId);
      const result = await write();
      await this.changeVersion(userId);
      return result;
    }
    const changeLater = () => void this.changeVersion(userId).catch(() => {});
    changeLater();
    const result = await write();
    this.db.afterCommit(changeLater);
    return result;
  }

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
    const added = await this.changing(userId, () => this.repo.insert({
      id, userId, kind: m.kind, title: m.title, body: m.body, link: m.link ?? null, dedupeKey: m.dedupeKey ?? null, createdAt: nowIso(),
    }));
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
    if (!(await this.changing(userId, () => this.repo.markRead(userId, messageId)))) throw notFound('No such message');
  }

  markAllRead(userId: string): Promise<void> {
    return this.changing(userId, () => this.repo.markAllRead(userId));
  }
}
