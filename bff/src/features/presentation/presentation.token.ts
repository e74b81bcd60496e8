import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import {
  PresentationTokenPayloadSchema,
  type PresentationTokenHeader,
  type PresentationTokenPayload,
} from '@zsb/shared/contracts/presentation';
import type { PublicJwk } from '@zsb/shared/contracts/verification';
import { ED25519_SIGNATURE_LENGTH, isCompactJws, PRESENTATION_TOKEN_TYPE } from '@zsb/shared/domain/presentation-token';
import type { PrivateSigningJwk, PublicSigningJwk } from './presentation.jwk';

/*
 * Signing and checking 亮证码 tokens: compact JWS, EdDSA over Ed25519 (RFC 8037), node:crypto only.
 * This module knows nothing about nonces, revocation or the database: the service adds those.
 */

export interface SigningKey {
  /** RFC 7638 thumbprint of the public key. */
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The base64url JWS header, identical for every token this key signs. */
  headerSegment: string;
}

/** How a signing key is stored: the private key as PKCS#8 PEM (the public key and kid derive from it). */
export interface StoredSigningKey {
  kid: string;
  privateKeyPem: string;
}

export type TokenCheck =
  /**
   * `jti` names the presentation; `payload` is what the code itself carries (a JWS or an offline code),
   * null for a reference code (the disclosure is in our record of the presentation).
   */
  | { status: 'valid'; kid: string; jti: string; payload: PresentationTokenPayload | null }
  | { status: 'expired'; kid: string; jti: string; payload: PresentationTokenPayload | null }
  | { status: 'tampered' }
  | { status: 'unknown_key'; kid: string }
  /** Not a token at all (wrong shape, truncated, header not JSON): the client's mistake, answered with 400. */
  | { status: 'malformed'; reason: 'shape' | 'header' | 'signature' | 'payload' };

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** A fresh Ed25519 key pair. */
export function generateSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return withDerivedParts(privateKey, publicKey);
}

/** The stored form of a key (PKCS#8 PEM). */
export function exportSigningKey(key: SigningKey): StoredSigningKey {
  return { kid: key.kid, privateKeyPem: key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

/**
 * Rebuilds a key from its stored form.
 * @throws Error when the PEM is not an Ed25519 private key or does not match the stored kid.
 */
export function importSigningKey(stored: StoredSigningKey): SigningKey {
  const privateKey = createPrivateKey(stored.privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('stored presentation key is not Ed25519');
  const key = withDerivedParts(privateKey, createPublicKey(privateKey));
  if (key.kid !== stored.kid) throw new Error(`stored presentation key ${stored.kid} does not match its thumbprint`);
  return key;
}

/** Both halves as stored in `signing_keys`. */
export function signingKeyToJwk(key: SigningKey): { publicJwk: PublicSigningJwk; privateJwk: PrivateSigningJwk } {
  const { x, d } = key.privateKey.export({ format: 'jwk' });
  return { publicJwk: { kty: 'OKP', crv: 'Ed25519', x: String(x) }, privateJwk: { kty: 'OKP', crv: 'Ed25519', x: String(x), d: String(d) } };
}

/**
 * Rebuilds a key from its stored private JWK.
 * @throws Error when the JWK is not an Ed25519 private key or does not match the stored kid.
 */
export function signingKeyFromJwk(kid: string, jwk: PrivateSigningJwk): SigningKey {
  const privateKey = createPrivateKey({ key: { ...jwk }, format: 'jwk' });
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('stored presentation key is not Ed25519');
  const key = withDerivedParts(privateKey, createPublicKey(privateKey));
  if (key.kid !== kid) throw new Error(`stored presentation key ${kid} does not match its thumbprint`);
  return key;
}

/** The public half as a JWK for `/.well-known/jwks.json`. */
export function publicJwkOf(key: Pick<SigningKey, 'kid' | 'publicKey'>): PublicJwk {
  const { x } = key.publicKey.export({ format: 'jwk' });
  return { kty: 'OKP', crv: 'Ed25519', x: String(x), kid: key.kid, alg: 'EdDSA', use: 'sig' };
}

/** Signs a payload into a compact JWS. */
export function signPresentationToken(payload: PresentationTokenPayload, key: SigningKey): string {
  const signingInput = `${key.headerSegment}.${b64url(JSON.stringify(payload))}`;
  return `${signingInput}.${b64url(sign(null, Buffer.from(signingInput), key.privateKey))}`;
}

/**
 * Checks tokens against the keys `lookup` knows. Signature first, then expiry: an altered token is
 * `tampered` whatever its dates say. Verified header segments are remembered, so the hot path
 * skips header parsing; only headers of known keys are remembered (an attacker cannot grow the map).
 */
export class PresentationTokenVerifier {
  private readonly headers = new Map<string, { kid: string; key: KeyObject }>();

  constructor(private readonly lookup: (kid: string) => KeyObject | undefined) {}

  /**
   * Checks `token` at `nowSeconds` (seconds since the epoch). Never rejects, whatever the input. The
   * signature is checked on libuv's thread pool, so the event loop serves other requests meanwhile.
   */
  async check(token: string, nowSeconds: number): Promise<TokenCheck> {
    if (!isCompactJws(token)) return { status: 'malformed', reason: 'shape' };
    const dot1 = token.indexOf('.');
    const dot2 = token.indexOf('.', dot1 + 1);
    const headerSegment = token.slice(0, dot1);
    const signature = token.slice(dot2 + 1);

    let known = this.headers.get(headerSegment);
    if (!known) {
      const header = parseSegment(headerSegment);
      if (!header || typeof header.kid !== 'string' || header.kid.length === 0) return { status: 'malformed', reason: 'header' };
      const key = this.lookup(header.kid);
      if (!key) return { status: 'unknown_key', kid: header.kid.slice(0, 128) };
      // One of our kids with another algorithm or type was not written by us.
      if (!isOurHeader(header)) return { status: 'tampered' };
      known = { kid: header.kid, key };
      this.headers.set(headerSegment, known);
    }

    if (signature.length !== ED25519_SIGNATURE_LENGTH) return { status: 'malformed', reason: 'signature' };
    // The 86th character carries 2 data bits and 4 zero bits; any other character is an altered (non-canonical) signature.
    if (!'AQgw'.includes(signature[ED25519_SIGNATURE_LENGTH - 1])) return { status: 'tampered' };
    const ok = await verifyOffThread(Buffer.from(token.slice(0, dot2)), known.key, Buffer.from(signature, 'base64url'));
    if (!ok) return { status: 'tampered' };

    const parsed = PresentationTokenPayloadSchema.safeParse(parseSegment(token.slice(dot1 + 1, dot2)));
    if (!parsed.success) return { status: 'malformed', reason: 'payload' };
    const payload = parsed.data;
    if (nowSeconds >= payload.exp) return { status: 'expired', kid: known.kid, jti: payload.jti, payload };
    return { status: 'valid', kid: known.kid, jti: payload.jti, payload };
  }
}

function verifyOffThread(data: Buffer, key: KeyObject, signature: Buffer): Promise<boolean> {
  return new Promise((resolve) => {
    verify(null, data, key, signature, (err, ok) => resolve(!err && ok));
  });
}

function withDerivedParts(privateKey: KeyObject, publicKey: KeyObject): SigningKey {
  const { x } = publicKey.export({ format: 'jwk' });
  // RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace.
  const kid = b64url(createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${String(x)}"}`).digest());
  const header: PresentationTokenHeader = { alg: 'EdDSA', typ: PRESENTATION_TOKEN_TYPE, kid };
  return { kid, privateKey, publicKey, headerSegment: b64url(JSON.stringify(header)) };
}

function parseSegment(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function isOurHeader(header: Record<string, unknown>): boolean {
  const keys = Object.keys(header);
  return keys.length === 3 && header.alg === 'EdDSA' && header.typ === PRESENTATION_TOKEN_TYPE;
}
