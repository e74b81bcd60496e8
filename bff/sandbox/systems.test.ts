import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from './app';
import { SPECIAL_PERSONAS } from './seed/index';

let app: FastifyInstance;
const idOf = (personaId: string) => app.sandboxStore.peopleById.get(personaId)!.idNumber;

beforeAll(async () => {
  app = buildSandbox({ referenceDate: '2026-03-15' });
  await app.ready();
});
afterAll(() => app.close());

describe('sandbox data upstreams', () => {
  it('returns a population record with the spouse ID number', async () => {
    const res = await app.inject(`/population/residents/${idOf('r001')}`);
    expect(res.json()).toMatchObject({ name: '张伟', gender: 'male', maritalStatus: 'married', spouseIdNumber: idOf('r002'), region: '330106' });
  });

  it('answers 400 for a malformed ID number and 404 for an unknown valid one', async () => {
    const bad = await app.inject('/population/residents/123');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('invalid_request');
    const unknown = await app.inject('/population/residents/11010519491231002X');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: 'not_found' });
  });

  it('lists the enterprises r001 represents and acts for, and returns one by USCC', async () => {
    const { entities } = (await app.inject(`/legal/entities?personIdNumber=${idOf('r001')}`)).json();
    expect(entities.map((e: { role: string }) => e.role).sort()).toEqual(['agent', 'legal_representative']);
    const own = entities.find((e: { role: string }) => e.role === 'legal_representative');
    const entity = (await app.inject(`/legal/entities/${own.uscc}`)).json();
    expect(entity).toMatchObject({ uscc: own.uscc, status: 'active', legalRepresentative: { name: '张伟', idNumber: idOf('r001') } });
    expect((await app.inject('/legal/entities?personIdNumber=x')).statusCode).toBe(400);
  });

  it('returns certificates by holder and by identifier, with kind-specific fields', async () => {
    const { certificates } = (await app.inject(`/certificates?holderId=${idOf('r001')}`)).json();
    expect(certificates).toHaveLength(6);
    const marriage = certificates.find((c: { kind: string }) => c.kind === 'marriage_certificate');
    expect(marriage.fields.spouseName).toBe('王芳');
    const one = await app.inject(`/certificates/${marriage.certificateId}`);
    expect(one.json()).toEqual(marriage);
    expect((await app.inject('/certificates/1.2.3')).statusCode).toBe(400);
    expect((await app.inject('/certificates')).statusCode).toBe(400);
  });

  it('lists an enterprise\'s business licence by USCC', async () => {
    const e = app.sandboxStore.data.enterprises[0];
    const { certificates } = (await app.inject(`/certificates?holderId=${e.uscc}`)).json();
    expect(certificates[0]).toMatchObject({ kind: 'business_licence', holder: { id: e.uscc, type: 'enterprise' } });
    expect(certificates[0].issuer.uscc.startsWith('11')).toBe(true);
  });

  it('revokes a certificate through the control API', async () => {
    const { certificates } = (await app.inject(`/certificates?holderId=${idOf('r002')}`)).json();
    const target = certificates[0];
    const res = await app.inject({ method: 'POST', url: `/_control/certificates/${target.certificateId}/revoke` });
    expect(res.json().status).toBe('revoked');
    expect((await app.inject(`/certificates/${target.certificateId}`)).json().status).toBe('revoked');
  });

  it('returns a housing-fund account, and 404 for a person without one', async () => {
    const account = (await app.inject(`/housing-fund/accounts/${idOf('r001')}`)).json();
    expect(account.loans[0].repaymentsThisYear.length).toBeGreaterThan(0);
    expect((await app.inject(`/housing-fund/accounts/${idOf(SPECIAL_PERSONAS.minor)}`)).statusCode).toBe(404);
  });

  it('accepts a withdrawal from the spouse\'s fund once per requestId and lowers that balance', async () => {
    const before = (await app.inject(`/housing-fund/accounts/${idOf('r002')}`)).json().balance;
    const loanNo = (await app.inject(`/housing-fund/accounts/${idOf('r001')}`)).json().loans[0].loanNo;
    const payload = { requestId: 'req-1', idNumber: idOf('r001'), accountIdNumber: idOf('r002'), loanNo, amount: 1000.5 };
    const first = await app.inject({ method: 'POST', url: '/housing-fund/withdrawals', payload });
    expect(first.json()).toMatchObject({ status: 'accepted', amount: 1000.5, date: '2026-03-15' });
    const again = await app.inject({ method: 'POST', url: '/housing-fund/withdrawals', payload });
    expect(again.json()).toEqual(first.json());
    const after = (await app.inject(`/housing-fund/accounts/${idOf('r002')}`)).json();
    expect(after.balance).toBeCloseTo(before - 1000.5, 2);
    expect(after.paidForOthers).toHaveLength(1);
    const borrower = (await app.inject(`/housing-fund/accounts/${idOf('r001')}`)).json();
    expect(borrower.withdrawals.at(-1)).toMatchObject({ loanNo, amount: 1000.5, fromIdNumber: idOf('r002') });
  });

  it('refuses a withdrawal above the balance, from a stranger\'s fund or for someone else\'s loan', async () => {
    const loanNo = (await app.inject(`/housing-fund/accounts/${idOf('r001')}`)).json().loans[0].loanNo;
    const base = { idNumber: idOf('r001'), accountIdNumber: idOf('r001'), loanNo };
    const tooMuch = await app.inject({ method: 'POST', url: '/housing-fund/withdrawals', payload: { ...base, requestId: 'x1', amount: 10_000_000 } });
    expect(tooMuch.statusCode).toBe(400);
    const stranger = await app.inject({ method: 'POST', url: '/housing-fund/withdrawals', payload: { ...base, requestId: 'x2', accountIdNumber: idOf('r005'), amount: 1 } });
    expect(stranger.statusCode).toBe(400);
    const wrongLoan = await app.inject({ method: 'POST', url: '/housing-fund/withdrawals', payload: { ...base, requestId: 'x3', loanNo: 'SY0', amount: 1 } });
    expect(wrongLoan.statusCode).toBe(400);
    const cents = await app.inject({ method: 'POST', url: '/housing-fund/withdrawals', payload: { ...base, requestId: 'x4', amount: 1.001 } });
    expect(cents.statusCode).toBe(400);
  });

  it('returns social insurance with twelve months of contributions', async () => {
    const rec = (await app.inject(`/social-insurance/records/${idOf('r001')}`)).json();
    expect(rec.insurances.map((i: { type: string }) => i.type)).toEqual(['pension', 'medical', 'unemployment', 'injury', 'maternity']);
    expect(rec.contributions).toHaveLength(12);
    expect(rec.contributions.at(-1).month).toBe('2026-02');
  });

  it('lists ten hot services', async () => {
    expect((await app.inject('/catalog/hot-services')).json().items).toHaveLength(10);
  });

  it('answers unknown paths with 404 not_found and malformed JSON with 400', async () => {
    expect((await app.inject('/nowhere')).json()).toEqual({ error: 'not_found' });
    const res = await app.inject({ method: 'POST', url: '/identity/token', headers: { 'content-type': 'application/json' }, payload: '{' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('invalid_request');
  });
});
