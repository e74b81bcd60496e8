import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './db';
import { Leases } from './lease';
import { createTestDatabase, testEngine } from '../test/harness';

const dir = mkdtempSync(path.join(tmpdir(), 'zsb-lease-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Two instances = two connections (pools) to one database.
async function twoConnections(): Promise<{ a: Database; b: Database; drop(): Promise<void> }> {
  if (testEngine() === 'postgres') {
    const t = await createTestDatabase();
    const a = await openDatabase({ engine: 'postgres', url: t.url });
    const b = await openDatabase({ engine: 'postgres', url: t.url, }, { migrate: false });
    return { a, b, drop: async () => { await a.close(); await b.close(); await t.drop(); } };
  }
  const file = path.join(dir, `l${Math.random()}.db`);
  const a = await openDatabase({ engine: 'sqlite', file });
  const b = await openDatabase({ engine: 'sqlite', file }, { migrate: false });
  return { a, b, drop: async () => { await a.close(); await b.close(); } };
}

describe(`leases on ${testEngine()}`, () => {
  it('lets exactly one of two racing instances run a sweep, and the other take over after expiry', async () => {
    const { a, b, drop } = await twoConnections();
    try {
      const la = new Leases(a, 'instance-a');
      const lb = new Leases(b, 'instance-b');
      for (let round = 0; round < 20; round++) {
        const name = `sweep-${round}`;
        const got = await Promise.all([la.acquire(name, 60_000), lb.acquire(name, 60_000)]);
        expect(got.filter(Boolean)).toHaveLength(1);
      }
      // The holder renews; the other can't steal it before it expires…
      expect(await la.acquire('job', 50)).toBe(true);
      expect(await la.acquire('job', 50)).toBe(true);
      expect(await lb.acquire('job', 50)).toBe(false);
      await new Promise((r) => setTimeout(r, 80));
      // …but takes over a crashed holder's job once the lease has expired.
      expect(await lb.acquire('job', 50)).toBe(true);
      expect(await la.acquire('job', 50)).toBe(false);
    } finally {
      await drop();
    }
  });

  it('runs the job of runExclusive on one instance when both try at once', async () => {
    const { a, b, drop } = await twoConnections();
    try {
      let runs = 0;
      const job = async () => { runs++; await new Promise((r) => setTimeout(r, 50)); };
      const ran = await Promise.all([new Leases(a, 'a').runExclusive('reminders', 10_000, job), new Leases(b, 'b').runExclusive('reminders', 10_000, job)]);
      expect(runs).toBe(1);
      expect(ran.filter(Boolean)).toHaveLength(1);
      // Released afterwards: the next round can run.
      expect(await new Leases(b, 'b').runExclusive('reminders', 10_000, job)).toBe(true);
      expect(runs).toBe(2);
    } finally {
      await drop();
    }
  });
});
