import { sqliteTable, text, integer, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';

/** 消息设置: a resident's outside channels for one kind (no row: the defaults). */
export const notificationPreferences = sqliteTable('notification_preferences', {
  userId: text('user_id').notNull(),
  category: text('category').notNull(),
  wechat: integer('wechat', { mode: 'boolean' }).notNull(),
  sms: integer('sms', { mode: 'boolean' }).notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [primaryKey({ columns: [t.userId, t.category] })]);

/**
 * Accepted WeChat subscription consents: each allows one message of its template. A delivery spends
 * one by setting `deliveryId` with a conditional update; the unique index stops one delivery spending two.
 */
export const notificationConsents = sqliteTable('notification_consents', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  templateId: text('template_id').notNull(),
  acceptedAt: text('accepted_at').notNull(),
  deliveryId: text('delivery_id'),
  usedAt: text('used_at'),
}, (t) => [index('notification_consents_open').on(t.userId, t.templateId, t.usedAt), uniqueIndex('notification_consents_delivery').on(t.deliveryId)]);

/**
 * One message's send through one outside channel (an outbox row written with the message). A sender
 * claims it with a conditional update before calling out; quiet hours set `notBefore` to the morning.
 */
export const notificationDeliveries = sqliteTable('notification_deliveries', {
  id: text('id').primaryKey(),
  messageId: text('message_id').notNull(),
  userId: text('user_id').notNull(),
  channel: text('channel').$type<'wechat' | 'sms'>().notNull(),
  category: text('category').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  link: text('link'),
  urgent: integer('urgent', { mode: 'boolean' }).notNull().default(false),
  /** pending → sending → sent | failed | skipped (no consent, no phone, not bound to WeChat). */
  status: text('status').$type<'pending' | 'sending' | 'sent' | 'failed' | 'skipped'>().notNull(),
  /** Epoch ms before which it must not go (quiet hours, retry back-off). */
  notBefore: integer('not_before').notNull(),
  attempts: integer('attempts').notNull().default(0),
  claimedBy: text('claimed_by'),
  /** A claim older than this (a sender that died) may be taken over. */
  claimedUntil: integer('claimed_until'),
  /** The channel's id of what it sent (WeChat msgid, SMS BizId), or the reason it did not. */
  outcome: text('outcome'),
  createdAt: text('created_at').notNull(),
  sentAt: text('sent_at'),
}, (t) => [
  uniqueIndex('notification_deliveries_once').on(t.messageId, t.channel),
  index('notification_deliveries_due').on(t.status, t.notBefore),
  index('notification_deliveries_user').on(t.userId, t.createdAt),
]);
