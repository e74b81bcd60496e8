import { z } from 'zod';
import { defineRoute } from './route';
import { IsoInstantSchema, UntranslatedSchema } from './common';

export const MessageSchema = z.object({
  id: z.string(),
  /** What produced it, e.g. `case_status`, `expiry_reminder`, `verification_receipt`, `work_order`. */
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** In-app route to open, e.g. `/pages/case/index?id=…`. */
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: IsoInstantSchema,
  /** `title` / `body` shown in 简体中文 (no pattern for it, or free text typed in Chinese). */
  untranslated: UntranslatedSchema.optional(),
});
export type Message = z.infer<typeof MessageSchema>;

export const messageRoutes = {
  list: defineRoute({
    method: 'GET', path: '/api/v1/messages', tags: ['messages'],
    summary: 'The message center, newest first',
    query: z.object({
      unreadOnly: z.enum(['true', 'false']).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(50),
    }),
    response: z.object({ items: z.array(MessageSchema), unread: z.number().int() }),
  }),
  markRead: defineRoute({
    method: 'POST', path: '/api/v1/messages/:messageId/read', tags: ['messages'],
    summary: 'Mark one message read', params: z.object({ messageId: z.string().min(1).max(64) }), status: 204,
  }),
  markAllRead: defineRoute({
    method: 'POST', path: '/api/v1/messages/read-all', tags: ['messages'],
    summary: 'Mark every message read', status: 204,
  }),
} as const;
