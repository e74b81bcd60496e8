import type { Sqlite } from '../../db/client';

/** What a group of writes does around its shared transaction (the ratings repository coalesces aggregates here). */
export interface GroupHooks {
  begin(): void;
  /** A point the next write may be rolled back to. */
  mark(): number;
  rollbackTo(mark: number): void;
  /** Last step inside the transaction, after every write of the group. */
  beforeCommit(): void;
  /** The whole transaction failed. */
  abort(): void;
}

type Pending = { write: () => unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void };

/**
 * Group commit: writes that arrive in the same event-loop turn share one SQLite transaction, each
 * inside its own savepoint so a failing write rolls back alone, and every caller is answered only
 * after the shared COMMIT. Each accepted rating is as durable as with a transaction of its own,
 * while the commit — most of a rating's cost — is paid once per group.
 */
export class GroupCommit {
  private queue: Pending[] = [];

  constructor(private readonly sqlite: Sqlite, private readonly hooks: GroupHooks) {}

  run<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ write, resolve: resolve as (v: unknown) => void, reject });
      if (this.queue.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const group = this.queue;
    this.queue = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.sqlite.transaction(() => {
        this.hooks.begin();
        for (const p of group) {
          const mark = this.hooks.mark();
          try {
            outcomes.push({ ok: true, value: this.sqlite.transaction(p.write)() });
          } catch (error) {
            this.hooks.rollbackTo(mark);
            outcomes.push({ ok: false, error });
          }
        }
        this.hooks.beforeCommit();
      }).immediate();
    } catch (error) {
      this.hooks.abort();
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
