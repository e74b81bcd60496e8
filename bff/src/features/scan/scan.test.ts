import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeSigner } from '../../platform/signed-codes';
import { startStack, type Stack, type Session } from '../../test/harness';
import { certificateOf, present } from '../presentation/presentation.testing';

let stack: Stack;
let a: Session;
beforeAll(async () => {
  stack = await startStack();
  a = await stack.login('r001');
});
afterAll(async () => { await stack.close(); });

const scan = (s: Pick<Session, 'inject'>, text: unknown) => s.inject({ method: 'POST', url: '/api/v1/scan', payload: { text } });

async function refused(text: unknown, status = 422, code = 'UNKNOWN_CODE') {
  const r = await scan(a, text);
  expect(r.statusCode).toBe(status);
  expect(String(r.headers['content-type'])).toContain('application/problem+json');
  expect(r.json().code).toBe(code);
  return r.json();
}

describe('扫一扫', () => {
  it('routes a window rating link, a 亮证码, a hall code and a PC sign-in code to their pages', async () => {
    const rate = (await stack.app.inject({ method: 'GET', url: '/api/v1/windows/H330100-W05/qr' })).json();
    expect((await scan(a, rate.url)).json()).toEqual({ kind: 'window_rating', windowId: 'H330100-W05', path: '/pages/rate/index', query: { windowId: 'H330100-W05' } });

    const token = (await present(a, (await certificateOf(a, 'id_card')).id, { claims: ['age_over_18'] })).json().token;
    expect((await scan(a, token)).json()).toMatchObject({ kind: 'presentation', token, path: '/certs/pages/verify/index' });

    const hall = (await stack.app.inject({ method: 'GET', url: '/api/v1/halls/H330102/checkin-code' })).json();
    expect((await scan(a, hall.text)).json()).toMatchObject({ kind: 'hall_checkin', hallId: 'H330102', hallName: '上城区政务服务中心', appointmentId: null, path: '/hall/pages/checkin/index' });

    const pc = (await stack.app.inject({ method: 'POST', url: '/api/v1/pc-login/sessions', headers: { origin: 'https://www.zsb.example.gov.cn' }, payload: {} })).json();
    expect((await scan(a, pc.qrText)).json()).toMatchObject({ kind: 'pc_login', sessionId: pc.id, site: 'https://www.zsb.example.gov.cn', path: '/hall/pages/pc-login/index' });
  });

  it('gives a case hand-off code to its owner and resolves it for staff only', async () => {
    const signer = new CodeSigner(stack.config.hall.codeSecret);
    const clerk = await stack.login('staff-gjj');
    expect((await a.inject({ method: 'GET', url: '/api/v1/cases/00000000-0000-0000-0000-000000000000/handoff-code' })).statusCode).toBe(404);
    const code = signer.sign('case', ['00000000-0000-0000-0000-000000000000', 'pickup']);
    expect((await scan(a, code)).statusCode).toBe(403);
    expect((await scan(clerk, code)).statusCode).toBe(404); // no such case: nothing to open
  });

  it('refuses forged, foreign, random and oversized codes with problem+json and writes nothing', async () => {
    const before = await stack.count('pcLoginSessions');
    const hall = (await stack.app.inject({ method: 'GET', url: '/api/v1/halls/H330100/checkin-code' })).json().text as string;
    // Another hall's id under this hall's signature.
    await refused(hall.replace('H330100', 'H330102'), 422, 'UNKNOWN_CODE');
    // The right shape signed with another secret.
    await refused(new CodeSigner('someone-elses-secret-0123456789').sign('hall', ['H330100']));
    await refused(`${hall.slice(0, -2)}AA`);
    await refused('zsb2:hall:H330100:AAAAAAAAAAAAAAAAAAAAAA');
    await refused('https://evil.example.com/#/pages/rate/index?windowId=H330100-W05');
    await refused('http://127.0.0.1:3000/#/pages/rate/index?windowId=H330100-W99');
    await refused('https://weixin.qq.com/r/abcdef');
    await refused('6901234567892');
    await refused('eyJhbGciOiJFZERTQSJ9.eyJmb28iOiJiYXIifQ.' + 'A'.repeat(86));
    const garbage = Array.from({ length: 10_240 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('');
    const big = await scan(a, garbage);
    expect(big.statusCode).toBeGreaterThanOrEqual(400);
    expect(big.statusCode).toBeLessThan(500);
    expect(String(big.headers['content-type'])).toContain('application/problem+json');
    expect((await scan(a, 42)).statusCode).toBe(400);
    expect((await stack.app.inject({ method: 'POST', url: '/api/v1/scan', payload: { text: hall } })).statusCode).toBe(401);
    expect(await stack.count('pcLoginSessions')).toBe(before);
  });
});
