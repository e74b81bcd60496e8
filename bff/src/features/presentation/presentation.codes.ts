import { sign, verify, type KeyObject } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import cbor from 'cbor';
import { createRequire } from 'node:module';
import { PresentationTokenPayloadSchema, type PresentationTokenPayload } from '@zsb/shared/contracts/presentation';
import { OFFLINE_CODE_PREFIX, REFERENCE_CODE_PREFIX } from '@zsb/shared/domain/presentation-token';
import { CERTIFICATE_FIELDS } from '@zsb/shared/domain/certificate-fields';
import { CERTIFICATE_KINDS } from '@zsb/shared/domain/certificate-id';

/*
 * The two compact forms of a 亮证码 (shapes in shared/src/domain/presentation-token.ts), signed with
 * the same Ed25519 keys as the JWS:
 *
 * Reference `ZR1:` + Base45 of 88 bytes: kid prefix (4) ‖ jti (16) ‖ exp (uint32 BE, 4) ‖ signature (64)
 * over "zsb-ref1" ‖ the first 28 bytes. No personal data: the BFF resolves it against its record.
 *
 * Offline `ZO1:` + Base45(zlib(COSE_Sign1)) (RFC 9052), as the EU digital COVID certificate's `HC1:`;
 *   zlib only when it makes the code shorter (a decoder inflates when the first byte is 0x78, a
 *   COSE_Sign1 starts with 0xD2): signed Chinese text rarely compresses, and every byte counts.
 *   protected header {1 (alg): -8 (EdDSA), 4 (kid): kid prefix (4 bytes)}, unprotected {},
 *   payload CBOR map {4 (exp), 7 (cti): jti (16 bytes), "zsb": {k: kind, f?: {field: value},
 *   c?: [claim], i?: issuer, v?: validUntil, m?: true}}, signature Ed25519 over the COSE
 *   Sig_structure ["Signature1", protected, h'', payload].
 *   `k` is the kind's 证照类型代码 as its last six digits (1 = 111000000000000001 居民身份证); a field key
 *   is the field's position in the kind's declared fields (shared/src/domain/certificate-fields.ts,
 *   from 0), or the library's key as text for a field not declared there.
 * No `iat` (the record of the presentation has it): a whole certificate must fit QR version 15.
 * The kid prefix is the first 4 bytes of the key's RFC 7638 thumbprint (the JWKS `kid`, base64url).
 */

// cbor (node-cbor) is CommonJS without static named exports: taken from its default export under Node's ESM.
const { decodeFirstSync, encode, Tagged } = cbor;
// base45-js (the EU DCC's Base45, RFC 9285) ships a declaration file that is not a module; typed here.
const base45 = createRequire(import.meta.url)('base45-js') as { encode(data: Uint8Array): string; decode(text: string): Buffer };
const base45Encode = (data: Uint8Array): string => base45.encode(data);
/** Decodes Base45, refusing any text that is not the canonical encoding of its bytes (the library is lenient). */
function base45Decode(text: string): Buffer {
  const data = base45.decode(text);
  if (base45.encode(data) !== text) throw new Error('not canonical Base45');
  return data;
}

export const KID_PREFIX_BYTES = 4;
const JTI_BYTES = 16;
const SIGNATURE_BYTES = 64;
const REFERENCE_SIGNED_BYTES = KID_PREFIX_BYTES + JTI_BYTES + 4;
const REFERENCE_DOMAIN = Buffer.from('zsb-ref1');
const COSE_SIGN1_TAG = 18;
const COSE_ALG_EDDSA = -8;
/** The CWT claim holding what the holder disclosed. */
export const OFFLINE_CLAIM = 'zsb';

/** Who signs: the key's full kid (for our records), its 8-byte prefix (in the codes) and the private key. */
export interface CodeSigningKey {
  kid: string;
  privateKey: KeyObject;
}

/** A compact code taken apart; `signed`/`signature` still to be checked against the key named by `kidPrefix`. */
export type ParsedCompactCode =
  | { form: 'reference'; kidPrefix: Buffer; jti: string; exp: number; signed: Buffer; signature: Buffer }
  | { form: 'offline'; kidPrefix: Buffer; payload: PresentationTokenPayload; signed: Buffer; signature: Buffer };

export const kidPrefixOf = (kid: string): Buffer => Buffer.from(kid, 'base64url').subarray(0, KID_PREFIX_BYTES);

/** The signed reference of presentation `jti` (base64url of 16 bytes) expiring at `exp` (seconds). */
export function signReferenceCode(jti: string, exp: number, key: CodeSigningKey): string {
  const body = Buffer.alloc(REFERENCE_SIGNED_BYTES);
  kidPrefixOf(key.kid).copy(body, 0);
  const id = Buffer.from(jti, 'base64url');
  if (id.length !== JTI_BYTES) throw new RangeError('a presentation id is 16 bytes');
  id.copy(body, KID_PREFIX_BYTES);
  body.writeUInt32BE(exp, KID_PREFIX_BYTES + JTI_BYTES);
  const signature = sign(null, Buffer.concat([REFERENCE_DOMAIN, body]), key.privateKey);
  return REFERENCE_CODE_PREFIX + base45Encode(Buffer.concat([body, signature]));
}

/** The offline form of `payload` (COSE_Sign1, zlib, Base45). */
export function signOfflineCode(payload: PresentationTokenPayload, key: CodeSigningKey): string {
  const protectedHeader = encode(new Map<number, unknown>([[1, COSE_ALG_EDDSA], [4, kidPrefixOf(key.kid)]]));
  const claim: Record<string, unknown> = { k: kindCodeOf(payload.cert.kind) };
  if (payload.fields) {
    const declared = Object.keys(CERTIFICATE_FIELDS[payload.cert.kind as keyof typeof CERTIFICATE_FIELDS] ?? {});
    claim.f = new Map(Object.entries(payload.fields).map(([key, value]) => {
      const at = declared.indexOf(key);
      return [at >= 0 ? at : key, value];
    }));
  }
  if (payload.claims) claim.c = payload.claims;
  if (payload.cert.issuer !== undefined) claim.i = payload.cert.issuer;
  if (payload.cert.validUntil !== undefined) claim.v = payload.cert.validUntil;
  if (payload.multi) claim.m = true;
  const body = encode(new Map<number | string, unknown>([
    [4, payload.exp], [7, Buffer.from(payload.jti, 'base64url')], [OFFLINE_CLAIM, claim],
  ]));
  const signature = sign(null, sigStructure(protectedHeader, body), key.privateKey);
  const cose = encode(new Tagged(COSE_SIGN1_TAG, [protectedHeader, new Map(), body, signature]));
  const compressed = deflateSync(cose, { level: 9 });
  return OFFLINE_CODE_PREFIX + base45Encode(compressed.length < cose.length ? compressed : cose);
}

/** The kind's number in offline codes: the last six digits of its 证照类型代码; its key as text for a kind we do not declare. */
function kindCodeOf(kind: string): number | string {
  const info = CERTIFICATE_KINDS.find((k) => k.kind === kind);
  return info ? Number(info.typeCode.slice(-6)) : kind;
}

function kindOfCode(code: unknown): string | undefined {
  if (typeof code === 'string') return code;
  if (typeof code !== 'number') return undefined;
  return CERTIFICATE_KINDS.find((k) => Number(k.typeCode.slice(-6)) === code)?.kind;
}

/** `{position or key: value}` back to `{key: value}` for `kind`; undefined when a position is not declared. */
function fieldsOfCode(kind: string, f: unknown): Record<string, unknown> | undefined {
  const declared = Object.keys(CERTIFICATE_FIELDS[kind as keyof typeof CERTIFICATE_FIELDS] ?? {});
  const entries = f instanceof Map ? [...f.entries()] : f && typeof f === 'object' ? Object.entries(f) : null;
  if (!entries) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    const key = typeof k === 'number' ? declared[k] : typeof k === 'string' && !/^\d+$/.test(k) ? k : undefined;
    if (key === undefined) return undefined;
    out[key] = v;
  }
  return out;
}

/** The COSE Sig_structure for a COSE_Sign1 with no external data: what the signature covers. */
export function sigStructure(protectedHeader: Buffer, payload: Buffer): Buffer {
  return encode(['Signature1', protectedHeader, Buffer.alloc(0), payload]);
}

/**
 * Takes a `ZR1:`/`ZO1:` code apart; null when it is not well formed (wrong length, not Base45, not
 * zlib, not a COSE_Sign1 of ours). Never throws. `iss` of an offline payload is set to `issuer`.
 */
export function parseCompactCode(text: string, issuer: string): ParsedCompactCode | null {
  try {
    if (text.startsWith(REFERENCE_CODE_PREFIX)) {
      const raw = base45Decode(text.slice(REFERENCE_CODE_PREFIX.length));
      if (raw.length !== REFERENCE_SIGNED_BYTES + SIGNATURE_BYTES) return null;
      const body = raw.subarray(0, REFERENCE_SIGNED_BYTES);
      return {
        form: 'reference',
        kidPrefix: body.subarray(0, KID_PREFIX_BYTES),
        jti: body.subarray(KID_PREFIX_BYTES, KID_PREFIX_BYTES + JTI_BYTES).toString('base64url'),
        exp: body.readUInt32BE(KID_PREFIX_BYTES + JTI_BYTES),
        signed: Buffer.concat([REFERENCE_DOMAIN, body]),
        signature: raw.subarray(REFERENCE_SIGNED_BYTES),
      };
    }
    if (text.startsWith(OFFLINE_CODE_PREFIX)) {
      const data = base45Decode(text.slice(OFFLINE_CODE_PREFIX.length));
      const cose: unknown = decodeFirstSync(data[0] === 0x78 ? inflateSync(data, { maxOutputLength: 16_384 }) : data);
      if (!(cose instanceof Tagged) || cose.tag !== COSE_SIGN1_TAG || !Array.isArray(cose.value) || cose.value.length !== 4) return null;
      const [protectedHeader, , body, signature] = cose.value as unknown[];
      if (!Buffer.isBuffer(protectedHeader) || !Buffer.isBuffer(body) || !Buffer.isBuffer(signature)) return null;
      const header: unknown = decodeFirstSync(protectedHeader);
      if (!(header instanceof Map) || header.get(1) !== COSE_ALG_EDDSA) return null;
      const kidPrefix: unknown = header.get(4);
      if (!Buffer.isBuffer(kidPrefix) || kidPrefix.length !== KID_PREFIX_BYTES) return null;
      const claims: unknown = decodeFirstSync(body);
      if (!(claims instanceof Map)) return null;
      const jti: unknown = claims.get(7);
      const c = claims.get(OFFLINE_CLAIM) as Record<string, unknown> | undefined;
      if (!Buffer.isBuffer(jti) || jti.length !== JTI_BYTES || !c || typeof c !== 'object') return null;
      const kind = kindOfCode(c.k);
      const fields = c.f === undefined || kind === undefined ? undefined : fieldsOfCode(kind, c.f);
      if (kind === undefined || (c.f !== undefined && fields === undefined)) return null;
      const parsed = PresentationTokenPayloadSchema.safeParse({
        iss: issuer, jti: jti.toString('base64url'), iat: claims.get(6) ?? claims.get(4), exp: claims.get(4),
        cert: {
          kind, ...(c.i !== undefined ? { issuer: c.i } : {}), ...(c.v !== undefined ? { validUntil: c.v } : {}),
        },
        ...(fields !== undefined ? { fields } : {}),
        ...(c.c !== undefined ? { claims: c.c } : {}),
        ...(c.m !== undefined ? { multi: c.m } : {}),
      });
      if (!parsed.success) return null;
      return { form: 'offline', kidPrefix, payload: parsed.data, signed: sigStructure(protectedHeader, body), signature };
    }
    return null;
  } catch {
    return null;
  }
}

/** Checks an Ed25519 signature on libuv's thread pool. */
export function verifySignature(data: Buffer, key: KeyObject, signature: Buffer): Promise<boolean> {
  if (signature.length !== SIGNATURE_BYTES) return Promise.resolve(false);
  return new Promise((resolve) => {
    verify(null, data, key, signature, (err, ok) => resolve(!err && ok));
  });
}
