import { describe, expect, it } from 'vitest';
import { createSessionStore } from '../stores/session';
import { memoryStorage } from '../stores/storage';
import { ApiError } from './errors';
import { createHttpClient, type TransportRequest, type TransportResponse } from './http-client';

const NOW = 1_700_000_000_000;
const pair = (n: number) => ({ accessToken: `access-${n}`, refreshToken: `refresh-token-${n}-xxxxxxxxxxxx`, tokenType: 'Bearer' as const, expiresIn: 900 });
const problem = (status: number, code: string, extra: object = {}): TransportResponse => ({
  status,
  headers: { 'content-type': 'application/problem+json' },
  data: { type: 'about:blank', title: code, status, code, ...extra },
});

/** A fake BFF: access tokens in `valid` are accepted; refresh hands out the next pair once per refresh token. */
function fakeBff() {
  const calls: TransportRequest[] = [];
  const valid = new Set<string>();
  let next = 2;
  let refreshes = 0;
  const transport = async (req: TransportRequest): Promise<TransportResponse> => {
    calls.push(req);
    await new Promise((r) => setTimeout(r, 5));
    if (req.url.endsWith('/api/v1/auth/refresh')) {
      refreshes++;
      const p = pair(next++);
      valid.add(p.accessToken);
      return { status: 200, headers: {}, data: p };
    }
    const token = req.headers.authorization?.replace('Bearer ', '');
    if (!token || !valid.has(token)) return problem(401, 'TOKEN_EXPIRED');
    return { status: 200, headers: {}, data: { url: req.url, token } };
  };
  return { transport, calls, valid, refreshes: () => refreshes };
}

function setup() {
  const bff = fakeBff();
  const session = createSessionStore(memoryStorage(), () => NOW);
  session.signIn(pair(1));
  const client = createHttpClient({ baseUrl: 'http://bff', transport: bff.transport, session, now: () => NOW });
  return { bff, session, client };
}

describe('http client', () => {
  it('sends the bearer token and the query string to the base URL', async () => {
    const { bff, client } = setup();
    bff.valid.add('access-1');
    const r = await client.request<{ url: string; token: string }>({ method: 'GET', path: '/api/v1/messages', query: { unreadOnly: 'true', limit: 5, skip: undefined } });
    expect(r).toEqual({ url: 'http://bff/api/v1/messages?unreadOnly=true&limit=5', token: 'access-1' });
  });

  it('refreshes once for many requests that meet TOKEN_EXPIRED together, then retries each with the new token', async () => {
    const { bff, client, session } = setup();
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) => client.request<{ token: string }>({ method: 'GET', path: `/api/v1/x${i}` })),
    );
    expect(bff.refreshes()).toBe(1);
    expect(results.map((r) => r.token)).toEqual(['access-2', 'access-2', 'access-2', 'access-2']);
    expect(session.get()?.accessToken).toBe('access-2');
  });

  it('turns problem+json into an ApiError with status, code and field errors', async () => {
    const session = createSessionStore(memoryStorage());
    const client = createHttpClient({
      baseUrl: '',
      session,
      transport: async () => problem(400, 'VALIDATION_FAILED', { errors: [{ path: 'body.code', message: 'Required' }] }),
    });
    const e = await client.request({ method: 'POST', path: '/api/v1/auth/login', body: {}, auth: false }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'body.code', message: 'Required' }] });
  });

  it('ends the session when the refresh token is refused, and reports the original 401', async () => {
    const session = createSessionStore(memoryStorage(), () => NOW);
    session.signIn(pair(1));
    const client = createHttpClient({
      baseUrl: '',
      session,
      now: () => NOW,
      transport: async (req) => (req.url.endsWith('/refresh') ? problem(401, 'REFRESH_TOKEN_REUSED') : problem(401, 'TOKEN_EXPIRED')),
    });
    await expect(client.request({ method: 'GET', path: '/api/v1/me' })).rejects.toMatchObject({ status: 401, code: 'TOKEN_EXPIRED' });
    expect(session.get()).toBeNull();
  });

  it('keeps the session when the refresh endpoint is down, so the next try can succeed', async () => {
    const session = createSessionStore(memoryStorage(), () => NOW);
    session.signIn(pair(1));
    const client = createHttpClient({
      baseUrl: '',
      session,
      now: () => NOW,
      transport: async (req) => (req.url.endsWith('/refresh') ? problem(503, 'UPSTREAM_UNAVAILABLE') : problem(401, 'TOKEN_EXPIRED')),
    });
    await expect(client.request({ method: 'GET', path: '/api/v1/me' })).rejects.toMatchObject({ status: 401 });
    expect(session.get()?.refreshToken).toBe(pair(1).refreshToken);
  });

  it('refreshes before sending when the access token is about to lapse', async () => {
    const { bff, session } = setup();
    const client = createHttpClient({ baseUrl: '', transport: bff.transport, session, now: () => NOW + 899_000 });
    const r = await client.request<{ token: string }>({ method: 'GET', path: '/api/v1/me' });
    expect(r.token).toBe('access-2');
    expect(bff.calls.filter((c) => c.headers.authorization === 'Bearer access-1')).toHaveLength(0);
  });

  it('reports a transport failure as NETWORK_ERROR with status 0', async () => {
    const session = createSessionStore(memoryStorage());
    const client = createHttpClient({ baseUrl: '', session, transport: () => Promise.reject(new Error('offline')) });
    await expect(client.request({ method: 'GET', path: '/api/v1/auth/personas', auth: false })).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('sends {} as the body of a write without one, since an empty JSON body is refused', async () => {
    const seen: TransportRequest[] = [];
    const session = createSessionStore(memoryStorage());
    const client = createHttpClient({ baseUrl: '', session, transport: async (r) => (seen.push(r), { status: 204, headers: {}, data: null }) });
    await expect(client.request({ method: 'POST', path: '/api/v1/messages/read-all', auth: false })).resolves.toBeUndefined();
    expect(seen[0]).toMatchObject({ body: {}, headers: { 'content-type': 'application/json' } });
  });
});

describe('content language', () => {
  it('sends the active language as Accept-Language on every request, as it is when the request leaves', async () => {
    const bff = fakeBff();
    const session = createSessionStore(memoryStorage(), () => NOW);
    let lang = 'en';
    const client = createHttpClient({ baseUrl: 'http://bff', transport: bff.transport, session, now: () => NOW, language: () => lang });
    // The fake BFF refuses unsigned requests; what matters here is what was sent.
    await client.request({ method: 'GET', path: '/api/v1/services', auth: false }).catch(() => undefined);
    lang = 'fr';
    await client.request({ method: 'GET', path: '/api/v1/services', auth: false }).catch(() => undefined);
    expect(bff.calls.map((c) => c.headers['accept-language'])).toEqual(['en', 'fr']);
  });
});
