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
