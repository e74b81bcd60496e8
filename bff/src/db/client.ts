import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Opens the SQLite file in WAL mode and brings its schema up to date. */
export function openDatabase(file: string): { db: Db; sqlite: Sqlite } {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets readers run beside the single writer; the busy timeout queues writers from other processes.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  cacheStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, sqlite };
}

/**
 * Reuses compiled statements by their SQL text. drizzle compiles its SQL again on every call, and for
 * the cheap indexed queries most requests make, compiling costs more than running.
 */
export function cacheStatements(sqlite: Sqlite, maxEntries = 1000): void {
  const compile = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const hit = cache.get(source);
    // A statement with an open iterator can't be shared; compile a private one.
    if (hit && !hit.busy) {
      // Modes are sticky on a statement; each caller starts from the defaults, as with a fresh one.
      if (hit.reader) hit.raw(false).pluck(false).expand(false);
      cache.delete(source);
      cache.set(source, hit);
      return hit;
    }
    const stmt = compile(source);
    if (!hit) {
      cache.set(source, stmt);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    }
    return stmt;
  }) as Sqlite['prepare'];
}
