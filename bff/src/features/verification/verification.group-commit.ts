import type { Db } from '../../db/client';

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: writes queued during one turn of the event loop commit together in a single
 * SQLite transaction, each inside its own savepoint (one failing write rolls back alone). Callers
 * get their result only after the commit, so nothing is answered that is not on disk — as durable
 * as one transaction per request, at a fraction of the commits under load.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(private readonly db: Db) {}

  /** Runs `work` (synchronous SQLite writes) in the next group transaction; resolves after commit. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          try {
            // A nested transaction is a savepoint: a throwing item undoes only its own writes.
            outcomes.push({ ok: true, value: this.db.transaction(() => item.work()) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      }, { behavior: 'immediate' });
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const o = outcomes[i];
      if (o.ok) item.resolve(o.value);
      else item.reject(o.error);
    });
  }
}
