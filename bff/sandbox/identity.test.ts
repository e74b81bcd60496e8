import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from './app';
import { SPECIAL_PERSONAS } from './seed/index';

let app: FastifyInstance;
let clock = Date.parse('2026-03-15T02:00:00Z');

beforeAll(async () => {
  app = buildSandbox({ referenceDate: '2026-03-15', now: () => clock });
  await app.ready();
});
afterAll(() => app.close());

const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object });

describe('sandbox identity upstream', () => {
  it('lists residents, staff and the operator with masked display names', async () => {
    const res = await app.inject('/identity/personas');
    const { personas } = res.json() as { personas: { personaId: string; displayName: string; kind: string; departmentCode?: string }[] };
    expect(personas.filter((p) => p.kind === 'resident').length).toBeGreaterThanOrEqual(60);
    const r001 = personas.find((p) => p.personaId === 'r001')!;
    expect(r001.displayName).toBe('张*（个人，已婚，名下企业，企业代办人）');
    expect(personas.find((p) => p.personaId === 'staff-gjj')).toMatchObject({ kind: 'staff', departmentCode: 'gjj' });
    expect(personas.find((p) => p.personaId === 'operator-1')?.kind).toBe('operator');
  });

  it('exchanges an authorization code for the subject exactly once', async () => {
    const { code, expiresIn } = (await post('/identity/authorize', { personaId: 'r001' })).json();
    expect(expiresIn).toBe(300);
    const first = await post('/identity/token', { code });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ sub: 'r001', name: '张伟', kind: 'resident' });
    expect(first.json().idNumber).toMatch(/^\d{17}[\dX]$/);
    const second = await post('/identity/token', { code });
    expect(second.statusCode).toBe(400);
    expect(second.json()).toEqual({ error: 'invalid_grant' });
  });

  it('refuses a code after its five minutes and an unknown code', async () => {
    const { code } = (await post('/identity/authorize', { personaId: 'r002' })).json();
    clock += 301_000;
    expect((await post('/identity/token', { code })).json()).toEqual({ error: 'invalid_grant' });
    expect((await post('/identity/token', { code: 'nope' })).statusCode).toBe(400);
  });

  it('answers 404 for an unknown persona and 400 for a missing one', async () => {
    expect((await post('/identity/authorize', { personaId: 'r999' })).statusCode).toBe(404);
    const bad = await post('/identity/authorize', {});
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('invalid_request');
  });

  it('gives staff their department and region in the subject', async () => {
    const res = await app.inject('/identity/subjects/staff-mzj-330106');
    expect(res.json()).toMatchObject({ sub: 'staff-mzj-330106', kind: 'staff', departmentCode: 'mzj', region: '330106' });
    expect((await app.inject('/identity/subjects/nobody')).statusCode).toBe(404);
  });

  it('binds a persona: code to that persona and resolves the binding from the openid', async () => {
    const res = await app.inject(`/sns/jscode2session?appid=wx1&secret=s&js_code=persona:${SPECIAL_PERSONAS.minor}&grant_type=authorization_code`);
    const { openid, session_key, unionid } = res.json();
    expect(openid).toHaveLength(28);
    expect(session_key).toBeTruthy();
    expect(unionid).toBeTruthy();
    expect((await app.inject(`/identity/wechat-bindings/${openid}`)).json()).toEqual({ personaId: 'r003' });
  });

  it('binds any other code deterministically to a resident', async () => {
    const a = (await app.inject('/sns/jscode2session?js_code=0a1b2c3d4e')).json();
    const b = (await app.inject('/sns/jscode2session?js_code=0a1b2c3d4e')).json();
    expect(a.openid).toBe(b.openid);
    const binding = (await app.inject(`/identity/wechat-bindings/${a.openid}`)).json();
    expect(binding.personaId).toMatch(/^r\d{3}$/);
  });

  it('answers invalid codes with WeChat errcode 40029 and HTTP 200', async () => {
    for (const code of ['abc', 'bad-code-123', 'persona:r999']) {
      const res = await app.inject(`/sns/jscode2session?js_code=${code}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ errcode: 40029, errmsg: 'invalid code' });
    }
    expect((await app.inject('/identity/wechat-bindings/ounknown')).statusCode).toBe(404);
  });
});
