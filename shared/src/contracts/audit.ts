import { z } from 'zod';
import { defineRoute } from './route';
import { IsoInstantSchema } from './common';

/*
 * 用证记录 (the holder's audit log): "谁在什么时候用了我的证照" — every read of the active
 * identity's certificate data, by the holder, a checker or a relying party, newest first.
 */

// `agent`: someone acting for the holder under a mandate (代办) or as a minor's guardian.
export const AuditActorKindSchema = z.enum(['holder', 'checker', 'relying_party', 'system', 'anonymous', 'agent']);

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: IsoInstantSchema,
  /** What happened: `certificate.view`, `certificate.reveal`, `presentation.issue`, `verification`, `consent.read`… */
  action: z.string(),
  actor: z.object({
    kind: AuditActorKindSchema,
    /** Display name: the checker's name (masked) or department, the relying party's name, the agent's name (masked); `null` for the holder. */
    name: z.string().nullable(),
  }),
  certificate: z.object({ id: z.string(), kindName: z.string().nullable() }).nullable(),
  /** Field keys and claim codes that were read or disclosed, with labels for display. */
  fields: z.array(z.object({ key: z.string(), label: z.string() })),
  purpose: z.string().nullable(),
  /** How: `app`, `h5`, `weapp`, `qr`, `api`… */
  channel: z.string().nullable(),
  /** `ok`, or the refusal (`revoked`, `replayed`, `forbidden`, …). */
  result: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const auditRoutes = {
  list: defineRoute({
    method: 'GET', path: '/api/v1/audit-log', tags: ['audit'],
    summary: "Who used the active identity's certificates, when, which fields and why; newest first",
    query: z.object({
      certificateId: z.string().min(1).max(128).optional(),
      /** Opaque cursor from the previous page's `nextCursor`. */
      cursor: z.string().min(1).max(200).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(30),
    }),
    response: z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }),
  }),
} as const;
