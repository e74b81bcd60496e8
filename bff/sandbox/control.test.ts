import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from './app';

let app: FastifyInstance;

beforeAll(async () => {
  app = buildSandbox({ referenceDate: '2026-03-15' });
  await app.ready();
});
afterAll(() => app.close());

const control = (payload: object) => app.inject({ method: 'POST', url: '/_control', payload });
const reset = () => app.inject({ method: 'POST', url: '/_control/reset' });

describe('sandbox control switches', () => {
  it('fails every path of an upstream with the chosen status, and only that upstream', async () => {
    await control({ upstream: 'housingFund', failRate: 1, failStatus: 502 });
    const res = await app.inject('/housing-fund/accounts/11010519491231002X');
    expect(res.statusCode).toBe(502);
    expect(res.json()).toEqual({ error: 'unavailable' });
    expect((await app.inject('/catalog/hot-services')).statusCode).toBe(200);
    await reset();
  });

  it('fails with 503 by default and leaves /health and /_control alone under "all"', async () => {
    await control({ upstream: 'all', failRate: 1 });
    expect((await app.inject('/sns/jscode2session?js_code=abcdefg')).statusCode).toBe(503);
    expect((await app.inject('/catalog/hot-services')).statusCode).toBe(503);
    expect((await app.inject('/health')).json()).toEqual({ status: 'ok' });
    expect((await app.inject('/_control')).statusCode).toBe(200);
    await reset();
  });

  it('delays responses by the chosen latency', async () => {
    await control({ upstream: 'catalog', latencyMs: 300 });
    const t0 = Date.now();
    expect((await app.inject('/catalog/hot-services')).statusCode).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    await reset();
  });

  it('clears every switch on reset', async () => {
    await control({ upstream: 'population', latencyMs: 50, failRate: 1 });
    expect((await app.inject('/_control')).json().upstreams.population).toEqual({ latencyMs: 50, failRate: 1, failStatus: 503 });
    await reset();
    expect((await app.inject('/_control')).json().upstreams.population).toEqual({ latencyMs: 0, failRate: 0, failStatus: 503 });
    const t0 = Date.now();
    expect((await app.inject('/population/residents/11010519491231002X')).statusCode).toBe(404);
    expect(Date.now() - t0).toBeLessThan(50);
  });

  it('restores seeded data on reset with data: true', async () => {
    const cert = app.sandboxStore.data.certificates[0];
    await app.inject({ method: 'POST', url: `/_control/certificates/${cert.certificateId}/revoke` });
    await app.inject({ method: 'POST', url: '/_control/reset', payload: { data: true } });
    expect((await app.inject(`/certificates/${cert.certificateId}`)).json().status).toBe('active');
  });

  it('rejects an unknown upstream or an out-of-range rate', async () => {
    expect((await control({ upstream: 'weather', failRate: 1 })).statusCode).toBe(400);
    expect((await control({ upstream: 'legal', failRate: 2 })).statusCode).toBe(400);
  });
});
