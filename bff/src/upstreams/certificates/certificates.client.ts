import { z } from 'zod';
import type { UpstreamClient } from '../http-client';

// The certificate library's record, in its own field names.
const CertificateSchema = z.object({
  certificateId: z.string(),
  kind: z.string(),
  kindName: z.string(),
  number: z.string(),
  holder: z.object({ id: z.string(), name: z.string(), type: z.enum(['person', 'enterprise']) }),
  issuer: z.object({ name: z.string(), uscc: z.string().nullish() }),
  issuedOn: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  status: z.enum(['active', 'revoked', 'suspended']),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).default({}),
});
export type LibraryCertificate = z.infer<typeof CertificateSchema>;

const ListSchema = z.object({ certificates: z.array(CertificateSchema) });

/** Certificate library (电子证照库). Lists are cached briefly: the wallet is read far more often than it changes. */
export class CertificatesAdapter {
  constructor(private readonly http: UpstreamClient, private readonly cacheTtlMs = 30_000) {}

  async listByHolder(holderId: string, opts: { timeoutMs?: number } = {}): Promise<LibraryCertificate[]> {
    const r = await this.http.get(`/certificates?holderId=${encodeURIComponent(holderId)}`, { cacheTtlMs: this.cacheTtlMs, ...opts });
    return r === null ? [] : ListSchema.parse(r).certificates;
  }

  /** One certificate, fresh (no cache): revocation must be seen at once. */
  async get(certificateId: string): Promise<LibraryCertificate | null> {
    const r = await this.http.get(`/certificates/${encodeURIComponent(certificateId)}`);
    return r === null ? null : CertificateSchema.parse(r);
  }
}
