import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, isUniqueViolation, type Database } from './db';
import { GroupCommit } from './group-commit';
import { createTestDatabase, testEngine } from '../test/harness';

const dir = mkdtempSync(path.join(tmpdir(), 'zsb-group-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(): Promise<{ db: Database; drop(): Promise<void> }> {
  if (testEngine() === 'postgres') {
    const t = await createTestDatabase();
    const db = await openDatabase({ engine: 'postgres', url: t.url });
    return { db, drop: async () => { await db.close(); await t.drop(); } };
  }
  const db = await openDatabase({ engine: 'sqlite', file: path.join(dir, `g${Math.random()}.db`) });
  return { db, drop: () => db.close() };
}

describe(`group commit on ${testEngine()}`, () => {
  it('commits writes of one turn together, undoes a failing one alone, and answers each after the commit', async () => {
    const { db, drop } = await open();
    const { leases } = db.schema;
    try {
      const groups: number[] = [];
      let size = 0;
      const commits = new GroupCommit(db, {
        begin: () => { size = 0; },
        mark: () => size,
        rollbackTo: (m) => { size = m; },
        beforeCommit: async () => { groups.push(size); },
        abort: () => {},
      });
      const write = (name: string) => commits.run(async () => {
        await db.q.insert(leases).values({ name, holder: 'g', expiresAt: 1 });
        size++;
        return name;
      });
      const results = await Promise.allSettled([write('a'), write('b'), write('a'), write('c')]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect(isUniqueViolation((results[2] as PromiseRejectedResult).reason)).toBe(true);
      // One group of four writes, one of which was rolled back to its savepoint.
      expect(groups).toEqual([3]);
      expect((await db.q.select().from(leases)).map((r) => r.name).sort()).toEqual(['a', 'b', 'c']);

      // Writes that arrive while a group is committing form the next group, never a parallel one.
      const many = await Promise.all(Array.from({ length: 50 }, (_, i) => write(`n${i}`)));
      expect(many).toHaveLength(50);
      expect(groups.slice(1).reduce((a, b) => a + b, 0)).toBe(50);
      expect(await db.q.select().from(leases)).toHaveLength(53);
    } finally {
      await drop();
    }
  });
});
