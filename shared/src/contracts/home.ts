import { z } from 'zod';
import { defineRoute } from './route';
import { sectionOf } from './common';
import { CertificateStatusSchema } from './wallet';

export const HotServiceSchema = z.object({ code: z.string(), name: z.string(), departmentCode: z.string().optional() });

export const HomeSchema = z.object({
  profile: z.object({
    name: z.string(),
    idNumber: z.string(),
    /** Decides which work entries the home screen offers (a clerk's queue, the operator's overview). */
    kind: z.enum(['resident', 'staff', 'operator']),
    activeIdentity: z.object({ kind: z.string(), name: z.string() }),
  }),
  wallet: sectionOf(z.object({
    total: z.number().int(),
    expiring: z.number().int(),
    expired: z.number().int(),
    /** `kind` lets home offer one-tap 亮证 of the ID card (`id_card`). */
    items: z.array(z.object({ id: z.string(), kind: z.string(), kindName: z.string(), status: CertificateStatusSchema })),
  })),
  hotServices: sectionOf(z.object({ items: z.array(HotServiceSchema) })),
  messages: z.object({ unread: z.number().int() }),
  /** Names of upstreams that were slow or down for this answer. */
  degraded: z.array(z.string()),
});
export type Home = z.infer<typeof HomeSchema>;

export const homeRoutes = {
  home: defineRoute({
    method: 'GET', path: '/api/v1/home', tags: ['home'],
    summary: 'Everything the home screen shows, in one call; a slow or failed upstream marks only its section degraded',
    response: HomeSchema,
  }),
} as const;
