import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../db/client';
import { GroupCommit } from './verification.group-commit';

const { db, sqlite } = openDatabase(':memory:');
db.run(sql`create table t (v text primary key)`);
const rows = () => (sqlite.prepare('select v from t order by v').all() as { v: string }[]).map((r) => r.v);
afterAll(() => sqlite.close());

describe('group commit of verification writes', () => {
  it('commits writes queued in the same turn in one transaction, and resolves each with its own result', async () => {
    const writes = new GroupCommit(db);
    const inOneTransaction: boolean[] = [];
    const results = await Promise.all(['a', 'b', 'c'].map((v) => writes.run(() => {
      inOneTransaction.push(sqlite.inTransaction);
      db.run(sql`insert into t (v) values (${v})`);
      return v.toUpperCase();
    })));
    expect(results).toEqual(['A', 'B', 'C']);
    expect(inOneTransaction).toEqual([true, true, true]);
    expect(rows()).toEqual(['a', 'b', 'c']);
  });

  it('rolls back only the write that failed; the others commit and the failure reaches its caller alone', async () => {
    const writes = new GroupCommit(db);
    const outcomes = await Promise.allSettled([
      writes.run(() => db.run(sql`insert into t (v) values ('d')`)),
      writes.run(() => {
        db.run(sql`insert into t (v) values ('e')`);
        db.run(sql`insert into t (v) values ('d')`); // duplicate key: this write fails after inserting e
      }),
      writes.run(() => db.run(sql`insert into t (v) values ('f')`)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(rows()).toEqual(['a', 'b', 'c', 'd', 'f']);
  });

  it('lets a later turn start a new group', async () => {
    const writes = new GroupCommit(db);
    await writes.run(() => db.run(sql`insert into t (v) values ('g')`));
    await writes.run(() => db.run(sql`insert into t (v) values ('h')`));
    expect(rows()).toContain('h');
  });
});
