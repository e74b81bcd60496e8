import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import type { PresentationTokenPayload } from '@zsb/shared/contracts/presentation';
import type { PrivateSigningJwk, PublicSigningJwk } from './presentation.jwk';

/**
 * Superseded by `signing_keys`: the single key of earlier versions. Read once, when `signing_keys`
 * is still empty, so that key keeps verifying (and signing) after the upgrade. TODO(#8): drop in a later migration.
 */
export const presentationKeys = sqliteTable('presentation_keys', {
  kid: text('kid').primaryKey(),
  /** PKCS#8 PEM. A deployment that needs more would keep it in an HSM or KMS instead. */
  privateKeyPem: text('private_key_pem').notNull(),
  createdAt: text('created_at').notNull(),
});

/** Every 亮证码 issued; the id is the token's nonce (`jti`), spent by its first verification. */
export const presentations = sqliteTable('presentations', {
  id: text('id').primaryKey(),
  holderUserId: text('holder_user_id').notNull(),
  /** Audit subject of the holder: user id, or USCC for an enterprise. */
  subject: text('subject').notNull(),
  certificateId: text('certificate_id').notNull(),
  certificateKind: text('certificate_kind').notNull(),
  fields: text('fields', { mode: 'json' }).$type<string[]>().notNull(),
  claims: text('claims', { mode: 'json' }).$type<string[]>().notNull(),
  purpose: text('purpose').notNull(),
  multiUse: integer('multi_use', { mode: 'boolean' }).notNull(),
  issuedAt: text('issued_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  useCount: integer('use_count').notNull().default(0),
  lastUsedAt: text('last_used_at'),
  /**
   * What the code disclosed (the signed payload), for resolving its `ZR1:` reference; null once a
   * single-use code is spent (and on rows from before reference codes).
   */
  disclosure: text('disclosure', { mode: 'json' }).$type<PresentationTokenPayload>(),
}, (t) => [index('presentations_holder_issued').on(t.holderUserId, t.issuedAt)]);

/**
 * Keys that sign 亮证码 tokens, rotated without restart; every instance loads them from here. Times
 * are epoch milliseconds. A key is published in the JWKS from `created_at`, signs from
 * `activates_at` (publish before sign: checkers caching the JWKS learn it first), stops signing at
 * `retired_at` (when its successor activates) and is dropped from the JWKS and from verification at
 * `expires_at` (after the last token it signed has expired). `generation` is unique: the first key
 * is 1 and each rotation inserts the next, so instances racing to create or rotate add ONE key.
 */
export const signingKeys = sqliteTable('signing_keys', {
  kid: text('kid').primaryKey(),
  generation: integer('generation').notNull().unique(),
  /** JWS `alg`; `EdDSA` (Ed25519) for every key so far. */
  algorithm: text('algorithm').notNull(),
  publicJwk: text('public_jwk', { mode: 'json' }).$type<PublicSigningJwk>().notNull(),
  /**
   * The private half as a JWK. Kept in the database so every instance can sign; a production
   * deployment would keep it in a KMS/HSM and store only a key reference here.
   */
  privateJwk: text('private_jwk', { mode: 'json' }).$type<PrivateSigningJwk>().notNull(),
  createdAt: integer('created_at').notNull(),
  activatesAt: integer('activates_at').notNull(),
  retiredAt: integer('retired_at'),
  expiresAt: integer('expires_at'),
});
