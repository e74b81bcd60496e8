import { certificateFieldLabel } from './certificate-fields';
import { birthDateFromFields, claimHeldFrom, claimInfo, holdsClaim, type ClaimCode } from './claims';

/**
 * Rules about a certificate as the library describes it: its standing on a date, how long it has
 * left, and what a presentation or consent may disclose. Used by the wallet, 亮证, consent,
 * verification and reminders, so each rule lives once.
 */

/** What the rules need of a certificate (the BFF's adapter maps the library's record to this). */
export interface CertificateFacts {
  kind: string;
  status: 'active' | 'revoked' | 'suspended';
  validUntil: string | null;
  fields: Readonly<Record<string, string | number | null | undefined>>;
}

export type CertificateStanding = 'valid' | 'expiring' | 'expired' | 'revoked';

/**
 * A certificate as the BFF and its features know it (our names; the certificate library's adapter
 * maps its records to this, so its field names stay in upstreams/).
 */
export interface Certificate extends CertificateFacts {
  certificateId: string;
  kindName: string;
  number: string;
  holder: { id: string; name: string; kind: 'person' | 'enterprise' };
  issuer: { name: string; uscc: string | null };
  issuedOn: string;
  validFrom: string;
  /** `active`, or how the issuer withdrew it (`revoked`, `suspended`). */
  status: 'active' | 'revoked' | 'suspended';
  fields: Record<string, string | number | null>;
}

/** Days before expiry from which a certificate shows as 即将到期. */
export const EXPIRING_WITHIN_DAYS = 90;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (`YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** 有效 / 即将到期 / 已过期 / 已吊销, as of `today` (China date). A suspended certificate counts as revoked. */
export function certificateStatus(c: Pick<CertificateFacts, 'status' | 'validUntil'>, today: string): CertificateStanding {
  if (c.status !== 'active') return 'revoked';
  if (!c.validUntil) return 'valid';
  const left = daysBetween(today, c.validUntil);
  if (left < 0) return 'expired';
  return left <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid';
}

/** Days until expiry on `today` (negative once expired); null for a certificate without an end date. */
export function daysToExpiry(c: Pick<CertificateFacts, 'validUntil'>, today: string): number | null {
  return c.validUntil ? daysBetween(today, c.validUntil) : null;
}

/** Whether a certificate may be shown (亮证) or shared (授权) on `today`: only while in force. */
export function isPresentable(c: Pick<CertificateFacts, 'status' | 'validUntil'>, today: string): boolean {
  const status = certificateStatus(c, today);
  return status === 'valid' || status === 'expiring';
}

export interface CertificateFieldView {
  key: string;
  label: string;
  value: string;
}

/** The certificate's non-empty fields as strings, in the library's order, with their declared labels. */
export function certificateFields(c: Pick<CertificateFacts, 'kind' | 'fields'>): CertificateFieldView[] {
  return Object.entries(c.fields)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([key, v]) => ({ key, label: certificateFieldLabel(c.kind, key), value: String(v) }));
}

/**
 * Extra facts a holder may choose to disclose beside fields and claims. The checker learns who
 * issued the certificate and until when it is valid only when the holder chose to tell: the issuer
 * names the place of registration and the end of validity hints at age.
 */
export const DISCLOSABLE_FACTS = ['issuer', 'validUntil'] as const;
export type DisclosableFact = (typeof DISCLOSABLE_FACTS)[number];

/** What a holder asked to disclose: chosen fields, derived claims, facts, or (none) the whole certificate. */
export interface DisclosureRequest {
  fields?: string[];
  claims?: ClaimCode[];
  facts?: DisclosableFact[];
}

export interface Disclosure {
  /** Disclosed field values in the certificate's order; empty when only claims are shown. */
  fields: CertificateFieldView[];
  claims: ClaimCode[];
  facts: DisclosableFact[];
}

export type DisclosureRefusal = {
  code: 'FIELD_NOT_ON_CERTIFICATE' | 'CLAIM_NOT_PROVABLE' | 'CLAIM_NOT_SATISFIED';
  detail: string;
  errors: { path: string; message: string }[];
};

/**
 * Decides what a presentation or consent discloses. Refuses, with the offending path, a field the
 * certificate does not have, a claim it cannot prove (no birth date on it) and a claim the holder
 * does not hold on `today` (China date): a 17-year-old never gets a 年满18周岁 code. Nothing chosen
 * means the whole certificate, issuer and validity included.
 */
export function decideDisclosure(
  c: Pick<CertificateFacts, 'kind' | 'fields'>, req: DisclosureRequest, today: string,
): { ok: true; disclosure: Disclosure } | { ok: false; refusal: DisclosureRefusal } {
  const all = certificateFields(c);
  if (!req.fields && !req.claims && !req.facts) return { ok: true, disclosure: { fields: all, claims: [], facts: [...DISCLOSABLE_FACTS] } };

  const byKey = new Map(all.map((x) => [x.key, x]));
  const missing = (req.fields ?? []).map((key, i) => ({ key, i })).filter(({ key }) => !byKey.has(key));
  if (missing.length > 0) {
    return { ok: false, refusal: { code: 'FIELD_NOT_ON_CERTIFICATE', detail: 'The certificate has no such field',
      errors: missing.map(({ key, i }) => ({ path: `body.fields.${i}`, message: `no field ${key} on this certificate` })) } };
  }

  const claims = req.claims ?? [];
  if (claims.length > 0) {
    const birthDate = birthDateFromFields(Object.fromEntries(all.map((x) => [x.key, x.value])));
    if (!birthDate) {
      return { ok: false, refusal: { code: 'CLAIM_NOT_PROVABLE', detail: 'This certificate does not prove the holder\'s age',
        errors: claims.map((code, i) => ({ path: `body.claims.${i}`, message: `${code} needs a certificate with a birth date` })) } };
    }
    const unmet = claims.map((code, i) => ({ code, i })).filter(({ code }) => !holdsClaim(code, birthDate, today));
    if (unmet.length > 0) {
      return { ok: false, refusal: { code: 'CLAIM_NOT_SATISFIED', detail: 'The holder does not meet this claim today',
        errors: unmet.map(({ code, i }) => ({ path: `body.claims.${i}`, message: `${claimInfo(code)?.name ?? code} holds from ${claimHeldFrom(code, birthDate)}` })) } };
    }
  }

  const wanted = new Set(req.fields ?? []);
  const facts = DISCLOSABLE_FACTS.filter((x) => req.facts?.includes(x));
  return { ok: true, disclosure: { fields: all.filter((x) => wanted.has(x.key)), claims, facts } };
}
