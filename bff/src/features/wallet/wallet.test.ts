import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCertificateId } from '@zsb/shared/domain/certificate-id';
import { startStack, type Stack } from '../../test/harness';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack.close(); });

describe('certificate wallet', () => {
  it('lists the holder\'s certificates with masked numbers and a status', async () => {
    const s = await stack.login('r001');
    const r = await s.inject({ method: 'GET', url: '/api/v1/wallet' });
    expect(r.statusCode).toBe(200);
    const certs = r.json().certificates as { kind: string; number: string; status: string }[];
    expect(certs.length).toBeGreaterThanOrEqual(2);
    const idCard = certs.find((c) => c.kind === 'id_card')!;
    expect(idCard.number).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    for (const c of certs) expect(['valid', 'expiring', 'expired', 'revoked']).toContain(c.status);
  });

  it('shows some certificates as expiring and some as expired across residents', async () => {
    const statuses = new Set<string>();
    for (const p of ['r001', 'r002', 'r003', 'r004', 'r005', 'r006', 'r007', 'r008', 'r009', 'r010', 'r011', 'r012']) {
      const s = await stack.login(p);
      for (const c of (await s.inject({ method: 'GET', url: '/api/v1/wallet' })).json().certificates) statuses.add(c.status);
    }
    expect(statuses).toContain('expiring');
    expect(statuses).toContain('expired');
  });

  it('shows a certificate\'s fields with the sensitive ones masked and audits the read', async () => {
    const s = await stack.login('r001');
    const list = (await s.inject({ method: 'GET', url: '/api/v1/wallet' })).json().certificates;
    const idCard = list.find((c: { kind: string }) => c.kind === 'id_card');
    const r = await s.inject({ method: 'GET', url: `/api/v1/wallet/${encodeURIComponent(idCard.id)}` });
    expect(r.statusCode).toBe(200);
    const idField = r.json().fields.find((f: { key: string }) => f.key === 'idNumber');
    expect(idField.masked).toBe(true);
    expect(idField.value).toContain('**********');
    const audit = await stack.rows('auditEvents', { certificateId: idCard.id, action: 'certificate.view' });
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it('never returns another user\'s certificate: 404 exactly like a missing one', async () => {
    const a = await stack.login('r001');
    const b = await stack.login('r002');
    const aCert = (await a.inject({ method: 'GET', url: '/api/v1/wallet' })).json().certificates[0];
    const stolen = await b.inject({ method: 'GET', url: `/api/v1/wallet/${encodeURIComponent(aCert.id)}` });
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().code).toBe('NOT_FOUND');
    const absentId = makeCertificateId({ typeCode: '111000000000000001', issuerUscc: aCert.id.split('.')[6], serial: 'ZZZZZZZZZZ', version: '001' });
    const missing = await b.inject({ method: 'GET', url: `/api/v1/wallet/${encodeURIComponent(absentId)}` });
    expect(missing.statusCode).toBe(404);
    expect(stolen.body.replace(/\/api[^"]*/, '')).toBe(missing.body.replace(/\/api[^"]*/, ''));
    const bWallet = (await b.inject({ method: 'GET', url: '/api/v1/wallet' })).json().certificates;
    expect(bWallet.some((c: { id: string }) => c.id === aCert.id)).toBe(false);
  });

  it('answers from a short cache, and a pull to refresh reads the library again (on every instance)', async () => {
    const s = await stack.login('r005');
    const list = async (who = s.inject) => (await who({ method: 'GET', url: '/api/v1/wallet' })).json().certificates as { id: string; status: string }[];
    const target = (await list())[0]!;
    expect(target.status).not.toBe('revoked');
    const revoked = await fetch(`${stack.sandboxUrl}/_control/certificates/${encodeURIComponent(target.id)}/revoke`, { method: 'POST' });
    expect(revoked.status, await revoked.text()).toBe(200);
    // Still the cached answer a moment later…
    expect((await list()).find((c) => c.id === target.id)!.status).toBe(target.status);
    // …until the holder pulls to refresh.
    expect((await s.inject({ method: 'POST', url: '/api/v1/wallet/refresh' })).statusCode).toBe(204);
    expect((await list()).find((c) => c.id === target.id)!.status).toBe('revoked');
  });
});
