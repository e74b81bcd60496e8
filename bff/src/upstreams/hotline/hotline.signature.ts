import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The 12345 hotline signs each webhook call: `X-Hotline-Signature: sha256=<hex HMAC-SHA256(secret, rawBody)>`.
 * Verification is over the exact bytes received, so the body must be read raw before parsing.
 */
export const HOTLINE_SIGNATURE_HEADER = 'x-hotline-signature';
export const HOTLINE_TIMESTAMP_HEADER = 'x-hotline-timestamp';

export function signHotlineBody(secret: string, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** Constant-time check of a signature header against the raw body; any malformed header is false. */
export function verifyHotlineSignature(secret: string, rawBody: string | Buffer, header: string | undefined): boolean {
  if (!header || !/^sha256=[0-9a-f]{64}$/i.test(header)) return false;
  const expected = Buffer.from(signHotlineBody(secret, rawBody).slice('sha256='.length), 'hex');
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  return timingSafeEqual(expected, given);
}
