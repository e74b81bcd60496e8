import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStack, type Session, type Stack } from '../../test/harness';
import { certificateOf, relyingPartyAuthorization } from '../presentation/presentation.testing';

let stack: Stack;
let holder: Session;
let idCardId: string;

beforeAll(async () => {
  stack = await startStack();
  holder = await stack.login('r001');
  idCardId = (await certificateOf(holder, 'id_card')).id;
});
afterAll(async () => { await stack.close(); });
afterEach(() => { vi.useRealTimers(); });

const basic = (clientId: string, secret?: string) => relyingPartyAuthorization(stack, clientId, secret);
const relyingRead = (consentId: string, authorization?: string) =>
  stack.app.inject({ method: 'GET', url: `/api/v1/relying/certificates/${consentId}`, headers: authorization ? { authorization } : {} });
const grant = async (body: Record<string, unknown> = {}) => {
  const r = await holder.inject({
    method: 'POST', url: '/api/v1/consents',
    payload: { certificateId: idCardId, relyingPartyId: 'biz-hotel-xizi', fields: ['name', 'idNumber'], purpose: '酒店入住登记', durationDays: 7, ...body },
  });
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; status: string; expiresAt: string };
};
/** Audit rows of one action (optionally about one consent), oldest first; filtered here so it runs on both engines. */
const audits = async (where: Record<string, unknown>, consentId?: string) =>
  (await stack.rows('auditEvents', where))
    .filter((a) => consentId === undefined || (a.detail as { consentId?: string } | null)?.consentId === consentId)
    .sort((a, b) => String(a.at).localeCompare(String(b.at)));
const readAudits = (consentId: string) => audits({ action: 'consent.read' }, consentId);
const userNotFound = async () => (await audits({ result: 'not_found' })).filter((a) => String(a.actor).startsWith('user:')).length;

describe('granting consent', () => {
  it('lists departments and businesses to grant to', async () => {
    const r = await holder.inject({ method: 'GET', url: '/api/v1/relying-parties' });
    const items = r.json().items as { id: string; kind: string }[];
    expect(items.some((i) => i.id === 'dept-gjj' && i.kind === 'department')).toBe(true);
    expect(items.some((i) => i.id === 'biz-hotel-xizi' && i.kind === 'business')).toBe(true);
  });

  it('grants chosen fields for a period and lists it as active', async () => {
    const c = await grant();
    expect(c).toMatchObject({ status: 'active', fields: [{ key: 'name', label: '姓名' }, { key: 'idNumber', label: '公民身份号码' }], useCount: 0 });
    const list = (await holder.inject({ method: 'GET', url: '/api/v1/consents?status=active' })).json().items as { id: string }[];
    expect(list.map((i) => i.id)).toContain(c.id);
    expect(await audits({ action: 'consent.grant' }, c.id)).toHaveLength(1);
  });

  it('refuses an unknown relying party and a field the certificate lacks with 422', async () => {
    const base = { certificateId: idCardId, fields: ['name'], purpose: '测试', durationDays: 1 };
    const noParty = await holder.inject({ method: 'POST', url: '/api/v1/consents', payload: { ...base, relyingPartyId: 'biz-nobody' } });
    expect(noParty.statusCode).toBe(422);
    const noField = await holder.inject({ method: 'POST', url: '/api/v1/consents', payload: { ...base, relyingPartyId: 'dept-gjj', fields: ['salary'] } });
    expect(noField.statusCode).toBe(422);
    expect(noField.json().code).toBe('FIELD_NOT_ON_CERTIFICATE');
  });
});

describe('a relying party reading through a consent', () => {
  it('reads the holder\'s purpose with personal data masked, and the purpose is stored without control characters', async () => {
    const c = await grant({ purpose: '酒店入住\u202E登记，联系13812345678' });
    const r = await relyingRead(c.id, basic('biz-hotel-xizi'));
    expect(r.json().purpose).toBe('酒店入住登记，联系138****5678');
    const own = (await holder.inject({ method: 'GET', url: `/api/v1/consents/${c.id}` })).json();
    expect(own.purpose).toBe('酒店入住登记，联系13812345678');
  });

  it('reads only the consented fields with its client credential, and the read is audited and counted', async () => {
    const c = await grant();
    const r = await relyingRead(c.id, basic('biz-hotel-xizi'));
    expect(r.statusCode).toBe(200);
    expect(r.json().fields.map((f: { key: string }) => f.key)).toEqual(['name', 'idNumber']);
    expect(r.json().fields[1].value).toMatch(/^\d{17}[\dX]$/);
    expect(r.json().certificate).toMatchObject({ id: idCardId, kindName: '居民身份证', status: 'valid' });
    expect(await readAudits(c.id)).toMatchObject([{ actor: 'relying:biz-hotel-xizi', result: 'ok', channel: 'api', purpose: '酒店入住登记' }]);
    const detail = (await holder.inject({ method: 'GET', url: `/api/v1/consents/${c.id}` })).json();
    expect(detail).toMatchObject({ useCount: 1, lastUsedAt: expect.any(String) });
  });

  it('is refused with 403 at once after the holder revokes, and the refusal is audited', async () => {
    const c = await grant();
    expect((await relyingRead(c.id, basic('biz-hotel-xizi'))).statusCode).toBe(200);
    const revoked = await holder.inject({ method: 'POST', url: `/api/v1/consents/${c.id}/revoke` });
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    const r = await relyingRead(c.id, basic('biz-hotel-xizi'));
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('CONSENT_REVOKED');
    expect((await readAudits(c.id)).map((a) => a.result)).toEqual(['ok', 'consent_revoked']);
  });

  it('is refused with 403 once the consent period is over', async () => {
    const c = await grant({ durationDays: 1 });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse(c.expiresAt) + 1000 });
    const r = await relyingRead(c.id, basic('biz-hotel-xizi'));
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('CONSENT_EXPIRED');
  });

  it('refuses a wrong secret or no credential with 401, and another party with 404, auditing each under the holder', async () => {
    const c = await grant();
    const wrong = await relyingRead(c.id, basic('biz-hotel-xizi', 'guess'));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['www-authenticate']).toBe('Basic realm="relying-party"');
    expect(wrong.json().code).toBe('RELYING_PARTY_UNAUTHENTICATED');
    expect((await relyingRead(c.id)).statusCode).toBe(401);
    const other = await relyingRead(c.id, basic('biz-bank-qiantang'));
    expect(other.statusCode).toBe(404);
    expect((await readAudits(c.id)).map((a) => [a.actor, a.result])).toEqual([
      ['relying:biz-hotel-xizi', 'relying_party_unauthenticated'],
      ['anonymous', 'relying_party_unauthenticated'],
      ['relying:biz-bank-qiantang', 'not_found'],
    ]);
    expect((await readAudits(c.id)).every((a) => a.subject !== null)).toBe(true);
  });

  it('refuses a holder session in place of a client credential', async () => {
    const c = await grant();
    const r = await holder.inject({ method: 'GET', url: `/api/v1/relying/certificates/${c.id}` });
    expect(r.statusCode).toBe(401);
  });
});

describe('other people\'s consents', () => {
  it('answers 404 when user B reads, revokes or grants on user A\'s consent or certificate, and audits it', async () => {
    const c = await grant();
    const b = await stack.login('r002');
    const before = await userNotFound();
    const detail = await b.inject({ method: 'GET', url: `/api/v1/consents/${c.id}` });
    const revoke = await b.inject({ method: 'POST', url: `/api/v1/consents/${c.id}/revoke` });
    const steal = await b.inject({
      method: 'POST', url: '/api/v1/consents',
      payload: { certificateId: idCardId, relyingPartyId: 'biz-hotel-xizi', fields: ['name'], purpose: '冒用', durationDays: 1 },
    });
    for (const r of [detail, revoke, steal]) expect(r.statusCode).toBe(404);
    expect(await userNotFound()).toBe(before + 3);
    expect((await b.inject({ method: 'GET', url: '/api/v1/consents' })).json().items).toEqual([]);
    // A's consent still works: B's revoke changed nothing.
    expect((await relyingRead(c.id, basic('biz-hotel-xizi'))).statusCode).toBe(200);
  });
});
