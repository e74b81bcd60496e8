import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { api, login, startCluster, type Cluster } from './cluster';

// Two BFF processes behind nginx on one PostgreSQL and one Redis: what one instance does, the other knows.
let cluster: Cluster;
let sql: pg.Client;

beforeAll(async () => {
  cluster = await startCluster({ instances: 2, env: { LOGIN_RATE_LIMIT_PER_MINUTE: '8', PRESENTATION_KEY_PUBLISH_LEAD_SECONDS: '1' } });
  sql = new pg.Client({ connectionString: cluster.databaseUrl });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await cluster?.close();
});

const [A, B] = [0, 1];
const at = (i: number) => cluster.instances[i]!.url;

describe('two instances behind a load balancer', () => {
  it('count one sign-in limit across both instances', async () => {
    // One client (its address forwarded by nginx, the trusted proxy); the calls alternate between the
    // instances, and each alone would allow 8.
    const client = { 'x-forwarded-for': '203.0.113.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await api(cluster.url, 'POST', '/api/v1/auth/login', { headers: client, body: { code: `not-a-code-${i}`, channel: 'h5' } });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 8).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429, 429, 429]);
    // Another client through the same balancer is not affected.
    expect((await api(cluster.url, 'POST', '/api/v1/auth/login', { headers: { 'x-forwarded-for': '203.0.113.8' }, body: { code: 'x', channel: 'h5' } })).status).toBe(401);
  });

  it('answers replayed when a single-use 亮证码 spent on one instance is scanned on the other', async () => {
    const holder = await login(at(A), 'r001');
    const checker = await login(at(B), 'staff-gaj');
    const wallet = await api(at(A), 'GET', '/api/v1/wallet', { headers: holder.auth });
    const idCard = wallet.json.certificates.find((c: { kind: string }) => c.kind === 'id_card');
    const p = await api(at(A), 'POST', `/api/v1/wallet/${idCard.id}/presentations`, { headers: holder.auth, body: { fields: ['name'], purpose: '酒店入住登记' } });
    expect(p.status).toBe(201);
    expect((await api(at(A), 'POST', '/api/v1/verify', { headers: checker.auth, body: { token: p.json.token } })).json.result).toBe('valid');
    expect((await api(at(B), 'POST', '/api/v1/verify', { headers: checker.auth, body: { token: p.json.token } })).json.result).toBe('replayed');
  });

  it('verifies on one instance a code signed with a key rotated on the other', async () => {
    const operator = await login(at(A), 'operator-1');
    const before = (await api(at(B), 'GET', '/.well-known/jwks.json')).json.keys.map((k: { kid: string }) => k.kid);
    const rotated = await api(at(A), 'POST', '/api/v1/admin/signing-keys/rotate', { headers: operator.auth, body: { publishLeadSeconds: 1 } });
    expect(rotated.status).toBeLessThan(300);
    // Published on B before it signs anywhere…
    const jwks = (await api(at(B), 'GET', '/.well-known/jwks.json')).json.keys.map((k: { kid: string }) => k.kid);
    const newKid = jwks.find((k: string) => !before.includes(k));
    expect(newKid).toBeDefined();
    await new Promise((r) => setTimeout(r, 1500));
    // …then A signs with it and B verifies.
    const holder = await login(at(A), 'r002');
    const wallet = await api(at(A), 'GET', '/api/v1/wallet', { headers: holder.auth });
    const idCard = wallet.json.certificates.find((c: { kind: string }) => c.kind === 'id_card');
    const p = await api(at(A), 'POST', `/api/v1/wallet/${idCard.id}/presentations`, { headers: holder.auth, body: { fields: ['name'], purpose: '酒店入住登记' } });
    const header = JSON.parse(Buffer.from(p.json.token.split('.')[0], 'base64url').toString());
    expect(header.kid).toBe(newKid);
    const checker = await login(at(B), 'staff-gaj');
    expect((await api(at(B), 'POST', '/api/v1/verify', { headers: checker.auth, body: { token: p.json.token } })).json.result).toBe('valid');
  });

  it('drops a cached wallet on the other instance when one instance invalidates it', async () => {
    const holder = await login(at(A), 'r003');
    const list = async (i: number) => (await api(at(i), 'GET', '/api/v1/wallet', { headers: holder.auth })).json.certificates as { id: string; status: string }[];
    const first = await list(B);
    const target = first[0]!;
    expect(target.status).not.toBe('revoked');
    // The certificate library revokes it; B still answers from its cache…
    await fetch(`${cluster.sandboxUrl}/_control/certificates/${target.id}/revoke`, { method: 'POST' });
    expect((await list(B)).find((c) => c.id === target.id)!.status).toBe(target.status);
    // …until the holder pulls to refresh on A, which invalidates everywhere.
    expect((await api(at(A), 'POST', '/api/v1/wallet/refresh', { headers: holder.auth })).status).toBe(204);
    await new Promise((r) => setTimeout(r, 200));
    expect((await list(B)).find((c) => c.id === target.id)!.status).toBe('revoked');
  });

  it('sends a due expiry reminder once when both instances sweep at the same moment', async () => {
    const s = await login(cluster.url, 'r009');
    // Both instances restart together: each sweeps at start, racing for the same due certificate.
    await Promise.all([cluster.kill(A), cluster.kill(B)]);
    await Promise.all([cluster.restart(A), cluster.restart(B)]);
    let reminders: { body: string }[] = [];
    for (let i = 0; i < 50 && reminders.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const inbox = await api(cluster.url, 'GET', '/api/v1/messages', { headers: s.auth });
      if (inbox.status === 200) reminders = inbox.json.items.filter((m: { kind: string }) => m.kind === 'expiry_reminder');
    }
    await new Promise((r) => setTimeout(r, 1000));
    const inbox = await api(cluster.url, 'GET', '/api/v1/messages', { headers: s.auth });
    reminders = inbox.json.items.filter((m: { kind: string }) => m.kind === 'expiry_reminder');
    expect(reminders.map((m) => m.body)).toEqual([expect.stringMatching(/^您的居民身份证将于 .* 到期/)]);
    // Every due reminder once, for everyone who signed in (r009 and the residents of the tests above).
    const rows = await sql.query(`select count(*)::int as n, count(distinct (user_id, body))::int as d from messages where kind = 'expiry_reminder'`);
    expect(rows.rows[0].n).toBeGreaterThanOrEqual(1);
    expect(rows.rows[0].n).toBe(rows.rows[0].d);
  });
});
