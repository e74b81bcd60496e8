import { describe, expect, it } from 'vitest';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { is, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import * as sqliteSchema from './schema';
import * as pgSchema from './schema.pg';

// One vocabulary for both engines: what a column holds, not how each engine spells it.
const TYPE: Record<string, string> = {
  SQLiteText: 'text', SQLiteTextJson: 'json', SQLiteInteger: 'integer', SQLiteBoolean: 'boolean', SQLiteReal: 'real',
  SQLiteTimestamp: 'integer', SQLiteBigInt: 'integer',
  PgText: 'text', PgJsonb: 'json', PgJson: 'json', PgInteger: 'integer', PgBigInt53: 'integer', PgBigInt64: 'integer',
  PgBoolean: 'boolean', PgDoublePrecision: 'real', PgReal: 'real',
};

const pgDialect = new PgDialect();
const sqliteDialect = new SQLiteSyncDialect();
// Partial-index conditions, written the same on both engines, compared as SQL text without quoting.
const whereText = (w: SQL | undefined, dialect: PgDialect | SQLiteSyncDialect) =>
  w ? dialect.sqlToQuery(w).sql.replace(/["`]/g, '').replace(/\s+/g, ' ').trim() : null;

function describeTable(config: ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>, dialect: PgDialect | SQLiteSyncDialect) {
  const columns = config.columns.map((c) => ({
    name: c.name,
    type: TYPE[c.columnType] ?? `unknown:${c.columnType}`,
    notNull: c.notNull,
    primary: c.primary,
    // SQLite reports its implicit rowid default on an integer primary key; our code always sets keys.
    hasDefault: c.hasDefault && !(c.primary && c.columnType === 'SQLiteInteger' && c.default === undefined),
    default: c.default === undefined || typeof c.default === 'object' ? null : c.default,
    unique: c.isUnique,
    enumValues: c.enumValues ?? null,
  })).sort((a, b) => a.name.localeCompare(b.name));
  const indexes = config.indexes.map((i) => ({
    name: i.config.name ?? '(unnamed)',
    unique: i.config.unique,
    columns: i.config.columns.map((c) => ('name' in c ? c.name : 'expression')),
    where: whereText(i.config.where as SQL | undefined, dialect),
  })).sort((a, b) => a.name.localeCompare(b.name));
  const primaryKeys = config.primaryKeys.map((p) => p.columns.map((c) => c.name).join(',')).sort();
  const foreignKeys = config.foreignKeys.map((f) => {
    const r = f.reference();
    return `${r.columns.map((c) => c.name).join(',')}→${(r.foreignTable as unknown as { [k: symbol]: string })[Symbol.for('drizzle:Name')]}(${r.foreignColumns.map((c) => c.name).join(',')})`;
  }).sort();
  const uniques = config.uniqueConstraints.map((u) => u.columns.map((c) => c.name).join(',')).sort();
  const checks = config.checks.map((c) => c.name).sort();
  return { name: config.name, columns, indexes, primaryKeys, foreignKeys, uniques, checks };
}

const sqliteTables = Object.values(sqliteSchema).filter((t) => is(t, SQLiteTable)).map((t) => describeTable(sqliteConfig(t as SQLiteTable), sqliteDialect));
const pgTables = Object.values(pgSchema).filter((t) => is(t, PgTable)).map((t) => describeTable(pgConfig(t as PgTable), pgDialect));

describe('the SQLite and PostgreSQL schemas', () => {
  it('have the same tables', () => {
    expect(pgTables.map((t) => t.name).sort()).toEqual(sqliteTables.map((t) => t.name).sort());
    expect(sqliteTables.length).toBeGreaterThan(15);
  });

  it.each(sqliteTables.map((t) => [t.name, t] as const))('define %s alike: columns, types, indexes and constraints', (name, sqliteTable) => {
    const pgTable = pgTables.find((t) => t.name === name);
    expect(pgTable).toEqual(sqliteTable);
  });

  it('use only column types both engines share', () => {
    const unknown = [...sqliteTables, ...pgTables].flatMap((t) => t.columns.filter((c) => c.type.startsWith('unknown:')).map((c) => `${t.name}.${c.name} ${c.type}`));
    expect(unknown).toEqual([]);
  });
});
