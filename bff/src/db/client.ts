import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import { SqliteDatabase } from '../platform/db';

// TODO(#8): legacy synchronous types, gone when every feature uses platform/db's async Database.
export type Db = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;

/** Opens the SQLite file in WAL mode and brings its schema up to date. */
export function openDatabase(file: string): { db: Db; sqlite: Sqlite } {
  const d = SqliteDatabase.open(file);
  return { db: d.legacyDb, sqlite: d.sqlite };
}
