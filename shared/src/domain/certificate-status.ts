import type { CertificateStatus } from '../contracts/wallet';
import type { IsoDate } from './working-days';

/** Days before expiry from which a certificate shows as 即将到期. */
export const EXPIRING_WITHIN_DAYS = 90;

const DAY_MS = 86_400_000;

/** Whole days from one China date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Days left until a certificate's last valid day, or null when it never expires. */
export function daysToExpiry(validUntil: IsoDate | null, today: IsoDate): number | null {
  return validUntil ? daysBetween(today, validUntil) : null;
}

/**
 * 有效 / 即将到期 / 已过期 / 已吊销, as of `today` (China date): revoked by the issuer first, then
 * by end date; expiring from `EXPIRING_WITHIN_DAYS` before the last valid day.
 */
export function certificateStatus(c: { status: 'active' | 'revoked' | string; validUntil: IsoDate | null }, today: IsoDate): CertificateStatus {
  if (c.status !== 'active') return 'revoked';
  if (!c.validUntil) return 'valid';
  const left = daysBetween(today, c.validUntil);
  if (left < 0) return 'expired';
  return left <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid';
}

/**
 * A certificate as the BFF and its features know it (our names; the certificate library's adapter
 * maps its records to this, so its field names stay in upstreams/).
 */
export interface Certificate {
  certificateId: string;
  kind: string;
  kindName: string;
  number: string;
  holder: { id: string; name: string; kind: 'person' | 'enterprise' };
  issuer: { name: string; uscc: string | null };
  issuedOn: IsoDate;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  /** `active`, or how the issuer withdrew it (`revoked`, `suspended`). */
  status: 'active' | 'revoked' | 'suspended';
  fields: Record<string, string | number | null>;
}
