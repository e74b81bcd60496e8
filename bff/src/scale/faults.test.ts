import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sampleFormData } from '../features/cases/cases.test-support';
import { api, login, startCluster, type Cluster } from './cluster';

// Durability under faults on PostgreSQL with two instances: whatever was acknowledged (a 2xx with
// an id) is in the database afterwards, whichever instance or server went down in between.
let cluster: Cluster;
let sql: pg.Client;
let windows: { id: string; departmentCode: string }[];
let residents: Awaited<ReturnType<typeof login>>[];
let checker: Awaited<ReturnType<typeof login>>;
let form: Record<string, unknown>;

beforeAll(async () => {
  cluster = await startCluster({ instances: 2, env: { RATING_LIMITS_ENABLED: 'false', RATE_LIMIT_WRITES_ENABLED: 'false' } });
  sql = new pg.Client({ connectionString: cluster.databaseUrl });
  await sql.connect();
  const halls = (await api(cluster.url, 'GET', '/api/v1/halls')).json;
  windows = halls.items.flatMap((h: { windows: { id: string; departmentCode: string }[] }) => h.windows).slice(0, 6);
  residents = await Promise.all(['r001', 'r002', 'r003', 'r004'].map((p) => login(cluster.url, p)));
  checker = await login(cluster.url, 'staff-gaj');
  const guide = (await api(cluster.url, 'GET', '/api/v1/services/GJJ-0012', { headers: residents[0]!.auth })).json;
  form = sampleFormData(guide.form);
});
afterAll(async () => {
  await sql?.end();
  await cluster?.close();
});

interface Acknowledged { ratings: string[]; cases: string[]; verifications: string[]; failures: number; okAfterFault: number }

/** Ratings, case submissions and verifications from `workers` loops through the balancer until `untilMs`. */
async function load(untilMs: number, faultAt: number, workers = 8): Promise<Acknowledged> {
  const ack: Acknowledged = { ratings: [], cases: [], verifications: [], failures: 0, okAfterFault: 0 };
  let seq = 0;
  const one = async (w: number) => {
    const n = ++seq;
    const kind = n % 3;
    try {
      if (kind === 0) {
        const win = windows[n % windows.length]!;
        const r = await api(cluster.url, 'POST', '/api/v1/ratings', { body: {
          channel: 'window', windowId: win.id, itemCode: `${win.departmentCode.toUpperCase()}-0001`, overall: 5,
          indicators: { serviceEfficiency: 5, serviceLevel: 5, serviceAttitude: 5 },
        }, headers: { 'x-device-id': `device-${w}-${n}` } });
        if (r.status === 201) ack.ratings.push(r.json.rating?.id ?? r.json.id);
        else ack.failures++;
        if (r.status === 201 && Date.now() > faultAt) ack.okAfterFault++;
      } else if (kind === 1) {
        const who = residents[n % residents.length]!;
        const r = await api(cluster.url, 'POST', '/api/v1/cases', { headers: { ...who.auth, 'idempotency-key': `fault-${Date.now()}-${n}` }, body: { itemCode: 'GJJ-0012', form, materials: [] } });
        if (r.status === 201) ack.cases.push(r.json.id);
        else ack.failures++;
        if (r.status === 201 && Date.now() > faultAt) ack.okAfterFault++;
      } else {
        const who = residents[n % residents.length]!;
        const wallet = await api(cluster.url, 'GET', '/api/v1/wallet', { headers: who.auth });
        const card = wallet.json?.certificates?.find((c: { kind: string }) => c.kind === 'id_card');
        if (!card) { ack.failures++; return; }
        const p = await api(cluster.url, 'POST', `/api/v1/wallet/${card.id}/presentations`, { headers: who.auth, body: { fields: ['name'], purpose: '故障演练' } });
        if (p.status !== 201) { ack.failures++; return; }
        const v = await api(cluster.url, 'POST', '/api/v1/verify', { headers: checker.auth, body: { token: p.json.token } });
        if (v.status === 200 && v.json.result === 'valid') ack.verifications.push(p.json.id);
        else ack.failures++;
        if (v.status === 200 && Date.now() > faultAt) ack.okAfterFault++;
      }
    } catch {
      ack.failures++;
    }
  };
  await Promise.all(Array.from({ length: workers }, async (_, w) => {
    while (Date.now() < untilMs) await one(w);
  }));
  return ack;
}

async function expectAllStored(ack: Acknowledged) {
  const has = async (table: string, column: string, ids: string[]) => {
    if (ids.length === 0) return;
    const r = await sql.query(`select count(distinct ${column})::int as n from ${table} where ${column} = any($1)`, [ids]);
    expect(r.rows[0].n, `${table}: every acknowledged id stored`).toBe(new Set(ids).size);
  };
  await has('ratings', 'id', ack.ratings);
  await has('cases', 'id', ack.cases);
  await has('presentations', 'id', ack.verifications);
  const used = await sql.query(`select count(*)::int as n from presentations where id = any($1) and use_count >= 1`, [ack.verifications]);
  expect(used.rows[0].n).toBe(new Set(ack.verifications).size);
}

describe('faults under load on PostgreSQL with two instances', () => {
  it('keeps every acknowledged write when one instance is killed with -9, keeps answering, and lets it rejoin', async () => {
    const start = Date.now();
    const faultAt = start + 2500;
    const killer = (async () => {
      await new Promise((r) => setTimeout(r, faultAt - Date.now()));
      await cluster.kill(0);
      await new Promise((r) => setTimeout(r, 2500));
      await cluster.restart(0);
    })();
    const ack = await load(start + 8000, faultAt + 500);
    await killer;
    expect(ack.ratings.length + ack.cases.length + ack.verifications.length).toBeGreaterThan(30);
    // The survivor answered while the other was down.
    expect(ack.okAfterFault).toBeGreaterThan(5);
    await expectAllStored(ack);
    // The killed instance is back and serving.
    expect((await api(cluster.instances[0]!.url, 'GET', '/api/health')).status).toBe(200);
  });

  it('keeps every acknowledged write across a Redis restart, and serves again afterwards', async () => {
    const start = Date.now();
    const faultAt = start + 2000;
    const restarter = (async () => {
      await new Promise((r) => setTimeout(r, faultAt - Date.now()));
      await cluster.redis.restart();
    })();
    const ack = await load(start + 7000, faultAt + 2000);
    await restarter;
    expect(ack.ratings.length + ack.cases.length + ack.verifications.length).toBeGreaterThan(30);
    expect(ack.okAfterFault).toBeGreaterThan(5);
    await expectAllStored(ack);
    for (const inst of cluster.instances) expect((await api(inst.url, 'GET', '/api/health')).status).toBe(200);
  });
});
