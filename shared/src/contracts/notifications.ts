import { z } from 'zod';
import { defineRoute } from './route';
import { NOTIFICATION_CATEGORIES } from '../domain/notification-rules';

export const NotificationCategorySchema = z.enum(NOTIFICATION_CATEGORIES);

/** One kind's outside channels (the in-app message is always on and not a choice). */
export const ChannelChoiceSchema = z.object({
  category: NotificationCategorySchema,
  wechat: z.boolean(),
  sms: z.boolean(),
});
export type ChannelChoice = z.infer<typeof ChannelChoiceSchema>;

export const NotificationSettingsSchema = z.object({
  items: z.array(ChannelChoiceSchema.extend({
    /** The WeChat subscription-message template the page asks consent for. */
    templateId: z.string(),
    /** Accepted WeChat consents not yet used: each allows one send. */
    wechatConsents: z.number().int(),
  })),
  /** Whether the account can get SMS (a phone number is known), masked for display. */
  phone: z.string().nullable(),
  /** Whether WeChat messages can reach this account (signed in through the mini-program once). */
  wechatBound: z.boolean(),
  quietHours: z.object({ from: z.string(), until: z.string() }),
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

export const SubscriptionResultSchema = z.object({
  /** `wx.requestSubscribeMessage`'s answer: template id → accept / reject / ban / filter. */
  results: z.record(z.string().max(64), z.enum(['accept', 'reject', 'ban', 'filter'])).refine((r) => Object.keys(r).length <= 10, 'at most 10 templates'),
});

export const notificationRoutes = {
  settings: defineRoute({
    method: 'GET', path: '/api/v1/notification-settings', tags: ['notifications'],
    summary: '消息设置: outside channels per kind, WeChat consents left, quiet hours',
    response: NotificationSettingsSchema,
  }),
  save: defineRoute({
    method: 'PUT', path: '/api/v1/notification-settings', tags: ['notifications'],
    summary: 'Choose channels per kind (kinds not listed keep their choice)',
    body: z.object({ items: z.array(ChannelChoiceSchema).min(1).max(NOTIFICATION_CATEGORIES.length) }),
    response: NotificationSettingsSchema,
  }),
  subscribed: defineRoute({
    method: 'POST', path: '/api/v1/notification-settings/subscriptions', tags: ['notifications'],
    summary: 'Report the answer of a WeChat subscription request: each accepted template allows one send',
    body: SubscriptionResultSchema,
    response: z.object({ accepted: z.number().int() }),
  }),
} as const;
