import { randomBytes, randomUUID } from 'node:crypto';

/** Opaque, unguessable identifiers: a user guessing another id finds nothing. */
export const newId = (): string => randomUUID();
export const nowIso = (): string => new Date().toISOString();

/**
 * A UUID version 7 (RFC 9562): the time in ms first, then 74 random bits. For rows written in bulk
 * (audit rows): consecutive keys land on the same index page, so a commit writes a page or two of
 * the primary-key index instead of one page per row scattered across it.
 */
export function newOrderedId(now = Date.now()): string {
  const r = randomBytes(10);
  const ms = now.toString(16).padStart(12, '0');
  const hex = r.toString('hex');
  const variant = ((r[2]! & 0x3f) | 0x80).toString(16);
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${hex.slice(0, 3)}-${variant}${hex.slice(6, 8)}-${hex.slice(8, 20)}`;
}
