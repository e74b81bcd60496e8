import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { startStack, type Stack } from '../test/harness';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack.close(); });

describe('platform', () => {
  it('reports health with upstream reachability', async () => {
    const r = await stack.app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json().status).toBe('ok');
    expect(r.json().upstreams.certificates).toBe('up');
  });

  it('serves the OpenAPI document generated from the shared contracts', async () => {
    const r = await stack.app.inject({ method: 'GET', url: '/docs/json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(doc.paths['/api/v1/wallet']).toBeTruthy();
    expect(doc.paths['/api/v1/auth/login'].post.requestBody).toBeTruthy();
  });

  it('answers unknown routes with a problem+json 404', async () => {
    const r = await stack.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('keeps ID numbers, phone numbers, names and tokens out of the logs', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _enc, cb) { lines.push(chunk.toString()); cb(); } });
    const app = await buildApp({ ...stack.config, logLevel: 'info', databaseFile: `${stack.dataDir}/log-test.db` }, { logStream: stream });
    const a = await app.inject({ method: 'POST', url: '/api/v1/auth/authorize', payload: { personaId: 'r001' } });
    const l = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { code: a.json().code } });
    const token = l.json().accessToken as string;
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    const [user] = await app.database.q.select().from(app.database.schema.users).limit(1);
    const row = { id_number: user!.idNumber, phone: user!.phone!, name: user!.name };
    // A URL carrying an ID number is logged with it masked.
    await app.inject({ method: 'GET', url: `/api/v1/wallet/${row.id_number}`, headers: { authorization: `Bearer ${token}` } });
    app.log.info({ user: { idNumber: row.id_number, phone: row.phone, name: row.name } }, 'a careless log line');
    await app.close();
    const log = lines.join('');
    expect(me.statusCode).toBe(200);
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(row.id_number);
    expect(log).not.toContain(row.phone);
    expect(log).not.toContain(row.name);
    expect(log).not.toContain(token);
  });
});
