import { z } from 'zod';
import type { Certificate } from '@zsb/shared/domain/certificate-rules';
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

/** The library's record in our terms (exported for tests that walk the sandbox's records). */
export function toCertificate(r: LibraryCertificate): Certificate {
  return {
    certificateId: r.certificateId, kind: r.kind, kindName: r.kindName, number: r.number,
    holder: { id: r.holder.id, name: r.holder.name, kind: r.holder.type },
    issuer: { name: r.issuer.name, uscc: r.issuer.uscc ?? null },
    issuedOn: r.issuedOn, validFrom: r.validFrom, validUntil: r.validUntil, status: r.status, fields: r.fields,
  };
}

/** Certificate library (电子证照库). Lists are cached briefly: the wallet is read far more often than it changes. */
export class CertificatesAdapter {
  constructor(private readonly http: UpstreamClient, private readonly cacheTtlMs = 30_000) {}

  async listByHolder(holderId: string, opts: { timeoutMs?: number } = {}): Promise<Certificate[]> {
    const r = await this.http.get(`/certificates?holderId=${encodeURIComponent(holderId)}`, {
      cacheTtlMs: this.cacheTtlMs, ...opts, adapt: (raw) => ListSchema.parse(raw).certificates.map(toCertificate),
    });
    return r ?? [];
  }

  /** Forgets the cached list of a holder on every instance (pull to refresh, or after issuing). */
  forgetHolder(holderId: string): void {
    this.http.invalidate(`/certificates?holderId=${encodeURIComponent(holderId)}`);
  }

  /**
   * 统一发证: issues a certificate into the library. Idempotent on `requestId` (a retry after a
   * timeout gets the same certificate), then forgets the holder's cached list on every instance.
   */
  async issue(req: {
    requestId: string; kind: string; holder: { id: string; name: string; kind: 'person' | 'enterprise' }; issuerName: string;
    validYears?: number; fields?: Record<string, string | number | null>;
  }): Promise<Certificate> {
    const r = await this.http.post('/certificates/issuances', {
      requestId: req.requestId, kind: req.kind, holder: { id: req.holder.id, name: req.holder.name, type: req.holder.kind },
      issuerName: req.issuerName, ...(req.validYears ? { validYears: req.validYears } : {}), fields: req.fields ?? {},
    }, { idempotent: true });
    const cert = toCertificate(CertificateSchema.parse(r));
    this.forgetHolder(req.holder.id);
    return cert;
  }

  /** One certificate, fresh (no cache): revocation must be seen at once. */
  async get(certificateId: string): Promise<Certificate | null> {
    const r = await this.http.get(`/certificates/${encodeURIComponent(certificateId)}`);
    return r === null ? null : toCertificate(CertificateSchema.parse(r));
  }
}
