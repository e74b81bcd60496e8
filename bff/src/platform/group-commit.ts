import type { Database } from './db';

/** What a group of writes does around its shared transaction (the ratings repository coalesces aggregates here). */
export interface GroupHooks {
  begin(): void;
  /** A point the next write may be rolled back to. */
  mark(): number;
  rollbackTo(mark: number): void;
  /** Last step inside the transaction, after every write of the group. */
  beforeCommit(): Promise<void>;
  /** The whole transaction failed. */
  abort(): void;
}

interface Pending {
  work: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: writes that arrive in the same turn of the event loop share one transaction, each
 * inside its own savepoint so a failing write rolls back alone, and every caller is answered only
 * after the shared COMMIT. Each accepted write is as durable as with a transaction of its own, while
 * the commit — most of a small write's cost — is paid once per group. "Only once" rules stay with
 * the database's constraints, so groups on several instances can't break them.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  // One group in flight at a time: writes arriving meanwhile form the next (larger) group, and hooks
  // never see two groups at once, on either engine.
  private flushing = false;

  constructor(private readonly db: Database, private readonly hooks?: GroupHooks, private readonly maxGroup = 500) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (this.queue.length === 1 && !this.flushing) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = true;
    try {
      await this.commitGroup(this.queue.splice(0, this.maxGroup));
    } finally {
      this.flushing = false;
      if (this.queue.length > 0) setImmediate(() => void this.flush());
    }
  }

  private async commitGroup(group: Pending[]): Promise<void> {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await this.db.transaction(async () => {
        outcomes.length = 0;
        this.hooks?.begin();
        for (const p of group) {
          const mark = this.hooks?.mark() ?? 0;
          try {
            outcomes.push({ ok: true, value: await this.db.transaction(p.work) });
          } catch (error) {
            this.hooks?.rollbackTo(mark);
            outcomes.push({ ok: false, error });
          }
        }
        await this.hooks?.beforeCommit();
      });
    } catch (error) {
      this.hooks?.abort();
      for (const p of group) p.reject(error);
      return;
    }
    group.forEach((p, i) => {
      const o = outcomes[i]!;
      if (o.ok) p.resolve(o.value);
      else p.reject(o.error);
    });
  }
}
