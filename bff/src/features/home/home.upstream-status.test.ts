import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Session, type Stack } from '../../test/harness';

// An upstream 4xx becomes a 500 (issue 12, defect 5): every upstream status maps to one of ours.

let stack: Stack;
let s: Session;
// The cache off, so every call reaches the faulty library; breaker reset between cases by a good call.
beforeAll(async () => {
  stack = await startStack({ config: { upstreamCache: false } });
  s = await stack.login('r001');
});
afterAll(async () => { await stack.close(); });

const withLibraryAnswering = async <T>(failStatus: number, run: () => Promise<T>): Promise<T> => {
  await stack.control('certificates', { failRate: 1, failStatus });
  try {
    return await run();
  } finally {
    await stack.resetControls();
    // A successful read closes the breaker's count, so each status is seen by the client itself.
    expect((await s.inject({ method: 'GET', url: '/api/v1/wallet' })).statusCode).toBe(200);
  }
};

describe('an upstream 4xx never becomes a 500', () => {
  it.each([400, 401, 403, 429, 500])('the certificate library answering %i: home degrades, wallet answers 503 UPSTREAM_UNAVAILABLE', async (status) => {
    const [home, wallet] = await withLibraryAnswering(status, async () => [
      await s.inject({ method: 'GET', url: '/api/v1/home' }),
      await s.inject({ method: 'GET', url: '/api/v1/wallet' }),
    ]);
    expect(home.statusCode).toBe(200);
    expect(home.json().wallet).toEqual({ status: 'degraded', code: 'UPSTREAM_UNAVAILABLE', upstream: 'certificates' });
    expect(home.json().degraded).toEqual(['certificates']);
    expect(home.json().hotServices.status).toBe('ok');

    expect(wallet.statusCode).toBe(503);
    expect(wallet.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wallet.json()).toMatchObject({ status: 503, code: 'UPSTREAM_UNAVAILABLE' });
    // The upstream's own words never reach the client.
    expect(wallet.body).not.toContain('unavailable"}');
    if (status === 429) expect(wallet.headers['retry-after']).toBe('7');
    else expect(wallet.headers['retry-after']).toBeUndefined();
  });

  it('the certificate library answering 404 to a holder: no certificates, on home and in the wallet', async () => {
    const [home, wallet] = await withLibraryAnswering(404, async () => [
      await s.inject({ method: 'GET', url: '/api/v1/home' }),
      await s.inject({ method: 'GET', url: '/api/v1/wallet' }),
    ]);
    expect(home.statusCode).toBe(200);
    expect(home.json().wallet).toMatchObject({ status: 'ok', data: { total: 0 } });
    expect(wallet.statusCode).toBe(200);
    expect(wallet.json().certificates).toEqual([]);
  });

  it('the certificate library answering 404 to one certificate: 404 NOT_FOUND, not a 500', async () => {
    const id = (await s.inject({ method: 'GET', url: '/api/v1/wallet' })).json().certificates[0].id;
    const r = await withLibraryAnswering(404, () => s.inject({ method: 'GET', url: `/api/v1/wallet/${encodeURIComponent(id)}` }));
    expect(r.statusCode).toBe(404);
    expect(r.json().code).toBe('NOT_FOUND');
  });
});

describe('home for an enterprise identity stays within its budget', () => {
  it('answers within the budget with a slow legal register, the wallet section degraded and the legal register named', async () => {
    const me = (await s.inject({ method: 'GET', url: '/api/v1/me' })).json();
    const enterprise = me.identities.find((i: { kind: string; role: string }) => i.kind === 'enterprise' && i.role === 'legal_representative');
    const sw = await s.inject({ method: 'POST', url: '/api/v1/auth/identity', payload: { kind: 'enterprise', id: enterprise.id } });
    expect(sw.statusCode).toBe(200);
    const asEnterprise = { authorization: `Bearer ${sw.json().accessToken}` };
    const budget = stack.config.aggregateBudgetMs;
    expect(budget).toBe(600);

    await stack.control('legal', { latencyMs: 900 });
    try {
      const t0 = Date.now();
      const r = await stack.app.inject({ method: 'GET', url: '/api/v1/home', headers: asEnterprise });
      const elapsed = Date.now() - t0;
      expect(r.statusCode).toBe(200);
      expect(r.json().wallet).toEqual({ status: 'degraded', code: 'UPSTREAM_TIMEOUT', upstream: 'legal' });
      expect(r.json().degraded).toEqual(['legal']);
      expect(r.json().profile.activeIdentity.kind).toBe('enterprise');
      expect(elapsed).toBeLessThan(budget + 150);
    } finally {
      await stack.resetControls();
    }
  });

  it('writes an audit row when home reads the certificate library', async () => {
    const homeAudits = () => stack.count('auditEvents', { action: 'wallet.list', purpose: 'home shows the wallet summary' });
    const before = await homeAudits();
    const r = await s.inject({ method: 'GET', url: '/api/v1/home' });
    expect(r.json().wallet.status).toBe('ok');
    expect(await homeAudits()).toBe(before + 1);
  });
});
