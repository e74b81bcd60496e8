import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPublicKey, sign, verify } from 'node:crypto';
import type { PresentationTokenPayload } from '@zsb/shared/contracts/presentation';
import {
  exportSigningKey,
  generateSigningKey,
  importSigningKey,
  PresentationTokenVerifier,
  publicJwkOf,
  signPresentationToken,
  type SigningKey,
} from './presentation.token';

const ours = generateSigningKey();
const foreign = generateSigningKey();
const verifier = new PresentationTokenVerifier((kid) => (kid === ours.kid ? ours.publicKey : undefined));

const NOW = 1_780_000_000;
const payload: PresentationTokenPayload = {
  iss: 'https://zsb.example.gov.cn',
  jti: 'n0nce-n0nce-n0nce-01',
  iat: NOW,
  exp: NOW + 60,
  cert: { kind: 'id_card', issuer: '杭州市公安局西湖分局', validUntil: '2036-01-01' },
  fields: { name: '张三' },
  claims: ['age_over_18'],
};

const b64json = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const segments = (t: string) => t.split('.') as [string, string, string];
/** Replaces the character at `i` with another base64url character. */
const changeCharAt = (t: string, i: number) => t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1);
/** A token made by hand with any header, payload and key: what an attacker can produce. */
const forge = (header: object, body: object, key: SigningKey) => {
  const input = `${b64json(header)}.${b64json(body)}`;
  return `${input}.${sign(null, Buffer.from(input), key.privateKey).toString('base64url')}`;
};

describe('signing and checking 亮证码 tokens', () => {
  it('verifies a token it signed and returns the payload unchanged', async () => {
    const token = signPresentationToken(payload, ours);
    const check = await verifier.check(token, NOW + 1);
    expect(check).toEqual({ status: 'valid', kid: ours.kid, jti: payload.jti, payload });
  });

  it('writes a standard EdDSA compact JWS whose signature the public JWK alone verifies', async () => {
    const token = signPresentationToken(payload, ours);
    const [h, p, s] = segments(token);
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toEqual({ alg: 'EdDSA', typ: 'zsb-vp+jwt', kid: ours.kid });
    const jwk = publicJwkOf(ours);
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: ours.kid });
    const offlineKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
    expect(verify(null, Buffer.from(`${h}.${p}`), offlineKey, Buffer.from(s, 'base64url'))).toBe(true);
  });

  it('names the key by its RFC 7638 thumbprint (43 base64url characters), different per key', async () => {
    expect(ours.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(foreign.kid).not.toBe(ours.kid);
  });

  it('keeps verifying after the key is stored and loaded again (a restart)', async () => {
    const token = signPresentationToken(payload, ours);
    const reloaded = importSigningKey(exportSigningKey(ours));
    expect(reloaded.kid).toBe(ours.kid);
    const afterRestart = new PresentationTokenVerifier((kid) => (kid === reloaded.kid ? reloaded.publicKey : undefined));
    expect((await afterRestart.check(token, NOW)).status).toBe('valid');
    expect((await afterRestart.check(signPresentationToken(payload, reloaded), NOW)).status).toBe('valid');
  });

  it('refuses to load a stored key whose kid does not match it', async () => {
    expect(() => importSigningKey({ ...exportSigningKey(ours), kid: foreign.kid })).toThrow(/does not match/);
  });
});

describe('tampering', () => {
  const token = signPresentationToken(payload, ours);
  const [h, p] = segments(token);

  it('reports one changed character in the payload as tampered', async () => {
    expect((await verifier.check(changeCharAt(token, h.length + 1 + Math.floor(p.length / 2)), NOW)).status).toBe('tampered');
  });

  it('reports one changed character in the signature as tampered', async () => {
    expect((await verifier.check(changeCharAt(token, h.length + p.length + 2 + 40), NOW)).status).toBe('tampered');
  });

  it('reports a non-canonical last signature character (same bytes once decoded) as tampered', async () => {
    const last = token.length - 1;
    const altered = token.slice(0, last) + String.fromCharCode(token.charCodeAt(last) + 1);
    expect(Buffer.from(segments(altered)[2], 'base64url')).toEqual(Buffer.from(segments(token)[2], 'base64url'));
    expect((await verifier.check(altered, NOW)).status).toBe('tampered');
  });

  it('reports a rewritten payload keeping the original signature as tampered', async () => {
    const widened = b64json({ ...payload, fields: { name: '张三', idNumber: '330106199001011234' } });
    expect((await verifier.check(`${h}.${widened}.${segments(token)[2]}`, NOW)).status).toBe('tampered');
  });

  it('reports a later expiry written into a genuine token as tampered, not valid', async () => {
    const extended = b64json({ ...payload, exp: NOW + 3600 });
    expect((await verifier.check(`${h}.${extended}.${segments(token)[2]}`, NOW + 120)).status).toBe('tampered');
  });

  it('reports our key id with alg "none" and no real signature as tampered', async () => {
    const none = `${b64json({ alg: 'none', typ: 'zsb-vp+jwt', kid: ours.kid })}.${p}.${'A'.repeat(86)}`;
    expect((await verifier.check(none, NOW)).status).toBe('tampered');
  });

  it('never calls any single-character change of a genuine token valid', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(fc.asyncProperty(fc.nat(token.length - 1), fc.constantFrom(...alphabet), async (i, ch) => {
      fc.pre(token[i] !== ch && token[i] !== '.');
      const altered = token.slice(0, i) + ch + token.slice(i + 1);
      expect((await verifier.check(altered, NOW)).status).not.toBe('valid');
    }), { numRuns: 3000 });
  });
});

describe('keys we do not know', () => {
  it('reports a token signed by a foreign key under its own kid as unknown_key', async () => {
    const token = signPresentationToken(payload, foreign);
    expect(await verifier.check(token, NOW)).toEqual({ status: 'unknown_key', kid: foreign.kid });
  });

  it('reports a foreign key claiming our kid as tampered', async () => {
    const token = forge({ alg: 'EdDSA', typ: 'zsb-vp+jwt', kid: ours.kid }, payload, foreign);
    expect((await verifier.check(token, NOW)).status).toBe('tampered');
  });
});

describe('expiry', () => {
  const token = signPresentationToken(payload, ours);

  it('is valid up to the second before exp and expired from exp on', async () => {
    expect((await verifier.check(token, payload.exp - 1)).status).toBe('valid');
    expect((await verifier.check(token, payload.exp)).status).toBe('expired');
    expect(await verifier.check(token, payload.exp + 86_400)).toMatchObject({ status: 'expired', payload: { jti: payload.jti } });
  });

  it('still reports a tampered token as tampered after it expired', async () => {
    expect((await verifier.check(changeCharAt(token, token.length - 30), payload.exp + 10)).status).toBe('tampered');
  });
});

describe('input that is not a token', () => {
  const token = signPresentationToken(payload, ours);

  it.each([
    ['empty', ''],
    ['two segments', token.split('.').slice(0, 2).join('.')],
    ['four segments', `${token}.AAAA`],
    ['standard base64 characters', token.replace(/.$/, '+')],
    ['padding', `${token}==`],
    ['whitespace', ` ${token}`],
    ['a huge token', `${token}${'A'.repeat(10_000)}`],
    ['non-ASCII', `${token.slice(0, 10)}证${token.slice(11)}`],
  ])('calls %s malformed (shape)', async (_, input) => {
    expect(await verifier.check(input, NOW)).toEqual({ status: 'malformed', reason: 'shape' });
  });

  it('calls a truncated token malformed', async () => {
    expect(await verifier.check(token.slice(0, -5), NOW)).toEqual({ status: 'malformed', reason: 'signature' });
  });

  it('calls a header that is not a JSON object with a kid malformed', async () => {
    const [, p, s] = segments(token);
    expect(await verifier.check(`bm90LWpzb24.${p}.${s}`, NOW)).toEqual({ status: 'malformed', reason: 'header' });
    expect(await verifier.check(`${b64json([1, 2])}.${p}.${s}`, NOW)).toEqual({ status: 'malformed', reason: 'header' });
    expect(await verifier.check(`${b64json({ alg: 'EdDSA' })}.${p}.${s}`, NOW)).toEqual({ status: 'malformed', reason: 'header' });
  });

  it('calls a correctly signed payload that is not a presentation malformed', async () => {
    const token = forge({ alg: 'EdDSA', typ: 'zsb-vp+jwt', kid: ours.kid }, { hello: 'world' }, ours);
    expect(await verifier.check(token, NOW)).toEqual({ status: 'malformed', reason: 'payload' });
  });

  it('never throws, whatever string it gets', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), async (s) => {
      expect(['malformed', 'unknown_key', 'tampered']).toContain((await verifier.check(s, NOW)).status);
    }), { numRuns: 2000 });
  });
});
