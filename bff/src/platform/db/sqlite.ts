import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as schema from '../../db/schema';
import { Database, type Query } from './database';
import { MIGRATIONS } from './migrations';

/**
 * The embedded engine: one SQLite file in WAL mode. better-sqlite3 answers synchronously, so a
 * transaction whose body only awaits queries runs to its end within one turn of the event loop and
 * no other request's query can slip into it. A body that awaits real I/O would break that, so
 * such a transaction is reported (and a second one waits on a lock instead of nesting by mistake).
 */
export class SqliteDatabase extends Database {
  readonly dialect = 'sqlite' as const;
  protected override readonly transactionsShareConnection = true;
  private lock: Promise<void> = Promise.resolve();

  private constructor(
    readonly sqlite: BetterSqlite3.Database,
    root: Query,
    private readonly onSlowTransaction: (msg: string) => void,
    private readonly checkpointer: Worker | null,
  ) {
    super(root, schema);
  }

  static open(file: string, opts: { migrate?: boolean; onSlowTransaction?: (msg: string) => void } = {}): SqliteDatabase {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new BetterSqlite3(file);
    // WAL lets readers run beside the single writer; the busy timeout queues writers from other processes.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // Checkpoints (copying the WAL back into the database file and syncing both) would otherwise run
    // inside whichever commit crosses 1,000 WAL pages, stalling that request and every one queued
    // behind it. A thread of our own checkpoints every second instead; this connection only steps in
    // if the WAL grows past 100,000 pages (that thread stopped or cannot keep up).
    const checkpointer = file === ':memory:' ? null : startCheckpointer(file);
    sqlite.pragma(`wal_autocheckpoint = ${checkpointer ? 100_000 : 1_000}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = drizzle(sqlite, { schema });
    if (opts.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS.sqlite });
    return new SqliteDatabase(sqlite, db as unknown as Query, opts.onSlowTransaction ?? ((m) => console.error(m)), checkpointer);
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    const outer = this.txContext.getStore();
    if (outer) {
      const name = `sp${outer.depth + 1}`;
      this.sqlite.exec(`SAVEPOINT ${name}`);
      try {
        const result = await this.txContext.run({ q: outer.q, depth: outer.depth + 1, after: outer.after }, fn);
        this.sqlite.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        this.sqlite.exec(`ROLLBACK TO ${name}`);
        this.sqlite.exec(`RELEASE ${name}`);
        throw error;
      }
    }
    const previous = this.lock;
    let release!: () => void;
    this.lock = new Promise((r) => { release = r; });
    await previous;
    let open = true;
    let spanned = false;
    setImmediate(() => { if (open) spanned = true; });
    this.sqlite.exec('BEGIN IMMEDIATE');
    try {
      const after: (() => void)[] = [];
      const result = await this.txContext.run({ q: this.root, depth: 0, after }, fn);
      this.sqlite.exec('COMMIT');
      this.runAfterCommit(after);
      return result;
    } catch (error) {
      if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK');
      throw error;
    } finally {
      open = false;
      release();
      if (spanned) this.onSlowTransaction('a SQLite transaction awaited something other than the database: keep network I/O out of transactions');
    }
  }

  async ping(): Promise<void> {
    this.sqlite.prepare('select 1').get();
  }

  async close(): Promise<void> {
    if (this.checkpointer) {
      // Held (ref) until it has exited: a script that closes the database and ends must wait for it.
      const worker = this.checkpointer;
      worker.ref();
      let timer: NodeJS.Timeout | undefined;
      const exited = new Promise((r) => worker.once('exit', r));
      worker.postMessage('stop');
      await Promise.race([exited, new Promise((r) => { timer = setTimeout(r, 2_000); })]);
      clearTimeout(timer);
      worker.unref();
    }
    if (this.sqlite.open) this.sqlite.close();
  }
}

/**
 * The checkpointing thread: its own connection to `file`, a PASSIVE checkpoint every second (it never
 * waits for readers or writers, so requests never wait for it), and a last full checkpoint when told to
 * stop. Written inline (`eval`) so the compiled server needs no second file.
 */
function startCheckpointer(file: string): Worker {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CHECKPOINTER_SOURCE, { eval: true, workerData: { file, driver, everyMs: 1_000 } });
  worker.unref();
  worker.on('error', (error) => console.error('SQLite checkpointer stopped', error));
  return worker;
}

const CHECKPOINTER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const checkpoint = (mode) => { try { db.pragma('wal_checkpoint(' + mode + ')'); } catch {} };
const timer = setInterval(() => checkpoint('PASSIVE'), workerData.everyMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  checkpoint('PASSIVE');
  db.close();
  process.exit(0);
});
`;
