import { z } from 'zod';
import { defineRoute } from './route';
import { IsoDateSchema, IsoInstantSchema } from './common';
import { CertificateIdSchema, CertificateStatusSchema } from './wallet';
import { DisclosedFieldSchema, FieldKeySchema, PurposeSchema } from './presentation';

/*
 * 授权用证 (consent): the holder lets a named relying party — a department or a business from
 * the registry — read chosen fields of one certificate, for a purpose, until a date or until
 * revoked. The relying party reads with its own client credential, never with the holder's session.
 */

export const RelyingPartySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['department', 'business']),
  /** For departments: the code from regions.ts DEPARTMENTS. */
  departmentCode: z.string().nullable(),
});
export type RelyingParty = z.infer<typeof RelyingPartySchema>;

export const CONSENT_MAX_DAYS = 365;

export const CreateConsentRequestSchema = z.strictObject({
  certificateId: CertificateIdSchema,
  relyingPartyId: z.string().min(1).max(64),
  fields: z.array(FieldKeySchema).min(1).max(40).refine((f) => new Set(f).size === f.length, 'fields must not repeat'),
  purpose: PurposeSchema,
  /** How long the consent lasts from now, in days. */
  durationDays: z.number().int().min(1).max(CONSENT_MAX_DAYS),
});
export type CreateConsentRequest = z.infer<typeof CreateConsentRequestSchema>;

export const ConsentStatusSchema = z.enum(['active', 'expired', 'revoked']);
export type ConsentStatus = z.infer<typeof ConsentStatusSchema>;

export const ConsentSchema = z.object({
  id: z.string(),
  status: ConsentStatusSchema,
  certificate: z.object({ id: z.string(), kind: z.string(), kindName: z.string() }),
  relyingParty: RelyingPartySchema,
  fields: z.array(DisclosedFieldSchema),
  purpose: z.string(),
  createdAt: IsoInstantSchema,
  expiresAt: IsoInstantSchema,
  revokedAt: IsoInstantSchema.nullable(),
  /** How many times the relying party has read through this consent, and when last. */
  useCount: z.number().int(),
  lastUsedAt: IsoInstantSchema.nullable(),
});
export type Consent = z.infer<typeof ConsentSchema>;

export const ConsentParamsSchema = z.object({ consentId: z.string().min(1).max(64) });

/** What a relying party receives: only the consented fields, live from the certificate library. */
export const RelyingCertificateSchema = z.object({
  consentId: z.string(),
  purpose: z.string(),
  expiresAt: IsoInstantSchema,
  certificate: z.object({
    id: z.string(),
    kind: z.string(),
    kindName: z.string(),
    issuer: z.string(),
    validUntil: IsoDateSchema.nullable(),
    status: CertificateStatusSchema,
  }),
  fields: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
  readAt: IsoInstantSchema,
});
export type RelyingCertificate = z.infer<typeof RelyingCertificateSchema>;

export const consentRoutes = {
  relyingParties: defineRoute({
    method: 'GET', path: '/api/v1/relying-parties', tags: ['consent'],
    summary: 'Departments and businesses a holder can grant consent to',
    response: z.object({ items: z.array(RelyingPartySchema) }),
  }),
  create: defineRoute({
    method: 'POST', path: '/api/v1/consents', tags: ['consent'],
    summary: 'Grant a relying party access to chosen fields of one certificate for a purpose and a period',
    body: CreateConsentRequestSchema, response: ConsentSchema, status: 201,
  }),
  list: defineRoute({
    method: 'GET', path: '/api/v1/consents', tags: ['consent'],
    summary: "The active identity's consents, newest first",
    query: z.object({ status: ConsentStatusSchema.optional() }),
    response: z.object({ items: z.array(ConsentSchema) }),
  }),
  detail: defineRoute({
    method: 'GET', path: '/api/v1/consents/:consentId', tags: ['consent'],
    summary: 'One consent of the active identity', params: ConsentParamsSchema, response: ConsentSchema,
  }),
  revoke: defineRoute({
    method: 'POST', path: '/api/v1/consents/:consentId/revoke', tags: ['consent'],
    summary: 'Revoke a consent; the next read by the relying party is refused', params: ConsentParamsSchema, response: ConsentSchema,
  }),
  relyingRead: defineRoute({
    method: 'GET', path: '/api/v1/relying/certificates/:consentId', auth: false, tags: ['consent'],
    summary: 'Relying party reads the consented fields; authenticates with HTTP Basic client id and secret (audited)',
    params: ConsentParamsSchema, response: RelyingCertificateSchema,
  }),
} as const;
