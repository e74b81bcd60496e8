import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../test/harness';

let stack: Stack;
beforeAll(async () => { stack = await startStack({ config: { aggregateBudgetMs: 400, upstreamTimeoutMs: 400 } }); });
afterEach(async () => { await stack.resetControls(); });
afterAll(async () => { await stack.close(); });

describe('home screen aggregate', () => {
  it('answers every section in one call', async () => {
    const s = await stack.login('r001');
    const r = await s.inject({ method: 'GET', url: '/api/v1/home' });
    expect(r.statusCode).toBe(200);
    const home = r.json();
    expect(home.wallet.status).toBe('ok');
    expect(home.wallet.data.total).toBeGreaterThan(0);
    expect(home.profile.kind).toBe('resident');
    expect(home.profile.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(home.hotServices.status).toBe('ok');
    expect(home.degraded).toEqual([]);
  });

  it('marks only the certificate section degraded when the certificate library is down', async () => {
    const s = await stack.login('r002');
    // The first sign-in's expiry-reminder check cached the certificates: forget them, so home asks the library.
    stack.app.upstreams.clients.certificates.dropCached('');
    await stack.control('certificates', { failRate: 1 });
    const r = await s.inject({ method: 'GET', url: '/api/v1/home' });
    expect(r.statusCode).toBe(200);
    expect(r.json().wallet).toMatchObject({ status: 'degraded', upstream: 'certificates' });
    expect(r.json().hotServices.status).toBe('ok');
    expect(r.json().degraded).toEqual(['certificates']);
  });

  it('returns within the time budget when an upstream is slow, with that section degraded', async () => {
    // r003's certificates were never fetched (the first sign-in's expiry-reminder check finds the library down), so no cached copy can hide the slow library.
    await stack.control('certificates', { failRate: 1 });
    const s = await stack.login('r003');
    await stack.resetControls();
    await stack.control('certificates', { latencyMs: 3_000 });
    const t0 = Date.now();
    const r = await s.inject({ method: 'GET', url: '/api/v1/home' });
    const elapsed = Date.now() - t0;
    expect(r.statusCode).toBe(200);
    expect(r.json().wallet).toMatchObject({ status: 'degraded', code: 'UPSTREAM_TIMEOUT', upstream: 'certificates' });
    expect(r.json().hotServices.status).toBe('ok');
    expect(elapsed).toBeLessThan(400 + 600);
  });
});
