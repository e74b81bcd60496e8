import { z } from 'zod';
import { defineRoute } from './route';
import { IsoDateSchema, IsoInstantSchema } from './common';
import { ClaimCodeSchema } from './presentation';
import { PRESENTATION_TOKEN_MAX_LENGTH } from '../domain/presentation-token';

/*
 * 核验 (verification): a checker submits the token from a 亮证码 and learns whether it is
 * genuine, current, unused and from a certificate still in force. Only a `valid` answer carries
 * certificate data, and then only what the holder chose to disclose.
 */

export const VerifyRequestSchema = z.strictObject({
  /** Any form of 亮证码: the compact JWS, a `ZR1:` reference or a `ZO1:` offline code. */
  token: z.string().min(1).max(PRESENTATION_TOKEN_MAX_LENGTH),
});
export type VerifyRequest = z.infer<typeof VerifyRequestSchema>;

/**
 * - `valid`: our signature, not expired, certificate in force, first use (or a multi-use code).
 * - `expired`: genuine but past `exp`.
 * - `tampered`: the signature does not match the content (changed after signing, or a key id of ours
 *   with someone else's signature).
 * - `replayed`: a single-use code that was already verified.
 * - `revoked`: genuine, but the certificate was revoked (or has expired) at the certificate library.
 * - `unknown_key`: signed with a key we never published.
 */
export const VerificationResultSchema = z.enum(['valid', 'expired', 'tampered', 'replayed', 'revoked', 'unknown_key']);
export type VerificationResult = z.infer<typeof VerificationResultSchema>;

/** What the checker learns of the certificate: its kind, and issuer and validity only when the holder disclosed them. */
export const VerifiedCertificateSchema = z.object({
  kind: z.string(),
  kindName: z.string(),
  issuer: z.string().optional(),
  validUntil: IsoDateSchema.nullable().optional(),
});

export const VerificationSchema = z.discriminatedUnion('result', [
  z.object({
    result: z.literal('valid'),
    checkedAt: IsoInstantSchema,
    certificate: VerifiedCertificateSchema,
    /** Only the disclosed fields, in the certificate's order. */
    fields: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
    claims: z.array(z.object({ code: ClaimCodeSchema, name: z.string() })),
    presentation: z.object({
      id: z.string(),
      issuedAt: IsoInstantSchema,
      expiresAt: IsoInstantSchema,
      purpose: z.string(),
      multiUse: z.boolean(),
    }),
  }),
  z.object({
    result: VerificationResultSchema.exclude(['valid']),
    checkedAt: IsoInstantSchema,
  }),
]);
export type Verification = z.infer<typeof VerificationSchema>;

/** One public key as a JWK (RFC 8037 OKP). */
export const PublicJwkSchema = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string(),
  kid: z.string(),
  alg: z.literal('EdDSA'),
  use: z.literal('sig'),
});
export type PublicJwk = z.infer<typeof PublicJwkSchema>;

export const JwksSchema = z.object({ keys: z.array(PublicJwkSchema) });
export type Jwks = z.infer<typeof JwksSchema>;

export const verificationRoutes = {
  verify: defineRoute({
    method: 'POST', path: '/api/v1/verify', tags: ['verification'],
    summary: 'Check a 亮证码 token; a single-use code verifies once, every check is audited and the holder gets a receipt',
    body: VerifyRequestSchema, response: VerificationSchema,
  }),
  jwks: defineRoute({
    method: 'GET', path: '/.well-known/jwks.json', auth: false, tags: ['verification'],
    summary: 'Public keys that sign 亮证码 tokens, for checking signatures offline (replay cannot be detected offline)',
    response: JwksSchema,
  }),
} as const;
