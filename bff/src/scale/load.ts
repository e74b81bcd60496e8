import { and, count, gte, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { sampleFormData } from '../features/cases/cases.test-support';
import { openDatabase } from '../platform/db';
import { api, login, type Cluster } from './cluster';

/** What the load got acknowledged (a 2xx with an id), and how it went around the fault. */
export interface Acknowledged { ratings: string[]; cases: string[]; verifications: string[]; failures: number; okAfterFault: number }

export interface Load {
  /** Ratings, case submissions and verifications from `workers` loops through the cluster's front until `untilMs`. */
  run(untilMs: number, faultAt: number, workers?: number): Promise<Acknowledged>;
}

export async function prepareLoad(cluster: Cluster): Promise<Load> {
  const halls = (await api(cluster.url, 'GET', '/api/v1/halls')).json;
  const windows: { id: string; departmentCode: string }[] = halls.halls.flatMap((h: { windows: { id: string; departmentCode: string }[] }) => h.windows).slice(0, 6);
  const residents = await Promise.all(['r001', 'r002', 'r003', 'r004'].map((p) => login(cluster.url, p)));
  const checker = await login(cluster.url, 'staff-gaj');
  const guide = (await api(cluster.url, 'GET', '/api/v1/services/GJJ-0012', { headers: residents[0]!.auth })).json;
  const form = sampleFormData(guide.form);
  const cards = await Promise.all(residents.map(async (who) => {
    const wallet = await api(cluster.url, 'GET', '/api/v1/wallet', { headers: who.auth });
    return wallet.json.certificates.find((c: { kind: string }) => c.kind === 'id_card').id as string;
  }));
  let seq = 0;
  return {
    async run(untilMs, faultAt, workers = 8) {
      const ack: Acknowledged = { ratings: [], cases: [], verifications: [], failures: 0, okAfterFault: 0 };
      const counted = (ok: boolean) => {
        if (!ok) ack.failures++;
        else if (Date.now() > faultAt) ack.okAfterFault++;
      };
      const one = async (w: number) => {
        const n = ++seq;
        const who = n % residents.length;
        try {
          if (n % 3 === 0) {
            const win = windows[n % windows.length]!;
            const r = await api(cluster.url, 'POST', '/api/v1/ratings', { body: {
              channel: 'window', windowId: win.id, itemCode: `${win.departmentCode.toUpperCase()}-0001`, overall: 5,
              indicators: { serviceEfficiency: 5, serviceLevel: 5, serviceAttitude: 5 },
            }, headers: { 'x-device-id': `device-${w}-${n}` } });
            if (r.status === 201) ack.ratings.push(r.json.rating?.id ?? r.json.id);
            counted(r.status === 201);
          } else if (n % 3 === 1) {
            const r = await api(cluster.url, 'POST', '/api/v1/cases', { headers: { ...residents[who]!.auth, 'idempotency-key': `fault-${Date.now()}-${n}` }, body: { itemCode: 'GJJ-0012', form, materials: [] } });
            if (r.status === 201) ack.cases.push(r.json.id);
            counted(r.status === 201);
          } else {
            const p = await api(cluster.url, 'POST', `/api/v1/wallet/${cards[who]}/presentations`, { headers: residents[who]!.auth, body: { fields: ['name'], purpose: '故障演练' } });
            if (p.status !== 201) { counted(false); return; }
            const v = await api(cluster.url, 'POST', '/api/v1/verify', { headers: checker.auth, body: { token: p.json.token } });
            const ok = v.status === 200 && v.json.result === 'valid';
            if (ok) ack.verifications.push(p.json.id);
            counted(ok);
          }
        } catch {
          counted(false);
        }
      };
      await Promise.all(Array.from({ length: workers }, async (_, w) => {
        while (Date.now() < untilMs) await one(w);
      }));
      return ack;
    },
  };
}

/** Every acknowledged id is in the database (and every verified code is spent). */
export async function expectAllStored(cluster: Cluster, ack: Acknowledged) {
  const target = cluster.databaseUrl.startsWith('file:')
    ? { engine: 'sqlite' as const, file: cluster.databaseUrl.slice('file:'.length) }
    : { engine: 'postgres' as const, url: cluster.databaseUrl };
  const db = await openDatabase(target, { migrate: false });
  try {
    const { ratings, cases, presentations } = db.schema;
    const n = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? 0;
    const unique = (ids: string[]) => [...new Set(ids)];
    if (ack.ratings.length) expect(await n(db.q.select({ n: count() }).from(ratings).where(inArray(ratings.id, unique(ack.ratings)))), 'acknowledged ratings stored').toBe(unique(ack.ratings).length);
    if (ack.cases.length) expect(await n(db.q.select({ n: count() }).from(cases).where(inArray(cases.id, unique(ack.cases)))), 'acknowledged cases stored').toBe(unique(ack.cases).length);
    if (ack.verifications.length) {
      expect(await n(db.q.select({ n: count() }).from(presentations).where(and(inArray(presentations.id, unique(ack.verifications)), gte(presentations.useCount, 1)))), 'verified codes spent')
        .toBe(unique(ack.verifications).length);
    }
  } finally {
    await db.close();
  }
}
