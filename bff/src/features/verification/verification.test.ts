import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPublicKey, verify as verifySignature } from 'node:crypto';
import { startStack, type Session, type Stack } from '../../test/harness';
import { generateSigningKey, signPresentationToken } from '../presentation/presentation.token';
import { auditEvents, certificateOf, payloadOf, present, revokeUpstream, verify } from '../presentation/presentation.testing';

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

const issue = async (body: Record<string, unknown> = { fields: ['name'] }, s = holder, certificateId = idCardId) => {
  const r = await present(s, certificateId, body);
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; token: string; expiresAt: string };
};
const verificationAudits = (presentationId: string) => auditEvents(stack, { action: 'verification' }, { presentationId });
const countAudits = async (where: Record<string, unknown>) => (await auditEvents(stack, { action: 'verification', ...where })).length;

describe('verifying a 亮证码', () => {
  it('answers valid with only the disclosed fields, audits the check and sends the holder a receipt', async () => {
    const p = await issue({ fields: ['name', 'gender'] });
    const r = await verify(checker, p.token);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.result).toBe('valid');
    expect(body.fields).toEqual([{ key: 'name', label: '姓名', value: '张伟' }, { key: 'gender', label: '性别', value: '男' }]);
    expect(body.certificate).toEqual({ kind: 'id_card', kindName: '居民身份证' });
    expect(body.presentation).toMatchObject({ id: p.id, purpose: '酒店入住登记', multiUse: false });
    const secret = stack.sandbox.sandboxStore.certificatesById.get(idCardId)!.fields;
    for (const undisclosed of [secret.idNumber, secret.birthDate, secret.address, 'idNumber']) expect(r.body).not.toContain(undisclosed);

    const [row] = await verificationAudits(p.id);
    expect(row).toMatchObject({ result: 'ok', certificateId: idCardId, purpose: '酒店入住登记', channel: 'qr' });
    expect(String(row!.actor)).toMatch(/^checker:/);
    expect(row!.fields).toEqual(['name', 'gender']);

    const inbox = (await holder.inject({ method: 'GET', url: '/api/v1/messages' })).json().items as { kind: string; body: string }[];
    const receipt = inbox.find((m) => m.kind === 'verification_receipt');
    expect(receipt?.body).toMatch(/^杭州市公安局 \S\*+ 于 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2} 核验了您的居民身份证（姓名、性别），用途：酒店入住登记$/);
  });

  it('answers replayed on the second scan of a single-use code, and audits both', async () => {
    const p = await issue();
    expect((await verify(checker, p.token)).json().result).toBe('valid');
    const again = await verify(checker, p.token);
    expect(again.json()).toEqual({ result: 'replayed', checkedAt: expect.any(String) });
    expect((await verificationAudits(p.id)).map((a) => a.result)).toEqual(['ok', 'replayed']);
  });

  it('lets only one of two simultaneous scans of a single-use code be valid', async () => {
    const p = await issue();
    const results = await Promise.all([verify(checker, p.token), verify(checker, p.token), verify(checker, p.token)]);
    expect(results.map((r) => r.json().result).sort()).toEqual(['replayed', 'replayed', 'valid']);
  });

  it('verifies a multi-use code as often as it is scanned before it expires', async () => {
    const p = await issue({ fields: ['name'], multiUse: true, purpose: '社区志愿者身份核验' });
    for (let i = 0; i < 3; i++) expect((await verify(checker, p.token)).json().result).toBe('valid');
    const status = await holder.inject({ method: 'GET', url: `/api/v1/presentations/${p.id}` });
    expect(status.json()).toMatchObject({ state: 'used', useCount: 3, multiUse: true });
  });

  it('answers tampered when one character of the token changed, and audits it', async () => {
    const p = await issue();
    const [h, body, sig] = p.token.split('.');
    const i = Math.floor(body.length / 2);
    const altered = `${h}.${body.slice(0, i)}${body[i] === 'A' ? 'B' : 'A'}${body.slice(i + 1)}.${sig}`;
    const before = await countAudits({ result: 'tampered' });
    const r = await verify(checker, altered);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ result: 'tampered', checkedAt: expect.any(String) });
    expect(await countAudits({ result: 'tampered' })).toBe(before + 1);
    // The genuine token is still unspent.
    expect((await verify(checker, p.token)).json().result).toBe('valid');
  });

  it('answers expired once the token is past exp, and spends nothing', async () => {
    const p = await issue({ fields: ['name'], ttlSeconds: 30 });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse(p.expiresAt) + 1000 });
    const r = await verify(checker, p.token);
    expect(r.json().result).toBe('expired');
    expect((await verificationAudits(p.id)).map((a) => a.result)).toEqual(['expired']);
    const status = await holder.inject({ method: 'GET', url: `/api/v1/presentations/${p.id}` });
    expect(status.json()).toMatchObject({ state: 'expired', useCount: 0 });
  });

  it('answers revoked when the certificate library revoked the certificate after the code was issued', async () => {
    const spouse = await stack.login('r002');
    const card = await certificateOf(spouse, 'social_security_card');
    const p = await issue({ fields: ['name'] }, spouse, card.id);
    await revokeUpstream(stack, card.id);
    const r = await verify(checker, p.token);
    expect(r.json().result).toBe('revoked');
    expect((await verificationAudits(p.id))[0]).toMatchObject({ result: 'revoked', certificateId: card.id });
  });

  it('answers 503 and spends nothing while the certificate library is down, then valid once it is back', async () => {
    const elder = await stack.login('r004');
    const card = await certificateOf(elder, 'id_card');
    const p = await issue({ fields: ['name'] }, elder, card.id);
    await stack.control('certificates', { failRate: 1, failStatus: 503 });
    try {
      const down = await verify(checker, p.token);
      expect(down.statusCode).toBe(503);
      expect(down.json().code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await stack.resetControls();
    }
    expect(await countAudits({ result: 'upstream_unavailable' })).toBe(1);
    // The breaker may still be open for a moment; the code is unspent either way.
    await expect.poll(async () => (await verify(checker, p.token)).json().result, { timeout: 8000, interval: 500 }).toBe('valid');
  });

  it('the holder\'s typed purpose reaches the checker and the receipt with personal data masked', async () => {
    const p = await issue({ fields: ['name'], purpose: '租房核验，房东电话13812345678' });
    const v = (await verify(checker, p.token)).json();
    expect(v.presentation.purpose).toBe('租房核验，房东电话138****5678');
    const inbox = (await holder.inject({ method: 'GET', url: '/api/v1/messages' })).json().items as { kind: string; body: string }[];
    expect(inbox.filter((m) => m.kind === 'verification_receipt').some((m) => m.body.endsWith('用途：租房核验，房东电话138****5678'))).toBe(true);
    const log = await holder.inject({ method: 'GET', url: '/api/v1/audit-log' });
    expect(log.body).not.toContain('13812345678');
  });

  it('a replayed token is answered replayed, not 503, while the certificate library is down', async () => {
    const p = await issue();
    expect((await verify(checker, p.token)).json().result).toBe('valid');
    await stack.control('certificates', { failRate: 1, failStatus: 503 });
    try {
      const again = await verify(checker, p.token);
      expect(again.statusCode).toBe(200);
      expect(again.json().result).toBe('replayed');
    } finally {
      await stack.resetControls();
    }
    expect((await verificationAudits(p.id)).map((a) => a.result)).toEqual(['ok', 'replayed']);
  });

  it('answers unknown_key for a token signed with a key we never published', async () => {
    const genuine = payloadOf((await issue()).token);
    const forged = signPresentationToken({ ...genuine, fields: { name: '李四' } }, generateSigningKey());
    const before = await countAudits({ result: 'unknown_key' });
    expect((await verify(checker, forged)).json().result).toBe('unknown_key');
    expect(await countAudits({ result: 'unknown_key' })).toBe(before + 1);
  });

  it('publishes the public key so a third party can check the signature offline', async () => {
    const p = await issue();
    const jwks = await stack.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(jwks.statusCode).toBe(200);
    expect(jwks.headers['cache-control']).toBe('public, max-age=300');
    const [h, body, sig] = p.token.split('.');
    const { kid } = JSON.parse(Buffer.from(h, 'base64url').toString());
    const jwk = jwks.json().keys.find((k: { kid: string }) => k.kid === kid);
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    const key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' });
    expect(verifySignature(null, Buffer.from(`${h}.${body}`), key, Buffer.from(sig, 'base64url'))).toBe(true);
  });

  it('keeps verifying tokens issued before a restart: the signing key is persisted', async () => {
    const p = await issue();
    const kidBefore = stack.app.presentations.jwks().keys[0]!.kid;
    await stack.restart();
    expect(stack.app.presentations.jwks().keys.map((k) => k.kid)).toEqual([kidBefore]);
    expect((await verify(checker, p.token)).json().result).toBe('valid');
  });
});

describe('verification requests that are not a token', () => {
  const failures = async () => (await auditEvents(stack, { action: 'verification' }))
    .filter((a) => !['ok', 'valid', 'expired', 'tampered', 'replayed', 'revoked', 'unknown_key'].includes(a.result)).length;

  it.each([
    ['garbage', 'not-a-token', 400, 'PRESENTATION_TOKEN_MALFORMED'],
    ['non-base64 characters', 'eyJhbGciOiJFZERTQSJ9.eyJ+/.c2ln', 400, 'PRESENTATION_TOKEN_MALFORMED'],
    ['a header that is not JSON', 'bm90LWpzb24.eyJqdGkiOiJ4In0.c2lnbmF0dXJl', 400, 'PRESENTATION_TOKEN_MALFORMED'],
    ['an empty token', '', 400, 'VALIDATION_FAILED'],
    ['a number', 12345, 400, 'VALIDATION_FAILED'],
    ['a token over 4,096 characters', `${'A'.repeat(3000)}.${'A'.repeat(3000)}.${'A'.repeat(86)}`, 400, 'VALIDATION_FAILED'],
  ])('refuses %s with a problem and audits it', async (_, token, status, code) => {
    const before = await failures();
    const r = await verify(checker, token);
    expect(r.statusCode).toBe(status);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().code).toBe(code);
    expect(await failures()).toBe(before + 1);
  });

  it('refuses a truncated token with 400 and audits it', async () => {
    const p = await issue();
    const before = await failures();
    const r = await verify(checker, p.token.slice(0, -10));
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('PRESENTATION_TOKEN_MALFORMED');
    expect(await failures()).toBe(before + 1);
  });

  it('refuses a huge body with 413 and an unknown property with 400, auditing both', async () => {
    const before = await failures();
    const huge = await verify(checker, 'A'.repeat(100_000));
    expect(huge.statusCode).toBe(413);
    const extra = await checker.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: 'a.b.c', also: 1 } });
    expect(extra.statusCode).toBe(400);
    expect(await failures()).toBe(before + 2);
  });

  it('refuses a checker without a session with 401 and audits an anonymous attempt', async () => {
    const p = await issue();
    const r = await stack.app.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: p.token } });
    expect(r.statusCode).toBe(401);
    expect(await countAudits({ actor: 'anonymous' })).toBeGreaterThanOrEqual(1);
    // Nothing was spent: the checker can still verify it.
    expect((await verify(checker, p.token)).json().result).toBe('valid');
  });
});
