import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPublicKey, randomBytes, verify as ed25519Verify } from 'node:crypto';
import { createRequire } from 'node:module';
import { deflateSync, inflateSync } from 'node:zlib';
import { decodeFirstSync, encode, Tagged } from 'cbor';
import QRCode from 'qrcode';
import type { Jwks } from '@zsb/shared/contracts/verification';
import { startStack, type Session, type Stack } from '../../test/harness';
import { generateSigningKey } from '../presentation/presentation.token';
import { signOfflineCode, signReferenceCode } from '../presentation/presentation.codes';
import { auditEvents, certificateOf, payloadOf, present, verify } from '../presentation/presentation.testing';

// The checker's side, written only with the public libraries and the JWKS (none of our signing code).
const base45 = createRequire(import.meta.url)('base45-js') as { encode(d: Uint8Array): string; decode(t: string): Buffer };

let stack: Stack;
let holder: Session;
let checker: Session;
let idCardId: string;

beforeAll(async () => {
  stack = await startStack();
  holder = await stack.login('r001');
  checker = await stack.login('staff-gaj');
  idCardId = (await certificateOf(holder, 'id_card')).id;
});
afterAll(async () => { await stack.close(); });
afterEach(() => { vi.useRealTimers(); });

interface Issued { id: string; token: string; reference: string; qrSvg: string; offline: { code: string; qrSvg: string }; expiresAt: string }
const issue = async (body: Record<string, unknown> = { fields: ['name'] }, certificateId = idCardId): Promise<Issued> => {
  const r = await present(holder, certificateId, body);
  expect(r.statusCode).toBe(201);
  return r.json() as Issued;
};
/** QR version of `text` at error correction M, in the mode the BFF draws it (alphanumeric). */
const versionOf = (text: string) => QRCode.create([{ data: text, mode: 'alphanumeric' }], { errorCorrectionLevel: 'M' }).version;

/** Checks an offline code the way a checker without network would: JWKS fetched earlier, then Base45 → zlib → COSE_Sign1. */
function checkOffline(code: string, jwks: Jwks): { genuine: boolean; claims: Map<unknown, unknown> } {
  expect(code.startsWith('ZO1:')).toBe(true);
  const data = base45.decode(code.slice(4));
  const cose = decodeFirstSync(data[0] === 0x78 ? inflateSync(data) : data) as Tagged;
  expect(cose.tag).toBe(18);
  const [protectedHeader, , payload, signature] = cose.value as [Buffer, unknown, Buffer, Buffer];
  const header = decodeFirstSync(protectedHeader) as Map<number, unknown>;
  expect(header.get(1)).toBe(-8); // EdDSA
  const kidPrefix = header.get(4) as Buffer;
  const jwk = jwks.keys.find((k) => Buffer.from(k.kid, 'base64url').subarray(0, 4).equals(kidPrefix));
  if (!jwk) return { genuine: false, claims: new Map() };
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
  const toBeSigned = encode(['Signature1', protectedHeader, Buffer.alloc(0), payload]);
  return { genuine: ed25519Verify(null, toBeSigned, key, signature), claims: decodeFirstSync(payload) as Map<unknown, unknown> };
}

describe('the 亮证码 reference (ZR1:)', () => {
  it('is what the page shows by default, fits QR version 10 and verifies like the JWS', async () => {
    const p = await issue({ fields: ['name', 'idNumber'] });
    expect(p.reference).toMatch(/^ZR1:[0-9A-Z $%*+\-./:]+$/);
    expect(versionOf(p.reference)).toBeLessThanOrEqual(10);
    expect(p.qrSvg).toContain('<svg');
    // No personal data in the reference.
    expect(Buffer.from(p.reference).toString()).not.toContain('张伟');
    const r = await verify(checker, p.reference);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.result).toBe('valid');
    expect(body.fields.map((f: { key: string }) => f.key)).toEqual(['name', 'idNumber']);
    expect(body.fields[0].value).toBe('张伟');
    expect(body.presentation).toMatchObject({ id: p.id, purpose: '酒店入住登记', multiUse: false });
    const audits = await auditEvents(stack, { action: 'verification' }, { presentationId: p.id });
    expect(audits.map((a) => [a.result, a.certificateId])).toEqual([['ok', idCardId]]);
  });

  it('is single use across every form: the reference, then the JWS or the offline code → replayed; the disclosure is not kept', async () => {
    const p = await issue();
    expect((await verify(checker, p.reference)).json().result).toBe('valid');
    for (const again of [p.reference, p.token, p.offline.code]) {
      const r = await verify(checker, again);
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ result: 'replayed', checkedAt: expect.any(String) });
    }
    const [row] = (await stack.rows('presentations', { id: p.id })) as { disclosure: unknown }[];
    expect(row!.disclosure).toBeNull();
  });

  it('keeps a multi-use code resolvable until it expires', async () => {
    const p = await issue({ fields: ['name'], multiUse: true, purpose: '社区志愿者身份核验' });
    for (let i = 0; i < 3; i++) expect((await verify(checker, p.reference)).json().result).toBe('valid');
  });

  it('answers replayed for a genuine reference to a presentation we have no record of, never 500', async () => {
    const key = stack.app.presentations.keys.signingKey().key;
    const unknown = signReferenceCode(randomBytes(16).toString('base64url'), Math.floor(Date.now() / 1000) + 60, key);
    const r = await verify(checker, unknown);
    expect(r.statusCode).toBe(200);
    expect(r.json().result).toBe('replayed');
  });

  it('answers tampered when the signature does not match, unknown_key for a key we never published, 400 for a broken one', async () => {
    const p = await issue();
    const raw = base45.decode(p.reference.slice(4));
    const altered = Buffer.from(raw);
    altered[10] ^= 1; // another presentation id under the same signature
    expect((await verify(checker, `ZR1:${base45.encode(altered)}`)).json().result).toBe('tampered');

    const foreign = generateSigningKey();
    const forged = signReferenceCode(p.id, Math.floor(Date.now() / 1000) + 60, foreign);
    expect((await verify(checker, forged)).json().result).toBe('unknown_key');
    // Our key's name on someone else's signature.
    const ours = stack.app.presentations.keys.signingKey().key;
    const impostor = signReferenceCode(p.id, Math.floor(Date.now() / 1000) + 60, { kid: ours.kid, privateKey: foreign.privateKey });
    expect((await verify(checker, impostor)).json().result).toBe('tampered');

    for (const broken of ['ZR1:AB', `ZR1:${base45.encode(raw.subarray(0, 60))}`, 'ZR1:::::', `${p.reference}A`]) {
      const r = await verify(checker, broken);
      expect(r.statusCode).toBe(400);
      expect(r.json().code).toBe('PRESENTATION_TOKEN_MALFORMED');
    }
    // The genuine one is still unspent.
    expect((await verify(checker, p.reference)).json().result).toBe('valid');
  });

  it('answers expired once past its end', async () => {
    const p = await issue({ fields: ['name'], ttlSeconds: 15 });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse(p.expiresAt) + 1000 });
    expect((await verify(checker, p.reference)).json().result).toBe('expired');
    expect((await verify(checker, p.offline.code)).json().result).toBe('expired');
  });

  it('is recognised by 扫一扫 as a 亮证码', async () => {
    const p = await issue();
    const r = await checker.inject({ method: 'POST', url: '/api/v1/scan', payload: { text: p.reference } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ kind: 'presentation', token: p.reference });
    const o = await checker.inject({ method: 'POST', url: '/api/v1/scan', payload: { text: p.offline.code } });
    expect(o.json()).toMatchObject({ kind: 'presentation' });
  });
});

describe('the offline 亮证码 (ZO1:, COSE_Sign1)', () => {
  it('fits QR version 10 for an age claim or name + ID number, 15 for a whole certificate, and checks offline with the JWKS', async () => {
    const jwks = (await stack.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json() as Jwks;
    const age = await issue({ claims: ['age_over_18'] });
    const nameId = await issue({ fields: ['name', 'idNumber'] });
    expect(versionOf(age.offline.code)).toBeLessThanOrEqual(10);
    expect(versionOf(nameId.offline.code)).toBeLessThanOrEqual(10);
    const checked = checkOffline(nameId.offline.code, jwks);
    expect(checked.genuine).toBe(true);
    const claims = checked.claims;
    expect(claims.get(4)).toBe(payloadOf(nameId.token).exp);
    expect((claims.get(7) as Buffer).toString('base64url')).toBe(nameId.id);
    // 1 = 证照类型代码 111000000000000001 (居民身份证); fields by their position in the declared fields (name 0, idNumber 5).
    expect(claims.get('zsb')).toEqual({ k: 1, f: new Map<number, string>([[0, payloadOf(nameId.token).fields!.name!], [5, payloadOf(nameId.token).fields!.idNumber!]]) });
    expect(checkOffline(age.offline.code, jwks).claims.get('zsb')).toEqual({ k: 1, c: ['age_over_18'] });

    // Every certificate of the wallet, whole (fields, issuer, validity).
    const wallet = (await holder.inject({ method: 'GET', url: '/api/v1/wallet' })).json().certificates as { id: string; kind: string; status: string }[];
    let checkedWhole = 0;
    for (const c of wallet) {
      const r = await present(holder, c.id, {});
      if (r.statusCode !== 201) continue; // revoked or expired ones are not presentable
      const whole = r.json() as Issued;
      expect(versionOf(whole.offline.code), c.kind).toBeLessThanOrEqual(15);
      expect(versionOf(whole.reference), c.kind).toBeLessThanOrEqual(10);
      expect(checkOffline(whole.offline.code, jwks).genuine).toBe(true);
      checkedWhole++;
    }
    expect(checkedWhole).toBeGreaterThanOrEqual(3);
  });

  it('verifies online once (single use), like the other forms', async () => {
    const p = await issue({ fields: ['name', 'idNumber'] });
    const r = await verify(checker, p.offline.code);
    expect(r.json()).toMatchObject({ result: 'valid', presentation: { id: p.id } });
    expect(r.json().fields.map((f: { key: string }) => f.key)).toEqual(['name', 'idNumber']);
    expect((await verify(checker, p.offline.code)).json().result).toBe('replayed');
    expect((await verify(checker, p.reference)).json().result).toBe('replayed');
  });

  it('answers tampered when a disclosed value was changed after signing', async () => {
    const jwks = (await stack.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json() as Jwks;
    const p = await issue({ fields: ['name'] });
    const data = base45.decode(p.offline.code.slice(4));
    const cose = decodeFirstSync(data[0] === 0x78 ? inflateSync(data) : data) as Tagged;
    const [protectedHeader, unprotected, payload, signature] = cose.value as [Buffer, unknown, Buffer, Buffer];
    const claims = decodeFirstSync(payload) as Map<unknown, unknown>;
    claims.set('zsb', { k: 1, f: new Map([[0, '李四']]) });
    const forged = `ZO1:${base45.encode(deflateSync(encode(new Tagged(18, [protectedHeader, unprotected, encode(claims), signature]))))}`;
    expect(checkOffline(forged, jwks).genuine).toBe(false);
    const r = await verify(checker, forged);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ result: 'tampered', checkedAt: expect.any(String) });

    // Signed by someone else under our key's name.
    const ours = stack.app.presentations.keys.signingKey().key;
    const impostor = signOfflineCode({ ...payloadOf(p.token), fields: { name: '李四' } }, { kid: ours.kid, privateKey: generateSigningKey().privateKey });
    expect((await verify(checker, impostor)).json().result).toBe('tampered');
    // Not a code at all once decoded.
    const junk = await verify(checker, `ZO1:${base45.encode(deflateSync(Buffer.from('not cbor')))}`);
    expect(junk.statusCode).toBe(400);
    // The genuine code is still unspent.
    expect((await verify(checker, p.offline.code)).json().result).toBe('valid');
  });
});
