import { z } from 'zod';
import { defineRoute } from './route';
import { freeText, IsoDateSchema, IsoInstantSchema } from './common';
import { CertificateParamsSchema } from './wallet';
import { CLAIM_CODES } from '../domain/claims';
import { DISCLOSABLE_FACTS } from '../domain/certificate-rules';
import {
  PRESENTATION_DEFAULT_TTL_SECONDS,
  PRESENTATION_MAX_TTL_SECONDS,
  PRESENTATION_MIN_TTL_SECONDS,
  PRESENTATION_TOKEN_TYPE,
} from '../domain/presentation-token';

/*
 * 亮证 (presentation): the holder picks what to disclose from one certificate and gets a
 * short-lived signed QR code; reveal (查看完整信息) unmasks the holder's own view for a minute.
 */

export const ClaimCodeSchema = z.enum(CLAIM_CODES);

/** Facts about the certificate itself that the checker learns only when the holder discloses them. */
export const DisclosableFactSchema = z.enum(DISCLOSABLE_FACTS);

/** A certificate field key as the certificate library names it (`name`, `idNumber`, `uscc`…). */
export const FieldKeySchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'expected a field key');

const unique = <T>(items: T[]) => new Set(items).size === items.length;

/** 用证事由: why the certificate is shown or shared; chosen from common purposes or typed, ≤ 200 characters. */
export const PurposeSchema = freeText().min(1).max(200);

export const CreatePresentationRequestSchema = z.strictObject({
  /** Fields to disclose; omit both `fields` and `claims` to disclose the whole certificate. */
  fields: z.array(FieldKeySchema).min(1).max(40).refine(unique, 'fields must not repeat').optional(),
  /** Derived claims (e.g. 年满18周岁) proven without disclosing the data behind them. */
  claims: z.array(ClaimCodeSchema).min(1).refine(unique, 'claims must not repeat').optional(),
  /** `issuer` (颁发机构) and `validUntil` (有效期至): told to the checker only when chosen here (or when the whole certificate is shown). */
  facts: z.array(DisclosableFactSchema).min(1).refine(unique, 'facts must not repeat').optional(),
  purpose: PurposeSchema,
  /** A multi-use code verifies any number of times until it expires; single use is the default. */
  multiUse: z.boolean().default(false),
  ttlSeconds: z.number().int().min(PRESENTATION_MIN_TTL_SECONDS).max(PRESENTATION_MAX_TTL_SECONDS)
    .default(PRESENTATION_DEFAULT_TTL_SECONDS),
});
export type CreatePresentationRequest = z.infer<typeof CreatePresentationRequestSchema>;

export const DisclosedFieldSchema = z.object({ key: z.string(), label: z.string() });

export const PresentationSchema = z.object({
  /** The token's nonce (`jti`); also the id under which verifications of it are audited. */
  id: z.string(),
  certificateId: z.string(),
  /** The compact JWS (the whole signed disclosure; `POST /api/v1/verify` accepts it as before). */
  token: z.string(),
  /** `ZR1:…`: the short signed reference the checker's app resolves online (no personal data in it). */
  reference: z.string(),
  /** The QR code of `reference` as an SVG document: what the 亮证 page shows by default (QR version ≤ 10). */
  qrSvg: z.string(),
  /** `ZO1:…`: the disclosed data as CBOR in a COSE_Sign1, zlib, Base45; checkable offline with the JWKS. */
  offline: z.object({ code: z.string(), qrSvg: z.string() }),
  issuedAt: IsoInstantSchema,
  expiresAt: IsoInstantSchema,
  multiUse: z.boolean(),
  purpose: z.string(),
  disclosed: z.object({
    fields: z.array(DisclosedFieldSchema),
    claims: z.array(ClaimCodeSchema),
    facts: z.array(DisclosableFactSchema),
  }),
});
export type Presentation = z.infer<typeof PresentationSchema>;

/** How a 亮证码 has fared so far: the QR page polls this to say "已核验" the moment a checker scans. */
export const PresentationStatusSchema = z.object({
  id: z.string(),
  certificateId: z.string(),
  issuedAt: IsoInstantSchema,
  expiresAt: IsoInstantSchema,
  multiUse: z.boolean(),
  /** `unused`, `used` (verified at least once) or `expired` (never verified, now dead). */
  state: z.enum(['unused', 'used', 'expired']),
  useCount: z.number().int(),
  lastUsedAt: IsoInstantSchema.nullable(),
});
export type PresentationStatus = z.infer<typeof PresentationStatusSchema>;

export const RevealedCertificateSchema = z.object({
  certificateId: z.string(),
  fields: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
  revealedAt: IsoInstantSchema,
  /** The page masks the values again at this instant (60 s after the reveal). */
  maskAgainAt: IsoInstantSchema,
});
export type RevealedCertificate = z.infer<typeof RevealedCertificateSchema>;

// ───────────── the token (wire format; also what a third party decodes offline) ─────────────

export const PresentationTokenHeaderSchema = z.object({
  alg: z.literal('EdDSA'),
  typ: z.literal(PRESENTATION_TOKEN_TYPE),
  /** RFC 7638 thumbprint of the signing key; look it up in `/.well-known/jwks.json`. */
  kid: z.string().min(1).max(128),
});
export type PresentationTokenHeader = z.infer<typeof PresentationTokenHeaderSchema>;

export const PresentationTokenPayloadSchema = z.object({
  /** Who signed: the BFF's issuer URL. */
  iss: z.string(),
  /** Per-presentation identifier and nonce: random for every code, so two codes share nothing that links them. */
  jti: z.string().min(16).max(64),
  /** Issued at / expires, seconds since the epoch (JWT NumericDate); `exp - iat` ≤ 120. */
  iat: z.number().int(),
  exp: z.number().int(),
  /**
   * The certificate's kind, and its issuer and end of validity only when the holder disclosed them.
   * Never the certificate's id: it is the same in every code and would let checks be linked.
   */
  cert: z.object({
    kind: z.string(),
    /** The authority that issued the certificate (颁发机构); names the place of registration. */
    issuer: z.string().optional(),
    /** Hints at age (an ID card's term follows the holder's age), so only when disclosed. */
    validUntil: IsoDateSchema.nullable().optional(),
  }),
  /** Disclosed fields, clear text, keyed like the certificate library's fields. */
  fields: z.record(z.string(), z.string()).optional(),
  claims: z.array(ClaimCodeSchema).optional(),
  /** Present (true) on multi-use codes only. */
  multi: z.literal(true).optional(),
});
export type PresentationTokenPayload = z.infer<typeof PresentationTokenPayloadSchema>;

export const presentationRoutes = {
  create: defineRoute({
    method: 'POST', path: '/api/v1/wallet/:certificateId/presentations', tags: ['presentation'],
    summary: 'Issue a 亮证码: a signed, short-lived token disclosing chosen fields or derived claims, with its QR code (audited)',
    params: CertificateParamsSchema, body: CreatePresentationRequestSchema, response: PresentationSchema, status: 201,
  }),
  status: defineRoute({
    method: 'GET', path: '/api/v1/presentations/:presentationId', tags: ['presentation'],
    summary: "One of the active identity's 亮证码: whether it has been verified yet",
    params: z.object({ presentationId: z.string().min(1).max(64) }), response: PresentationStatusSchema,
  }),
  reveal: defineRoute({
    method: 'POST', path: '/api/v1/wallet/:certificateId/reveal', tags: ['presentation'],
    summary: "Unmask the holder's own certificate for 60 seconds (audited)",
    params: CertificateParamsSchema, response: RevealedCertificateSchema,
  }),
} as const;

/** Rotating the 亮证 signing key (operator): the new key is published now and signs after the lead time. */
export const RotateSigningKeyRequestSchema = z.strictObject({
  /** Seconds the new key is published before it signs; the configured lead (600 s by default) when absent. */
  publishLeadSeconds: z.number().int().min(0).max(7 * 86_400).optional(),
});
export type RotateSigningKeyRequest = z.infer<typeof RotateSigningKeyRequestSchema>;

export const SigningKeyInfoSchema = z.object({
  kid: z.string(),
  generation: z.number().int(),
  createdAt: IsoInstantSchema,
  /** Signs from here on (until a successor activates). */
  activatesAt: IsoInstantSchema,
  /** Stopped signing. */
  retiredAt: IsoInstantSchema.nullable(),
  /** Leaves the JWKS: every token it signed has expired by then. */
  expiresAt: IsoInstantSchema.nullable(),
});
export type SigningKeyInfo = z.infer<typeof SigningKeyInfoSchema>;

export const RotatedSigningKeySchema = z.object({
  kid: z.string(),
  activatesAt: IsoInstantSchema,
  /** False when another instance rotated at the same moment: its key is the one answered. */
  created: z.boolean(),
  keys: z.array(SigningKeyInfoSchema),
});
export type RotatedSigningKey = z.infer<typeof RotatedSigningKeySchema>;

export const signingKeyRoutes = {
  rotate: defineRoute({
    method: 'POST', path: '/api/v1/admin/signing-keys/rotate', tags: ['presentation', 'admin'],
    summary: 'Rotate the 亮证 signing key (operator): the new key is in the JWKS at once and signs after the lead time; old keys verify until their tokens expire',
    body: RotateSigningKeyRequestSchema, response: RotatedSigningKeySchema, status: 201,
  }),
  list: defineRoute({
    method: 'GET', path: '/api/v1/admin/signing-keys', tags: ['presentation', 'admin'],
    summary: 'The 亮证 signing keys not yet expired, with their schedule (operator)',
    response: z.object({ keys: z.array(SigningKeyInfoSchema) }),
  }),
} as const;
