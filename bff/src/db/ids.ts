import { randomUUID } from 'node:crypto';

/** Opaque, unguessable identifiers: a user guessing another id finds nothing. */
export const newId = (): string => randomUUID();
export const nowIso = (): string => new Date().toISOString();
