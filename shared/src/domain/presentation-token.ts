/**
 * The 亮证码 token: a compact JWS (RFC 7515) signed with Ed25519 (`alg: EdDSA`, RFC 8037),
 * `header.payload.signature`, each part base64url without padding. The header names the key
 * (`kid`, its RFC 7638 thumbprint) so a checker can pick the public key from the JWKS.
 * Signing and verifying live in the BFF (node:crypto); this module holds the pure rules both
 * sides share: lifetimes, size limits, the token's shape and when the page refreshes its code.
 */

/** `typ` of the JWS header: tells a 亮证码 apart from any other JWT our keys might sign. */
export const PRESENTATION_TOKEN_TYPE = 'zsb-vp+jwt';

/** A 亮证码 lives at most two minutes: long enough to scan, too short to photograph and reuse later. */
export const PRESENTATION_MAX_TTL_SECONDS = 120;

/** Lifetime when the holder does not choose one. */
export const PRESENTATION_DEFAULT_TTL_SECONDS = 60;

export const PRESENTATION_MIN_TTL_SECONDS = 15;

/** Longest token we accept for verification; real ones are well under 2,000 characters (QR capacity). */
export const PRESENTATION_TOKEN_MAX_LENGTH = 4096;

/** Ed25519 signatures are 64 bytes: exactly 86 base64url characters. */
export const ED25519_SIGNATURE_LENGTH = 86;

// Three non-empty base64url segments; lengths bounded so a regex never scans a huge input.
const COMPACT_JWS = /^[A-Za-z0-9_-]{2,4096}\.[A-Za-z0-9_-]{2,4096}\.[A-Za-z0-9_-]{2,4096}$/;

/** Whether `token` has the shape of a compact JWS within our size limit (says nothing about the signature). */
export function isCompactJws(token: string): boolean {
  return typeof token === 'string' && token.length <= PRESENTATION_TOKEN_MAX_LENGTH && COMPACT_JWS.test(token);
}

/** Whole seconds left before `expiresAt`, never negative; what the countdown shows. */
export function secondsLeft(expiresAt: string | number, now: number = Date.now()): number {
  const end = typeof expiresAt === 'number' ? expiresAt : Date.parse(expiresAt);
  return Math.max(0, Math.ceil((end - now) / 1000));
}

/**
 * Milliseconds until the page should fetch a fresh code: `marginSeconds` before expiry so the
 * checker never scans a code that dies mid-scan, but not sooner than `minDelayMs` (no busy loop
 * when the clock is off or the code is nearly dead already).
 */
export function refreshDelayMs(expiresAt: string | number, now: number = Date.now(), marginSeconds = 10, minDelayMs = 1000): number {
  const end = typeof expiresAt === 'number' ? expiresAt : Date.parse(expiresAt);
  return Math.max(minDelayMs, end - marginSeconds * 1000 - now);
}

/*
 * Two compact forms of a 亮证码 besides the JWS, both in QR alphanumeric characters (Base45, RFC 9285)
 * so a code stays at QR version 10 or lower at error correction M:
 * - `ZR1:` + Base45(kid₈ ‖ jti₁₆ ‖ exp₄ ‖ Ed25519 signature₆₄): a signed reference, resolved online at
 *   `POST /api/v1/verify`; it carries no personal data (what was disclosed is kept with the presentation).
 * - `ZO1:` + Base45(zlib(COSE_Sign1)) (as the EU digital COVID certificate's `HC1:`): the disclosed data
 *   in CBOR, signed with the same keys, checkable offline with the published JWKS.
 * The BFF signs and checks them; this module only tells them apart.
 */
export const REFERENCE_CODE_PREFIX = 'ZR1:';
export const OFFLINE_CODE_PREFIX = 'ZO1:';

/** The characters of QR alphanumeric mode, which Base45 uses. */
const BASE45_TEXT = /^[0-9A-Z $%*+\-./:]{2,4096}$/;

export type PresentationCodeForm = 'jws' | 'reference' | 'offline';

/** Which form of 亮证码 `text` has the shape of (says nothing about the signature); null for anything else. */
export function presentationCodeForm(text: string): PresentationCodeForm | null {
  if (typeof text !== 'string' || text.length > PRESENTATION_TOKEN_MAX_LENGTH) return null;
  if (text.startsWith(REFERENCE_CODE_PREFIX) || text.startsWith(OFFLINE_CODE_PREFIX)) {
    return BASE45_TEXT.test(text.slice(4)) ? (text[1] === 'R' ? 'reference' : 'offline') : null;
  }
  return isCompactJws(text) ? 'jws' : null;
}
