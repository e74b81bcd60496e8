import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCertificateId, parseCertificateId } from '@zsb/shared/domain/certificate-id';
import { startStack, type Session, type Stack } from '../../test/harness';
import { auditEvents, certificateOf, payloadOf, present, verify } from './presentation.testing';

let stack: Stack;
let adult: Session;
let idCardId: string;

beforeAll(async () => {
  stack = await startStack();
  adult = await stack.login('r001');
  idCardId = (await certificateOf(adult, 'id_card')).id;
});
afterAll(async () => { await stack.close(); });

describe('issuing a 亮证码', () => {
  it('returns a signed token, its QR code as SVG and an expiry at most 120 s away', async () => {
    const r = await present(adult, idCardId, { fields: ['name', 'idNumber'], ttlSeconds: 120 });
    expect(r.statusCode).toBe(201);
    const p = r.json();
    expect(p.qrSvg).toMatch(/^<svg[^>]*>[\s\S]*<\/svg>\s*$/);
    expect(p.disclosed).toEqual({ fields: [{ key: 'name', label: '姓名' }, { key: 'idNumber', label: '公民身份号码' }], claims: [], facts: [] });
    const payload = payloadOf(p.token);
    expect(payload.exp - payload.iat).toBe(120);
    expect(new Date(payload.exp * 1000).toISOString()).toBe(p.expiresAt);
    expect(payload).toMatchObject({ jti: p.id, cert: { kind: 'id_card' } });
    expect(Object.keys(payload.fields!)).toEqual(['name', 'idNumber']);
    expect(JSON.parse(Buffer.from(p.token.split('.')[0], 'base64url').toString())).toMatchObject({ alg: 'EdDSA', typ: 'zsb-vp+jwt' });
    const [audit] = await auditEvents(stack, { action: 'presentation.issue' }, { presentationId: p.id });
    expect(audit).toMatchObject({ result: 'ok', certificateId: idCardId, purpose: '酒店入住登记' });
  });

  it('discloses the whole certificate when neither fields nor claims are chosen', async () => {
    const p = (await present(adult, idCardId)).json();
    expect(Object.keys(payloadOf(p.token).fields!)).toEqual(['name', 'gender', 'ethnicity', 'birthDate', 'address', 'idNumber']);
  });

  it('refuses a lifetime over 120 s, an unknown claim and a missing purpose with 400', async () => {
    for (const body of [{ ttlSeconds: 121 }, { claims: ['age_over_21'] }, { purpose: '' }, { purpose: '事'.repeat(201) }, { fields: [] }]) {
      const r = await present(adult, idCardId, body);
      expect(r.statusCode).toBe(400);
      expect(r.json().code).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses a field the certificate does not have with 422 and audits the refusal', async () => {
    const r = await present(adult, idCardId, { fields: ['name', 'bloodType'] });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'FIELD_NOT_ON_CERTIFICATE', errors: [{ path: 'body.fields.1' }] });
    expect((await auditEvents(stack, { action: 'presentation.issue', result: 'field_not_on_certificate' })).length).toBe(1);
  });

  it('refuses a revoked certificate with 409', async () => {
    const s = await stack.login('r008');
    const revoked = await certificateOf(s, 'driving_licence');
    expect(revoked.status).toBe('revoked');
    const r = await present(s, revoked.id, { fields: ['name'] });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('CERTIFICATE_NOT_PRESENTABLE');
  });
});

describe('亮证 tokens say no more than chosen', () => {
  const decoded = (token: string): Record<string, unknown> => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

  it('an age-only token carries no certificate id, no issuer and no validity', async () => {
    const r = await present(adult, idCardId, { claims: ['age_over_18'] });
    expect(r.statusCode).toBe(201);
    const payload = decoded(r.json().token);
    expect(payload.cert).toEqual({ kind: 'id_card' });
    expect(payload.claims).toEqual(['age_over_18']);
    expect(payload.fields).toBeUndefined();
    const text = Buffer.from(r.json().token.split('.')[1], 'base64url').toString('utf8');
    expect(text).not.toContain(idCardId);
    const card = (await adult.inject({ method: 'GET', url: `/api/v1/wallet/${idCardId}` })).json();
    expect(text).not.toContain(card.issuer);
    expect(text).not.toContain(card.validUntil);
  });

  it('two codes of the same certificate share no identifier', async () => {
    const [a, b] = await Promise.all([present(adult, idCardId, { claims: ['age_over_18'] }), present(adult, idCardId, { claims: ['age_over_18'] })]);
    const pa = decoded(a.json().token);
    const pb = decoded(b.json().token);
    expect(pa.jti).not.toBe(pb.jti);
    // Every string in one payload that is not the shared claim, kind or issuer URL must be absent from the other.
    const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
    const common = strings(pa).filter((s) => strings(pb).includes(s));
    expect(common.sort()).toEqual(['age_over_18', 'https://zsb.example.gov.cn', 'id_card'].sort());
  });

  it('tells the checker the issuer and validity only when the holder disclosed them', async () => {
    const checker = await stack.login('staff-gaj');
    const card = (await adult.inject({ method: 'GET', url: `/api/v1/wallet/${idCardId}` })).json();
    const without = (await verify(checker, (await present(adult, idCardId, { claims: ['age_over_18'] })).json().token)).json();
    expect(without.result).toBe('valid');
    expect(without.certificate).toEqual({ kind: 'id_card', kindName: '居民身份证' });

    const r = await present(adult, idCardId, { claims: ['age_over_18'], facts: ['issuer', 'validUntil'] });
    expect(r.json().disclosed.facts).toEqual(['issuer', 'validUntil']);
    expect(decoded(r.json().token).cert).toEqual({ kind: 'id_card', issuer: card.issuer, validUntil: card.validUntil });
    const withFacts = (await verify(checker, r.json().token)).json();
    expect(withFacts.certificate).toEqual({ kind: 'id_card', kindName: '居民身份证', issuer: card.issuer, validUntil: card.validUntil });
  });

  it('the whole certificate, chosen by choosing nothing, includes issuer and validity', async () => {
    const payload = decoded((await present(adult, idCardId)).json().token);
    expect(payload.cert).toMatchObject({ kind: 'id_card', issuer: expect.any(String) });
    expect(payload.cert).not.toHaveProperty('id');
  });
});

describe('derived age claims', () => {
  it('issues 年满18周岁 for an adult with no field and no birth date in the token, and a checker sees the claim', async () => {
    const r = await present(adult, idCardId, { claims: ['age_over_18'] });
    expect(r.statusCode).toBe(201);
    const payload = payloadOf(r.json().token);
    expect(payload.claims).toEqual(['age_over_18']);
    expect(payload.fields).toBeUndefined();
    const checker = await stack.login('staff-gaj');
    const v = (await verify(checker, r.json().token)).json();
    expect(v).toMatchObject({ result: 'valid', fields: [], claims: [{ code: 'age_over_18', name: '年满18周岁' }] });
  });

  it('cannot issue 年满18周岁 for the 17-year-old, and audits the refusal', async () => {
    const minor = await stack.login('r003');
    const card = await certificateOf(minor, 'id_card');
    const r = await present(minor, card.id, { claims: ['age_over_18'] });
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('CLAIM_NOT_SATISFIED');
    expect((await auditEvents(stack, { action: 'presentation.issue', certificateId: card.id, result: 'claim_not_satisfied' })).length).toBe(1);
    expect(await stack.count('presentations', { certificateId: card.id })).toBe(0);
  });

  it('issues 年满60周岁 for the elder and refuses it to a 37-year-old', async () => {
    const elder = await stack.login('r004');
    expect((await present(elder, (await certificateOf(elder, 'id_card')).id, { claims: ['age_over_60'] })).statusCode).toBe(201);
    expect((await present(adult, idCardId, { claims: ['age_over_60'] })).json().code).toBe('CLAIM_NOT_SATISFIED');
  });

  it('refuses an age claim from a certificate that does not carry a birth date', async () => {
    const vehicle = await certificateOf(adult, 'vehicle_licence');
    const r = await present(adult, vehicle.id, { claims: ['age_over_18'] });
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('CLAIM_NOT_PROVABLE');
  });
});

describe('other people\'s certificates and presentations', () => {
  it('answers 404 when user B presents, reveals or asks about user A\'s certificate or presentation, and audits it', async () => {
    const b = await stack.login('r002');
    const mine = (await present(adult, idCardId, { fields: ['name'] })).json();
    const refusals = async () => (await auditEvents(stack, { actor: `user:${userIdOf(b)}`, result: 'not_found' })).length;
    const before = await refusals();

    const steal = await present(b, idCardId, { fields: ['name'] });
    const reveal = await b.inject({ method: 'POST', url: `/api/v1/wallet/${encodeURIComponent(idCardId)}/reveal` });
    const status = await b.inject({ method: 'GET', url: `/api/v1/presentations/${mine.id}` });
    for (const r of [steal, reveal, status]) {
      expect(r.statusCode).toBe(404);
      expect(r.json().code).toBe('NOT_FOUND');
    }
    expect(await refusals()).toBe(before + 3);
  });

  it('refuses a certificate identifier whose check character is wrong with 400, before asking the library', async () => {
    const parts = parseCertificateId(idCardId)!;
    const wrong = `${idCardId.slice(0, -1)}${parts.checkChar === '0' ? '1' : '0'}`;
    expect(makeCertificateId(parts)).toBe(idCardId);
    for (const r of [
      await adult.inject({ method: 'GET', url: `/api/v1/wallet/${encodeURIComponent(wrong)}` }),
      await present(adult, wrong, { fields: ['name'] }),
      await adult.inject({ method: 'POST', url: `/api/v1/wallet/${encodeURIComponent(wrong)}/reveal` }),
    ]) {
      expect(r.statusCode).toBe(400);
      expect(r.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'params.certificateId' }] });
    }
  });
});

describe('revealing the holder\'s own certificate', () => {
  it('unmasks the fields for 60 s and audits which sensitive fields were shown', async () => {
    const masked = (await adult.inject({ method: 'GET', url: `/api/v1/wallet/${encodeURIComponent(idCardId)}` })).json();
    expect(masked.fields.find((f: { key: string }) => f.key === 'idNumber').masked).toBe(true);
    const r = await adult.inject({ method: 'POST', url: `/api/v1/wallet/${encodeURIComponent(idCardId)}/reveal` });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.fields.find((f: { key: string }) => f.key === 'idNumber').value).toMatch(/^\d{17}[\dX]$/);
    expect(Date.parse(body.maskAgainAt) - Date.parse(body.revealedAt)).toBe(60_000);
    const [audit] = await auditEvents(stack, { action: 'certificate.reveal', certificateId: idCardId });
    expect(audit!.fields).toEqual(['birthDate', 'address', 'idNumber']);
  });
});

describe('presenting for an enterprise', () => {
  it('shows the business licence after switching to the enterprise identity, and a checker verifies it', async () => {
    const me = (await adult.inject({ method: 'GET', url: '/api/v1/me' })).json();
    const enterprise = me.identities.find((i: { kind: string; role: string }) => i.kind === 'enterprise' && i.role === 'legal_representative');
    const sw = await adult.inject({ method: 'POST', url: '/api/v1/auth/identity', payload: { kind: 'enterprise', id: enterprise.id } });
    expect(sw.statusCode).toBe(200);
    const asEnterprise = { ...adult, inject: (o: Parameters<Session['inject']>[0]) => stack.app.inject({ ...o, headers: { authorization: `Bearer ${sw.json().accessToken}` } }) } as Session;
    const licence = await certificateOf(asEnterprise, 'business_licence');
    const p = await present(asEnterprise, licence.id, { fields: ['uscc', 'name', 'legalRepresentative'], purpose: '银行开户' });
    expect(p.statusCode).toBe(201);
    const checker = await stack.login('staff-scjgj');
    const v = (await verify(checker, p.json().token)).json();
    expect(v.result).toBe('valid');
    expect(v.fields.find((f: { key: string }) => f.key === 'uscc').value).toBe(enterprise.id);
    const [audit] = await auditEvents(stack, { action: 'verification', certificateId: licence.id });
    expect(audit).toMatchObject({ subject: enterprise.id, result: 'ok' });
  });
});

describe('enterprise identifiers', () => {
  it('refuses to switch to a USCC whose GB 32100 check character is wrong, before asking the legal register', async () => {
    // A fresh session: switching identity (the test above) ends the sessions it came from.
    const person = await stack.login('r001');
    const me = (await person.inject({ method: 'GET', url: '/api/v1/me' })).json();
    const uscc: string = me.identities.find((i: { kind: string }) => i.kind === 'enterprise').id;
    const wrong = `${uscc.slice(0, 17)}${uscc[17] === '0' ? '1' : '0'}`;
    const r = await person.inject({ method: 'POST', url: '/api/v1/auth/identity', payload: { kind: 'enterprise', id: wrong } });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.id' }] });
  });
});

/** The user id behind a session (the access token's subject). */
function userIdOf(s: Session): string {
  return JSON.parse(Buffer.from(s.accessToken.split('.')[1], 'base64url').toString()).sub;
}
