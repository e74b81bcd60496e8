import { z } from 'zod';
import { defineRoute } from './route';
import { IsoDateSchema, IsoInstantSchema } from './common';
import { isValidCertificateId } from '../domain/certificate-id';

export const CertificateStatusSchema = z.enum(['valid', 'expiring', 'expired', 'revoked']);
export type CertificateStatus = z.infer<typeof CertificateStatusSchema>;

export const CertificateSummarySchema = z.object({
  id: z.string().describe('National e-certificate identifier (GB/T 36904)'),
  kind: z.string(),
  kindName: z.string(),
  /** The certificate's own number, masked. */
  number: z.string(),
  holderName: z.string(),
  issuer: z.string(),
  issuedOn: IsoDateSchema,
  validFrom: IsoDateSchema,
  validUntil: IsoDateSchema.nullable(),
  status: CertificateStatusSchema,
  /** Days until expiry (negative once expired); null for certificates without an end date. */
  daysToExpiry: z.number().int().nullable(),
});
export type CertificateSummary = z.infer<typeof CertificateSummarySchema>;

export const CertificateFieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  value: z.string(),
  masked: z.boolean(),
});

export const CertificateDetailSchema = CertificateSummarySchema.extend({
  fields: z.array(CertificateFieldSchema),
});
export type CertificateDetail = z.infer<typeof CertificateDetailSchema>;

export const WalletSchema = z.object({
  holder: z.object({ kind: z.enum(['personal', 'enterprise']), name: z.string() }),
  certificates: z.array(CertificateSummarySchema),
  fetchedAt: IsoInstantSchema,
});
export type Wallet = z.infer<typeof WalletSchema>;

/** A national e-certificate identifier (GB/T 36904); a wrong check character (MOD 37,36) is refused before any lookup. */
export const CertificateIdSchema = z.string().min(1).max(128)
  .refine(isValidCertificateId, 'not a national e-certificate identifier, or its check character is wrong');

export const CertificateParamsSchema = z.object({ certificateId: CertificateIdSchema });

export const walletRoutes = {
  list: defineRoute({
    method: 'GET', path: '/api/v1/wallet', tags: ['wallet'],
    summary: "The active identity's certificates from the certificate library, numbers masked",
    response: WalletSchema,
  }),
  refresh: defineRoute({
    method: 'POST', path: '/api/v1/wallet/refresh', tags: ['wallet'],
    summary: 'Pull to refresh: the next list is read from the certificate library, on every instance',
  }),
  detail: defineRoute({
    method: 'GET', path: '/api/v1/wallet/:certificateId', tags: ['wallet'],
    summary: 'One certificate with its fields, sensitive ones masked (audited)',
    params: CertificateParamsSchema, response: CertificateDetailSchema,
  }),
} as const;
