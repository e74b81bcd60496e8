import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { sql } from 'drizzle-orm';
import { loadConfig, databaseTarget } from '../../config';
import { openDatabase, isUniqueViolation, type Database } from '.';
import { openSharedState } from '../shared-state';
import { createTestDatabase, testEngine } from '../../test/harness';

const dir = mkdtempSync(path.join(tmpdir(), 'zsb-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('engine by configuration', () => {
  it('keeps SQLite when DATABASE_URL is unset or file:, and switches to PostgreSQL for postgres://', () => {
    expect(databaseTarget(loadConfig({} as NodeJS.ProcessEnv)).engine).toBe('sqlite');
    expect(databaseTarget(loadConfig({ DATABASE_URL: 'file:./data/x.db' } as NodeJS.ProcessEnv))).toEqual({ engine: 'sqlite', file: path.resolve('./data/x.db') });
    expect(databaseTarget(loadConfig({ DATABASE_URL: 'postgres://u:p@db.internal:5432/zsb' } as NodeJS.ProcessEnv))).toEqual({ engine: 'postgres', url: 'postgres://u:p@db.internal:5432/zsb' });
  });

  it('names DATABASE_URL or REDIS_URL when either is malformed', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/zsb' } as NodeJS.ProcessEnv)).toThrow(/DATABASE_URL: expected file:/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://' } as NodeJS.ProcessEnv)).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' } as NodeJS.ProcessEnv)).toThrow(/REDIS_URL: expected redis:/);
  });

  it('refuses more than one instance without Redis, saying why', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/zsb', INSTANCES: '3' } as NodeJS.ProcessEnv)).toThrow(/REDIS_URL: INSTANCES=3 needs Redis/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/zsb', INSTANCES: '3', REDIS_URL: 'redis://h:6379' } as NodeJS.ProcessEnv)).not.toThrow();
  });

  it('retries an unreachable PostgreSQL with backoff, then names DATABASE_URL (without the password)', async () => {
    const retries: string[] = [];
    const t0 = Date.now();
    await expect(openDatabase({ engine: 'postgres', url: 'postgres://zsb:secret@127.0.0.1:1/zsb' }, { connectAttempts: 3, log: (m) => retries.push(m) }))
      .rejects.toThrow(/^DATABASE_URL: cannot reach PostgreSQL at postgres:\/\/zsb:\*\*\*@127\.0\.0\.1:1\/zsb after 3 attempts/);
    expect(retries).toHaveLength(2);
    // 250 ms, then about 500 ms (with jitter) between the attempts.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
  });

  it('names REDIS_URL when Redis cannot be reached', async () => {
    await expect(openSharedState('redis://127.0.0.1:1')).rejects.toThrow(/^REDIS_URL: cannot reach Redis/);
  });

  it('stops the server at start-up with a one-line message naming the variable', () => {
    const tsx = path.resolve('node_modules/.bin/tsx');
    const r = spawnSync(tsx, ['src/server.ts'], { env: { ...process.env, DATABASE_URL: 'mysql://nope', PORT: '0' }, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/did not start: Invalid configuration:\s+DATABASE_URL: expected file:/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

async function openTestDatabase(): Promise<{ db: Database; drop(): Promise<void> }> {
  if (testEngine() === 'postgres') {
    const t = await createTestDatabase();
    const db = await openDatabase({ engine: 'postgres', url: t.url });
    return { db, drop: async () => { await db.close(); await t.drop(); } };
  }
  const db = await openDatabase({ engine: 'sqlite', file: path.join(dir, `t${Math.random()}.db`) });
  return { db, drop: () => db.close() };
}

describe('SQLite checkpoints', () => {
  it('copies the WAL into the database file from a thread of its own, not inside request commits', async () => {
    const file = path.join(dir, 'checkpoints.db');
    const db = await openDatabase({ engine: 'sqlite', file });
    try {
      // The request connection itself would only checkpoint past 100,000 WAL pages: a growing database
      // file within a few seconds can only be the checkpointing thread's work.
      const before = statSync(file).size;
      const { leases } = db.schema;
      for (let i = 0; i < 2_000; i++) await db.q.insert(leases).values({ name: `lease-${i}-${'x'.repeat(400)}`, holder: 'test', expiresAt: i });
      let after = statSync(file).size;
      for (let waited = 0; after <= before + 500_000 && waited < 5_000; waited += 100) {
        await new Promise((r) => setTimeout(r, 100));
        after = statSync(file).size;
      }
      expect(after).toBeGreaterThan(before + 500_000);
    } finally {
      await db.close();
    }
  });
});

describe(`transactions on ${testEngine()}`, () => {
  it('commits, rolls back, and undoes only a failed savepoint inside a transaction', async () => {
    const { db, drop } = await openTestDatabase();
    const { leases } = db.schema;
    try {
      await db.transaction(async () => {
        await db.q.insert(leases).values({ name: 'a', holder: 'x', expiresAt: 1 });
        await expect(db.transaction(async () => {
          await db.q.insert(leases).values({ name: 'b', holder: 'x', expiresAt: 1 });
          await db.q.insert(leases).values({ name: 'a', holder: 'y', expiresAt: 2 });
        })).rejects.toSatisfy(isUniqueViolation);
        await db.q.insert(leases).values({ name: 'c', holder: 'x', expiresAt: 1 });
      });
      await expect(db.transaction(async () => {
        await db.q.insert(leases).values({ name: 'd', holder: 'x', expiresAt: 1 });
        throw new Error('changed my mind');
      })).rejects.toThrow('changed my mind');
      const names = (await db.q.select({ name: leases.name }).from(leases)).map((r) => r.name).sort();
      expect(names).toEqual(['a', 'c']);
    } finally {
      await drop();
    }
  });

  it('runs afterCommit callbacks once the outermost transaction has committed, where other connections see its rows, and drops them on rollback', async () => {
    const { db, drop } = await openTestDatabase();
    const { leases } = db.schema;
    try {
      const seen: string[][] = [];
      const look = () => { void db.q.select({ name: leases.name }).from(leases).then((rows) => seen.push(rows.map((r) => r.name))); };
      await db.transaction(async () => {
        await db.q.insert(leases).values({ name: 'kept', holder: 'x', expiresAt: 1 });
        await db.transaction(async () => { db.afterCommit(look); });
        expect(seen).toEqual([]);
      });
      await expect(db.transaction(async () => {
        db.afterCommit(() => seen.push(['rolled back']));
        throw new Error('no');
      })).rejects.toThrow('no');
      let outside = false;
      db.afterCommit(() => { outside = true; });
      await expect.poll(() => seen).toEqual([['kept']]);
      expect(outside).toBe(true);
    } finally {
      await drop();
    }
  });

  it('runs prepared statements outside and inside a transaction', async () => {
    const { db, drop } = await openTestDatabase();
    const { leases } = db.schema;
    try {
      const insert = db.prepared('lease_insert_test', (q) => q.insert(leases).values({ name: sql.placeholder('name'), holder: 'p', expiresAt: 5 }).returning({ name: leases.name }));
      expect(await insert({ name: 'outside' })).toEqual([{ name: 'outside' }]);
      await expect(db.transaction(async () => {
        await insert({ name: 'inside-rolled-back' });
        throw new Error('roll back');
      })).rejects.toThrow();
      expect((await db.q.select().from(leases)).map((r) => r.name)).toEqual(['outside']);
    } finally {
      await drop();
    }
  });
});

