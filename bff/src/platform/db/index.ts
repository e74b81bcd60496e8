import { retry, handleWhen, ExponentialBackoff } from 'cockatiel';
import { Database, isDatabaseUnavailable } from './database';
import { SqliteDatabase } from './sqlite';
import { redactUrl } from '../redact-url';
import { PostgresDatabase } from './postgres';

export { Database, isUniqueViolation, isDatabaseUnavailable, isUnstorableText, type Query, type Schema, type Dialect } from './database';
export { SqliteDatabase } from './sqlite';
export { PostgresDatabase } from './postgres';
export { MIGRATIONS } from './migrations';
export { redactUrl } from '../redact-url';

/** Where the data lives: `file:<path>` (SQLite, the embedded default) or `postgres://…`. */
export type DatabaseTarget = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

export interface OpenOptions {
  migrate?: boolean;
  poolSize?: number;
  /** Attempts to reach PostgreSQL at start-up before giving up (with exponential backoff). */
  connectAttempts?: number;
  log?: (msg: string) => void;
}

/** Opens (and by default migrates) the configured database; an unreachable PostgreSQL is retried, then named. */
export async function openDatabase(target: DatabaseTarget, opts: OpenOptions = {}): Promise<Database> {
  if (target.engine === 'sqlite') return SqliteDatabase.open(target.file, { migrate: opts.migrate });
  const attempts = opts.connectAttempts ?? 6;
  const policy = retry(handleWhen(isDatabaseUnavailable), {
    maxAttempts: attempts - 1,
    backoff: new ExponentialBackoff({ initialDelay: 250, maxDelay: 4000 }),
  });
  policy.onRetry(({ delay }) => opts.log?.(`DATABASE_URL: PostgreSQL not reachable yet, retrying in ${Math.round(delay)} ms`));
  try {
    return await policy.execute(async () => {
      const db = await PostgresDatabase.open(target.url, { migrate: opts.migrate, poolSize: opts.poolSize });
      try {
        await db.ping();
        return db;
      } catch (error) {
        await db.close().catch(() => {});
        throw error;
      }
    });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    const where = redactUrl(target.url);
    throw new Error(`DATABASE_URL: cannot reach PostgreSQL at ${where} after ${attempts} attempts (${(error as Error).message || (error as { code?: string }).code})`);
  }
}
