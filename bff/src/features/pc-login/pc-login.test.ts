import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack, type Session } from '../../test/harness';

let stack: Stack;
let a: Session;
beforeAll(async () => {
  stack = await startStack();
  a = await stack.login('r001');
});
afterAll(async () => { await stack.close(); });

const create = () => stack.app.inject({ method: 'POST', url: '/api/v1/pc-login/sessions', headers: { origin: 'http://127.0.0.1:3000', 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Chrome/120' }, payload: {} });
const poll = (id: string, pollToken: string) => stack.app.inject({ method: 'GET', url: `/api/v1/pc-login/sessions/${id}?pollToken=${pollToken}` });
const confirm = (s: Session, id: string) => s.inject({ method: 'POST', url: `/api/v1/pc-login/sessions/${id}/confirm` });

describe('扫码登录', () => {
  it('shows the site, signs the PC in once, and refuses the code afterwards', async () => {
    const c = await create();
    expect(c.statusCode).toBe(201);
    const s = c.json();
    expect(s.qrText).toMatch(/^zsb1:pc:/);
    expect(Date.parse(s.expiresAt) - Date.now()).toBeGreaterThan(110_000);
    expect(Date.parse(s.expiresAt) - Date.now()).toBeLessThanOrEqual(120_000);
    expect((await poll(s.id, s.pollToken)).json().status).toBe('pending');

    const scanned = (await a.inject({ method: 'POST', url: '/api/v1/scan', payload: { text: s.qrText } })).json();
    expect(scanned).toMatchObject({ kind: 'pc_login', site: 'http://127.0.0.1:3000', device: 'Windows · Chrome' });
    expect((await confirm(a, s.id)).json()).toEqual({ site: 'http://127.0.0.1:3000', device: 'Windows · Chrome' });

    expect((await poll(s.id, 'x'.repeat(32))).statusCode).toBe(404);
    const signedIn = (await poll(s.id, s.pollToken)).json();
    expect(signedIn.status).toBe('signed_in');
    const me = await stack.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${signedIn.session.accessToken}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().userId).toBe((await a.inject({ method: 'GET', url: '/api/v1/me' })).json().userId);
    // Once: a second poll gets no session, the code cannot be confirmed or scanned again.
    expect((await poll(s.id, s.pollToken)).json()).toEqual({ status: 'signed_in', expiresAt: s.expiresAt });
    const b = await stack.login('r002');
    expect((await confirm(b, s.id)).json().code).toBe('CODE_USED');
    expect((await b.inject({ method: 'POST', url: '/api/v1/scan', payload: { text: s.qrText } })).json().code).toBe('CODE_USED');
    expect((await stack.rows('pcLoginSessions', { id: s.id }))[0]).toMatchObject({ status: 'signed_in' });
  });

  it('expires after two minutes', async () => {
    const s = (await create()).json();
    stack.app.pcLogin.clock.now = () => Date.now() + 121_000;
    try {
      const scanned = await a.inject({ method: 'POST', url: '/api/v1/scan', payload: { text: s.qrText } });
      expect([scanned.statusCode, scanned.json().code]).toEqual([410, 'CODE_EXPIRED']);
      expect((await confirm(a, s.id)).statusCode).toBe(410);
      expect((await poll(s.id, s.pollToken)).json().status).toBe('expired');
    } finally {
      stack.app.pcLogin.clock.now = () => Date.now();
    }
    expect((await stack.rows('pcLoginSessions', { id: s.id }))[0]).toMatchObject({ status: 'pending', userId: null });
  });

  it('lets only one of two simultaneous confirmations win', async () => {
    const s = (await create()).json();
    const b = await stack.login('r002');
    const r = await Promise.all([confirm(a, s.id), confirm(b, s.id)]);
    expect(r.map((x) => x.statusCode).sort()).toEqual([200, 409]);
  });

  it('serves the page that shows the QR and polls', async () => {
    const page = await stack.app.inject({ method: 'GET', url: '/pc-login' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('/pc-login.js');
    const js = await stack.app.inject({ method: 'GET', url: '/pc-login.js' });
    expect(js.body).toContain('/api/v1/pc-login/sessions');
  });
});
