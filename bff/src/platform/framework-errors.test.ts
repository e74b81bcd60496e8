import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Session, type Stack } from '../test/harness';
import { rawExchange, type RawResponse } from '../test/raw-http';
import { certificateOf } from '../features/presentation/presentation.testing';

let stack: Stack;
let resident: Session;
beforeAll(async () => {
  stack = await startStack({ listen: true });
  resident = await stack.login('r001');
});
afterAll(async () => { await stack.close(); });

const get = (target: string, headers = '') => rawExchange(stack.app, [`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${headers}\r\n`]);

/** What every answer carries, errors included: problem+json and the API's security headers. */
function expectProblem(r: RawResponse, status: number, code: string) {
  expect(r.status).toBe(status);
  expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(JSON.parse(r.body)).toMatchObject({ status, code });
  expect(r.headers['content-security-policy']).toContain("default-src 'none'");
  expect(r.headers['x-content-type-options']).toBe('nosniff');
  expect(r.headers['strict-transport-security']).toBeDefined();
  expect(r.headers['x-frame-options']).toBe('DENY');
  expect(r.headers['cache-control']).toBe('no-store');
}

// Issue 12, defect 10: Fastify's and Node's own error answers were plain JSON without the security headers.
describe('framework errors are not problem+json (issue 12 defect 10)', () => {
  it('answers a badly encoded URL with 400 MALFORMED_URL', async () => {
    expectProblem(await get('/api/v1/cases/%E0%A4%A'), 400, 'MALFORMED_URL');
  });

  it('answers an over-long path parameter with 414 URI_TOO_LONG', async () => {
    expectProblem(await get(`/api/v1/cases/${'a'.repeat(300)}`), 414, 'URI_TOO_LONG');
  });

  it('answers a URL longer than the limit with 414 URI_TOO_LONG', async () => {
    expectProblem(await get(`/api/v1/services?q=${'x'.repeat(3_000)}`), 414, 'URI_TOO_LONG');
  });

  it('answers a URL longer than Node’s header limit with 414 URI_TOO_LONG', async () => {
    expectProblem(await get(`/api/v1/services?q=${'x'.repeat(20_000)}`), 414, 'URI_TOO_LONG');
  });

  it('answers headers larger than Node’s limit with 431 HEADERS_TOO_LARGE', async () => {
    expectProblem(await get('/api/health', `X-Padding: ${'p'.repeat(20_000)}\r\n`), 431, 'HEADERS_TOO_LARGE');
  });

  it('answers bytes that are not HTTP with 400 MALFORMED_REQUEST', async () => {
    expectProblem(await rawExchange(stack.app, ['HELLO THERE\r\n\r\n']), 400, 'MALFORMED_REQUEST');
  });

  it('keeps the same headers on an ordinary 404', async () => {
    expectProblem(await get('/api/v1/nothing-here'), 404, 'NOT_FOUND');
  });
});

// Issue 12, defect 10: answers with personal data could be kept by browser and proxy caches.
describe('responses with personal data lack Cache-Control: no-store (issue 12 defect 10)', () => {
  it('marks wallet, certificate, reveal, me and cases answers no-store', async () => {
    const idCard = await certificateOf(resident, 'id_card');
    const answers = [
      await resident.inject({ method: 'GET', url: '/api/v1/wallet' }),
      await resident.inject({ method: 'GET', url: `/api/v1/wallet/${encodeURIComponent(idCard.id)}` }),
      await resident.inject({ method: 'POST', url: `/api/v1/wallet/${encodeURIComponent(idCard.id)}/reveal` }),
      await resident.inject({ method: 'GET', url: '/api/v1/me' }),
      await resident.inject({ method: 'GET', url: '/api/v1/cases' }),
    ];
    for (const r of answers) {
      expect(r.statusCode, r.body).toBe(200);
      expect(r.headers['cache-control']).toBe('no-store');
    }
  });

  it('marks every answer under /api/ no-store unless the route sets its own caching, and errors too', async () => {
    expect((await stack.app.inject({ method: 'GET', url: '/api/health' })).headers['cache-control']).toBe('no-store');
    expect((await stack.app.inject({ method: 'GET', url: '/api/v1/wallet' })).headers['cache-control']).toBe('no-store');
    // The public key set is public and meant to be cached by checkers.
    expect((await stack.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).headers['cache-control']).toBe('public, max-age=300');
  });
});
