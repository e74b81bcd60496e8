import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { secondInstance, startStack, type Stack } from '../../test/harness';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack.close(); });

const countRows = (table: 'users' | 'refreshTokens') => stack.count(table);

describe('sign-in', () => {
  it('lists the sandbox personas for the H5 login page', async () => {
    const r = await stack.app.inject({ method: 'GET', url: '/api/v1/auth/personas' });
    expect(r.statusCode).toBe(200);
    const personas = r.json().personas as { personaId: string; kind: string }[];
    expect(personas.filter((p) => p.kind === 'resident').length).toBeGreaterThanOrEqual(60);
    expect(personas.some((p) => p.kind === 'staff')).toBe(true);
  });

  it('exchanges a one-time code for a 15-minute access token and a refresh token', async () => {
    const a = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/authorize', payload: { personaId: 'r001' } });
    const code = a.json().code;
    const l = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { code } });
    expect(l.statusCode).toBe(200);
    expect(l.json()).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    const me = await stack.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${l.json().accessToken}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    // The code is single use.
    const again = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { code } });
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('INVALID_LOGIN_CODE');
  });

  it('signs in a WeChat user through code2session and refuses a code WeChat rejects', async () => {
    const ok = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { code: 'persona:r003', channel: 'weapp' } });
    expect(ok.statusCode).toBe(200);
    const bad = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { code: 'bad-code-123', channel: 'weapp' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('rotates refresh tokens: each can be spent once', async () => {
    const s = await stack.login('r004');
    const r1 = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: s.refreshToken } });
    expect(r1.statusCode).toBe(200);
    expect(r1.json().refreshToken).not.toBe(s.refreshToken);
    const r2 = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: r1.json().refreshToken } });
    expect(r2.statusCode).toBe(200);
  });

  it('revokes the whole family when a spent refresh token is presented again', async () => {
    const s = await stack.login('r005');
    const r1 = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: s.refreshToken } });
    const newest = r1.json().refreshToken;
    const reuse = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: s.refreshToken } });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().code).toBe('REFRESH_TOKEN_REUSED');
    // The thief's stolen token killed the legitimate newest one too.
    const afterTheft = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: newest } });
    expect(afterTheft.statusCode).toBe(401);
  });

  it('logout revokes the refresh token', async () => {
    const s = await stack.login('r006');
    const out = await s.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: { refreshToken: s.refreshToken } });
    expect(out.statusCode).toBe(204);
    const r = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: s.refreshToken } });
    expect(r.statusCode).toBe(401);
  });

  it('answers 401 for missing, expired and forged access tokens', async () => {
    const none = await stack.app.inject({ method: 'GET', url: '/api/v1/wallet' });
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('UNAUTHENTICATED');

    const expired = stack.app.jwt.sign({ sub: 'x', knd: 'resident', idt: 'personal:x' }, { expiresIn: -10 } as never);
    const e = await stack.app.inject({ method: 'GET', url: '/api/v1/wallet', headers: { authorization: `Bearer ${expired}` } });
    expect(e.statusCode).toBe(401);
    expect(e.json().code).toBe('TOKEN_EXPIRED');

    const s = await stack.login('r007');
    const [h, p] = s.accessToken.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), sub: 'someone-else' })).toString('base64url');
    const forged = `${h}.${forgedPayload}.${s.accessToken.split('.')[2]}`;
    const f = await stack.app.inject({ method: 'GET', url: '/api/v1/wallet', headers: { authorization: `Bearer ${forged}` } });
    expect(f.statusCode).toBe(401);
    expect(f.json().code).toBe('TOKEN_INVALID');

    const alg = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${p}.`;
    const n = await stack.app.inject({ method: 'GET', url: '/api/v1/wallet', headers: { authorization: `Bearer ${alg}` } });
    expect(n.statusCode).toBe(401);
  });

  it('refuses bad login input with problem+json field paths and writes nothing', async () => {
    const before = await countRows('refreshTokens');
    const cases = [
      { payload: '{"code": ', type: 'application/json', status: 400, code: 'MALFORMED_JSON' },
      { payload: {}, status: 400, code: 'VALIDATION_FAILED', path: 'body.code' },
      { payload: { code: 42 }, status: 400, code: 'VALIDATION_FAILED', path: 'body.code' },
      { payload: { code: 'x', channel: 'fax' }, status: 400, code: 'VALIDATION_FAILED', path: 'body.channel' },
      { payload: { code: 'x', extra: 1 }, status: 400, code: 'VALIDATION_FAILED' },
      { payload: { code: 'x'.repeat(70_000) }, status: 413, code: 'PAYLOAD_TOO_LARGE' },
      { payload: { code: 'no-such-code' }, status: 401, code: 'INVALID_LOGIN_CODE' },
    ];
    for (const c of cases) {
      const r = await stack.app.inject({
        method: 'POST', url: '/api/v1/auth/login',
        payload: typeof c.payload === 'string' ? c.payload : JSON.stringify(c.payload),
        headers: { 'content-type': c.type ?? 'application/json' },
      });
      expect(r.statusCode, JSON.stringify(c.payload).slice(0, 40)).toBe(c.status);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json().code).toBe(c.code);
      if (c.path) expect(r.json().errors.map((e: { path: string }) => e.path)).toContain(c.path);
    }
    const unknownPersona = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/authorize', payload: { personaId: 'nobody' } });
    expect(unknownPersona.statusCode).toBe(404);
    expect(await countRows('refreshTokens')).toBe(before);
  });
});

describe('access tokens outlive sign-out (issue 12, item 8)', () => {
  const wallet = (token: string) => stack.app.inject({ method: 'GET', url: '/api/v1/wallet', headers: { authorization: `Bearer ${token}` } });

  it('after sign-out, the old access token answers 401 at once', async () => {
    const s = await stack.login('r012');
    expect((await wallet(s.accessToken)).statusCode).toBe(200);
    const out = await s.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: { refreshToken: s.refreshToken } });
    expect(out.statusCode).toBe(204);
    const after = await wallet(s.accessToken);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('TOKEN_INVALID');
    // Another session of the same person is not ended by it.
    const other = await stack.login('r012');
    expect((await wallet(other.accessToken)).statusCode).toBe(200);
  });

  it('after sign-out without a refresh token, every session of the user ends', async () => {
    const a = await stack.login('r013');
    const b = await stack.login('r013');
    expect((await a.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: {} })).statusCode).toBe(204);
    expect((await wallet(a.accessToken)).statusCode).toBe(401);
    expect((await wallet(b.accessToken)).statusCode).toBe(401);
  });

  it('after a refresh-token reuse (family revoked), the access tokens of that family answer 401 at once', async () => {
    const s = await stack.login('r014');
    const r1 = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: s.refreshToken } });
    const rotated = r1.json().accessToken as string;
    expect((await wallet(rotated)).statusCode).toBe(200);
    expect((await wallet(s.accessToken)).statusCode).toBe(200);
    const reuse = await stack.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: s.refreshToken } });
    expect(reuse.json().code).toBe('REFRESH_TOKEN_REUSED');
    expect((await wallet(rotated)).statusCode).toBe(401);
    expect((await wallet(s.accessToken)).statusCode).toBe(401);
  });

  it('the revocation is seen by another instance on the same shared state', async () => {
    const s = await stack.login('r015');
    const second = await buildApp(stack.config);
    try {
      const viaSecond = () => second.inject({ method: 'GET', url: '/api/v1/wallet', headers: { authorization: `Bearer ${s.accessToken}` } });
      expect((await viaSecond()).statusCode).toBe(200);
      await s.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: { refreshToken: s.refreshToken } });
      // In memory each instance has its own state; with Redis (several instances) the second sees it at once.
      if (stack.engine === 'postgres') expect((await viaSecond()).statusCode).toBe(401);
    } finally {
      await second.close();
    }
  });
});

describe('enterprise identity', () => {
  it('lets a legal representative switch to their enterprise and refuses an enterprise they do not represent', async () => {
    const s = await stack.login('r001');
    const me = (await s.inject({ method: 'GET', url: '/api/v1/me' })).json();
    const enterprise = me.identities.find((i: { kind: string }) => i.kind === 'enterprise');
    expect(enterprise).toBeTruthy();
    const sw = await s.inject({ method: 'POST', url: '/api/v1/auth/identity', payload: { kind: 'enterprise', id: enterprise.id } });
    expect(sw.statusCode).toBe(200);
    const wallet = await stack.app.inject({ method: 'GET', url: '/api/v1/wallet', headers: { authorization: `Bearer ${sw.json().accessToken}` } });
    expect(wallet.json().holder.kind).toBe('enterprise');
    expect(wallet.json().certificates.some((c: { kind: string }) => c.kind === 'business_licence')).toBe(true);

    // Someone with no role in that enterprise (r010 is its registered agent, so pick another).
    let other = await stack.login('r030');
    for (const p of ['r031', 'r032', 'r033']) {
      const ids = (await other.inject({ method: 'GET', url: '/api/v1/me' })).json().identities;
      if (!ids.some((i: { id: string }) => i.id === enterprise.id)) break;
      other = await stack.login(p);
    }
    const steal = await other.inject({ method: 'POST', url: '/api/v1/auth/identity', payload: { kind: 'enterprise', id: enterprise.id } });
    expect(steal.statusCode).toBe(404);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 problem+json once an address exceeds the sign-in limit', async () => {
    const limited = await startStack({ config: { rateLimit: { loginPerMinute: 3 } } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await limited.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { code: `guess-${i}` } });
        codes.push(r.statusCode);
        if (r.statusCode === 429) expect(r.json().code).toBe('RATE_LIMITED');
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('limits refresh per address as well', async () => {
    const limited = await startStack({ config: { rateLimit: { loginPerMinute: 2 } } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) {
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: `guess-refresh-token-${i}` } })).statusCode);
      }
      expect(codes).toEqual([401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it('two instances sharing their state (Redis, or one process\'s memory) count one sign-in limit', async () => {
    const limited = await startStack({ config: { rateLimit: { loginPerMinute: 3 } } });
    const second = await secondInstance(limited);
    try {
      const apps = [limited.app, second];
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await apps[i % 2]!.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { code: `guess-${i}` } });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await second.close();
      await limited.close();
    }
  });
});
