import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from './client';

function db() {
  const sqlite = new Database(':memory:');
  cacheStatements(sqlite);
  sqlite.exec("create table t (id integer primary key, name text); insert into t (name) values ('a'), ('b')");
  return sqlite;
}

describe('compiled-statement cache', () => {
  it('hands back the same compiled statement for the same SQL', () => {
    const sqlite = db();
    expect(sqlite.prepare('select * from t')).toBe(sqlite.prepare('select * from t'));
  });

  it('resets sticky modes, so a caller never inherits raw or pluck from the previous one', () => {
    const sqlite = db();
    expect(sqlite.prepare('select id, name from t order by id').raw().all()).toEqual([[1, 'a'], [2, 'b']]);
    expect(sqlite.prepare('select id, name from t order by id').all()).toEqual([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]);
    expect(sqlite.prepare('select name from t order by id').pluck().all()).toEqual(['a', 'b']);
    expect(sqlite.prepare('select name from t order by id').get()).toEqual({ name: 'a' });
  });

  it('compiles a private statement while the cached one is being iterated', () => {
    const sqlite = db();
    const names: string[] = [];
    for (const row of sqlite.prepare('select name from t order by id').iterate() as Iterable<{ name: string }>) {
      names.push(row.name, (sqlite.prepare('select name from t order by id').all() as { name: string }[]).length.toString());
    }
    expect(names).toEqual(['a', '2', 'b', '2']);
  });
});
