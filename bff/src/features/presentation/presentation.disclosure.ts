import { birthDateFromFields, claimHeldFrom, claimInfo, holdsClaim, type ClaimCode } from '@zsb/shared/domain/claims';
import { CERTIFICATE_FIELD_LABELS } from '@zsb/shared/domain/certificate-fields';
import { AppError } from '../../platform/errors';
import { certificateStatus } from '@zsb/shared/domain/certificate-status';

/** What presenting needs to know of a certificate (the wallet's certificates have it). */
export interface PresentableCertificate {
  certificateId: string;
  kind: string;
  issuer: { name: string };
  /** `active`, or how the issuer withdrew it. */
  status: string;
  validUntil: string | null;
  fields: Record<string, unknown>;
}

/** What a holder asked to disclose: chosen fields, derived claims, or (neither) the whole certificate. */
export interface DisclosureRequest {
  fields?: string[];
  claims?: ClaimCode[];
}

export interface Disclosure {
  /** Disclosed field values in the certificate's order; empty when only claims are shown. */
  fields: { key: string; label: string; value: string }[];
  claims: ClaimCode[];
}

/** The certificate's non-empty fields as strings, in the library's order. */
export function certificateFields(c: Pick<PresentableCertificate, 'fields'>): { key: string; label: string; value: string }[] {
  return Object.entries(c.fields)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([key, v]) => ({ key, label: CERTIFICATE_FIELD_LABELS[key] ?? key, value: String(v) }));
}

/**
 * Decides what a presentation or consent discloses. Refuses, with the offending path, a field the
 * certificate does not have, a claim it cannot prove (no birth date on it) and a claim the holder
 * does not hold on `today` (China date): a 17-year-old never gets a 年满18周岁 code.
 */
export function selectDisclosure(c: Pick<PresentableCertificate, 'fields'>, req: DisclosureRequest, today: string): Disclosure {
  const all = certificateFields(c);
  if (!req.fields && !req.claims) return { fields: all, claims: [] };

  const byKey = new Map(all.map((f) => [f.key, f]));
  const missing = (req.fields ?? []).map((key, i) => ({ key, i })).filter(({ key }) => !byKey.has(key));
  if (missing.length > 0) {
    throw new AppError(422, 'FIELD_NOT_ON_CERTIFICATE', 'The certificate has no such field',
      missing.map(({ key, i }) => ({ path: `body.fields.${i}`, message: `no field ${key} on this certificate` })));
  }

  const claims = req.claims ?? [];
  if (claims.length > 0) {
    const birthDate = birthDateFromFields(Object.fromEntries(all.map((f) => [f.key, f.value])));
    if (!birthDate) {
      throw new AppError(422, 'CLAIM_NOT_PROVABLE', 'This certificate does not prove the holder\'s age',
        claims.map((code, i) => ({ path: `body.claims.${i}`, message: `${code} needs a certificate with a birth date` })));
    }
    const unmet = claims.map((code, i) => ({ code, i })).filter(({ code }) => !holdsClaim(code, birthDate, today));
    if (unmet.length > 0) {
      throw new AppError(422, 'CLAIM_NOT_SATISFIED', 'The holder does not meet this claim today',
        unmet.map(({ code, i }) => ({ path: `body.claims.${i}`, message: `${claimInfo(code)?.name ?? code} holds from ${claimHeldFrom(code, birthDate)}` })));
    }
  }

  const wanted = new Set(req.fields ?? []);
  return { fields: all.filter((f) => wanted.has(f.key)), claims };
}

/**
 * A certificate can be shown or shared only while it is in force: a revoked or expired one is
 * refused with 409 so the holder learns why instead of getting a code that every checker rejects.
 */
export function assertPresentable(c: Pick<PresentableCertificate, 'status' | 'validUntil'>, today: string): void {
  const status = certificateStatus(c, today);
  if (status === 'revoked' || status === 'expired') {
    throw new AppError(409, 'CERTIFICATE_NOT_PRESENTABLE', `The certificate is ${status}`);
  }
}
