import { AsyncLocalStorage } from 'node:async_hooks';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as sqliteSchema from '../../db/schema';

export type Dialect = 'sqlite' | 'postgres';

/** Every table the BFF owns, as repositories see them (the pg-core twins have the same columns). */
export type Schema = typeof sqliteSchema;

/**
 * The query builder repositories write with. It is typed as drizzle's asynchronous SQLite builder;
 * on PostgreSQL the pg-core builder stands behind it, whose select/insert/update/delete, onConflict…,
 * returning and prepare have the same shape. So a repository must only `await` a builder (never
 * `.get()`, `.all()`, `.run()`, which SQLite alone has) and count rows with `.returning()`:
 * `repositories.rules.test.ts` checks that, and the integration suite runs on both engines.
 */
export type Query = BaseSQLiteDatabase<'async', unknown, Schema>;

/** Something drizzle can prepare: a select/insert/update/delete builder. */
interface Preparable<R> {
  prepare(): { execute(params?: Record<string, unknown>): PromiseLike<R> };
}

interface TxContext {
  q: Query;
  depth: number;
  /** Callbacks to run once the outermost transaction commits (shared by its savepoints). */
  after: (() => void)[];
}

/**
 * One database, whichever engine: repositories query through `q`, which is the open transaction's
 * builder when the caller runs inside `transaction()` (carried by AsyncLocalStorage, so a service can
 * wrap several repositories' calls in one transaction without passing a handle around).
 */
export abstract class Database {
  abstract readonly dialect: Dialect;
  /** SQLite: one connection, so a statement prepared once serves inside transactions too. */
  protected readonly transactionsShareConnection: boolean = false;
  protected readonly txContext = new AsyncLocalStorage<TxContext>();

  protected constructor(protected readonly root: Query, readonly schema: Schema) {}

  /** Whether the caller runs inside `transaction()` (its writes commit or roll back with it). */
  get inTransaction(): boolean {
    return this.txContext.getStore() !== undefined;
  }

  /** The builder to query with now: the current transaction's, or the shared one. */
  get q(): Query {
    return this.txContext.getStore()?.q ?? this.root;
  }

  /**
   * Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. Nested calls
   * become savepoints, so an inner failure can be caught and undone alone (group commits do that).
   * Keep network I/O out of `fn`: a transaction should hold its locks for a few database round trips.
   */
  abstract transaction<T>(fn: () => Promise<T>): Promise<T>;

  /**
   * A statement compiled once and reused (hot paths). Inside a transaction it runs on the
   * transaction's connection instead, where a statement prepared on the pool would not.
   */
  prepared<R>(name: string, build: (q: Query) => Preparable<R>): (params?: Record<string, unknown>) => Promise<R> {
    let statement: ReturnType<Preparable<R>['prepare']> | undefined;
    const prepare = (b: Preparable<R>) => (b.prepare as (name?: string) => ReturnType<Preparable<R>['prepare']>)(name);
    return async (params) => {
      const tx = this.txContext.getStore();
      // On an engine whose transactions run on another connection, the statement is built on that one.
      if (tx && !this.transactionsShareConnection) return prepare(build(tx.q)).execute(params);
      statement ??= prepare(build(this.root));
      return statement.execute(params);
    };
  }

  /**
   * Runs `fn` once the current transaction has committed (at once when there is none); dropped when it
   * rolls back. For work that must see the committed rows from another connection, e.g. sending what a
   * transaction queued.
   */
  afterCommit(fn: () => void): void {
    const tx = this.txContext.getStore();
    if (tx) tx.after.push(fn);
    else fn();
  }

  protected runAfterCommit(after: (() => void)[]): void {
    for (const fn of after) {
      try {
        fn();
      } catch {
        // A follow-up never undoes a commit.
      }
    }
  }

  /** Answers when the database is reachable (readiness checks). */
  abstract ping(): Promise<void>;
  abstract close(): Promise<void>;
}

/**
 * Whether an error is a unique or primary-key violation, on either engine: the way "only once"
 * rules (one rating per case, one work order per bad rating, …) report a second attempt.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return true;
  }
  return false;
}

/** PostgreSQL refusing a text value it cannot store (NUL, invalid UTF-8): a client's input. */
export function isUnstorableText(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (e.code === '22021' || e.code === '22P05') return true;
  }
  return false;
}

/** Whether an error means the database itself is unreachable or down (answered as 503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string' && (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', '53300', 'SQLITE_BUSY', 'SQLITE_FULL', 'SQLITE_IOERR'].includes(e.code))) return true;
    if (typeof e.message === 'string' && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(e.message)) return true;
  }
  return false;
}
