// PostgreSQL twin of presentation.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, bigint, boolean, jsonb, index } from 'drizzle-orm/pg-core';
import type { PresentationTokenPayload } from '@zsb/shared/contracts/presentation';
import type { PrivateSigningJwk, PublicSigningJwk } from './presentation.jwk';

/**
 * Superseded by `signing_keys`: the single key of earlier versions. Read once, when `signing_keys`
 * is still empty, so that key keeps verifying (and signing) after the upgrade. TODO(#8): drop in a later migration.
 */
export const presentationKeys = pgTable('presentation_keys', {
  kid: text('kid').primaryKey(),
  /** PKCS#8 PEM. A deployment that needs more would keep it in an HSM or KMS instead. */
  privateKeyPem: text('private_key_pem').notNull(),
  createdAt: text('created_at').notNull(),
});

/** Every 亮证码 issued; the id is the token's nonce (`jti`), spent by its first verification. */
export const presentations = pgTable('presentations', {
  id: text('id').primaryKey(),
  holderUserId: text('holder_user_id').notNull(),
  /** Audit subject of the holder: user id, or USCC for an enterprise. */
  subject: text('subject').notNull(),
  certificateId: text('certificate_id').notNull(),
  certificateKind: text('certificate_kind').notNull(),
  fields: jsonb('fields').$type<string[]>().notNull(),
  claims: jsonb('claims').$type<string[]>().notNull(),
  purpose: text('purpose').notNull(),
  multiUse: boolean('multi_use').notNull(),
  issuedAt: text('issued_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  useCount: integer('use_count').notNull().default(0),
  lastUsedAt: text('last_used_at'),
  /**
   * What the code disclosed (the signed payload), for resolving its `ZR1:` reference; null once a
   * single-use code is spent (and on rows from before reference codes).
   */
  disclosure: jsonb('disclosure').$type<PresentationTokenPayload>(),
}, (t) => [index('presentations_holder_issued').on(t.holderUserId, t.issuedAt)]);

/**
 * Keys that sign 亮证码 tokens, rotated without restart; every instance loads them from here. Times
 * are epoch milliseconds. A key is published in the JWKS from `created_at`, signs from
 * `activates_at` (publish before sign: checkers caching the JWKS learn it first), stops signing at
 * `retired_at` (when its successor activates) and is dropped from the JWKS and from verification at
 * `expires_at` (after the last token it signed has expired). `generation` is unique: the first key
 * is 1 and each rotation inserts the next, so instances racing to create or rotate add ONE key.
 */
export const signingKeys = pgTable('signing_keys', {
  kid: text('kid').primaryKey(),
  generation: integer('generation').notNull().unique(),
  /** JWS `alg`; `EdDSA` (Ed25519) for every key so far. */
  algorithm: text('algorithm').notNull(),
  publicJwk: jsonb('public_jwk').$type<PublicSigningJwk>().notNull(),
  /**
   * The private half as a JWK. Kept in the database so every instance can sign; a production
   * deployment would keep it in a KMS/HSM and store only a key reference here.
   */
  privateJwk: jsonb('private_jwk').$type<PrivateSigningJwk>().notNull(),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  activatesAt: bigint('activates_at', { mode: 'number' }).notNull(),
  retiredAt: bigint('retired_at', { mode: 'number' }),
  expiresAt: bigint('expires_at', { mode: 'number' }),
});
