import { and, eq, lt, or } from 'drizzle-orm';
import type { Database } from './db';

/**
 * A lease: the right, for a while, to run one background job (a sweep). Instances race for it with
 * one atomic conditional upsert; the winner holds it until `ttlMs` passes or it renews, so a crashed
 * holder's job is picked up by another instance after the lease expires.
 */
export class Leases {
  constructor(private readonly db: Database, readonly holder: string) {}

  /** True when this instance holds `name` now (newly taken, or renewed). */
  async acquire(name: string, ttlMs: number, now = Date.now()): Promise<boolean> {
    const { leases } = this.db.schema;
    const expiresAt = now + ttlMs;
    const rows = await this.db.q.insert(leases).values({ name, holder: this.holder, expiresAt })
      .onConflictDoUpdate({
        target: leases.name,
        set: { holder: this.holder, expiresAt },
        setWhere: or(lt(leases.expiresAt, now), eq(leases.holder, this.holder)),
      })
      .returning({ holder: leases.holder });
    return rows.length === 1 && rows[0]!.holder === this.holder;
  }

  async release(name: string): Promise<void> {
    const { leases } = this.db.schema;
    await this.db.q.update(leases).set({ expiresAt: 0 }).where(and(eq(leases.name, name), eq(leases.holder, this.holder)));
  }

  /** Runs `job` only if this instance gets the lease; answers whether it ran. */
  async runExclusive(name: string, ttlMs: number, job: () => Promise<void>): Promise<boolean> {
    if (!(await this.acquire(name, ttlMs))) return false;
    try {
      await job();
    } finally {
      await this.release(name).catch(() => {});
    }
    return true;
  }
}

