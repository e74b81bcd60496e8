import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import * as schema from '../../db/schema';
import * as pgSchema from '../../db/schema.pg';
import { Database, type Query } from './database';
import { MIGRATIONS } from './migrations';

// Any constant shared by every instance: the advisory lock that lets one of them migrate at a time.
const MIGRATION_LOCK = 7_347_001;

/** The shared engine for many instances: PostgreSQL through node-postgres' pool. */
export class PostgresDatabase extends Database {
  readonly dialect = 'postgres' as const;

  private constructor(readonly pool: pg.Pool, private readonly pgDb: NodePgDatabase<typeof pgSchema>) {
    // The pg-core tables have the same columns as the sqlite-core ones repositories are typed with.
    super(pgDb as unknown as Query, pgSchema as unknown as typeof schema);
  }

  static async open(url: string, opts: { migrate?: boolean; poolSize?: number; connectTimeoutMs?: number } = {}): Promise<PostgresDatabase> {
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 5000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its server (PostgreSQL restarted) must not crash the process.
    pool.on('error', () => {});
    const db = new PostgresDatabase(pool, drizzle(pool, { schema: pgSchema }));
    try {
      if (opts.migrate !== false) await db.migrate();
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
    return db;
  }

  /** Applies pending migrations, one instance at a time (the others wait on the lock, then find nothing to do). */
  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        await migrate(drizzle(client), { migrationsFolder: MIGRATIONS.postgres });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    const outer = this.txContext.getStore();
    // drizzle turns a transaction inside a transaction into a savepoint.
    const runner = (outer?.q ?? this.pgDb) as unknown as { transaction<R>(f: (tx: unknown) => Promise<R>): Promise<R> };
    const after = outer?.after ?? [];
    const result = await runner.transaction((tx) => this.txContext.run({ q: tx as Query, depth: (outer?.depth ?? -1) + 1, after }, fn));
    if (!outer) this.runAfterCommit(after);
    return result;
  }

  async ping(): Promise<void> {
    await this.pool.query('select 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
