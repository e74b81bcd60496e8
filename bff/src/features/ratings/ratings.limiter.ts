/**
 * In-process counters for rating rate limits and burst flags, per user, device and IP.
 * Sliding-window approximation: this window's count plus the previous window's, weighted by how
 * much of it still overlaps — O(1) memory per key. One process per database today; a shared store
 * (Redis) replaces it when the BFF runs on several machines.
 */
export class WindowCounter {
  private readonly entries = new Map<string, { start: number; current: number; previous: number }>();

  constructor(private readonly windowMs: number, private readonly maxKeys = 200_000) {}

  /** Ratings counted for `key` in the window ending at `now`. */
  count(key: string, now: number): number {
    const e = this.roll(key, now);
    if (!e) return 0;
    const overlap = 1 - (now - e.start) / this.windowMs;
    return e.current + Math.floor(e.previous * overlap);
  }

  add(key: string, now: number): void {
    const e = this.roll(key, now) ?? { start: now - (now % this.windowMs), current: 0, previous: 0 };
    e.current++;
    this.entries.set(key, e);
    if (this.entries.size > this.maxKeys) this.prune(now);
  }

  private roll(key: string, now: number) {
    const e = this.entries.get(key);
    if (!e) return undefined;
    const start = now - (now % this.windowMs);
    if (start === e.start) return e;
    // One window later the current count becomes the previous one; two or more, both are stale.
    e.previous = start - e.start === this.windowMs ? e.current : 0;
    e.current = 0;
    e.start = start;
    return e;
  }

  private prune(now: number) {
    for (const [k, e] of this.entries) if (now - e.start >= 2 * this.windowMs) this.entries.delete(k);
    // Still full of live keys: drop the oldest inserted rather than grow without bound.
    for (const k of this.entries.keys()) {
      if (this.entries.size <= this.maxKeys) break;
      this.entries.delete(k);
    }
  }
}

export interface RatingLimitsConfig {
  perUserPerHour: number;
  perDevicePerHour: number;
  perIpPerHour: number;
  burstWindowMs: number;
}

export const DEFAULT_RATING_LIMITS: RatingLimitsConfig = {
  perUserPerHour: 20,
  perDevicePerHour: 20,
  // A hall's guests share its Wi-Fi address: the IP limit must not stop a busy hall.
  perIpPerHour: 600,
  burstWindowMs: 10 * 60_000,
};

export interface RaterKeys {
  userId: string | null;
  deviceId: string | null;
  ip: string;
}

const HOUR_MS = 60 * 60_000;

/** Hard limits (refuse with 429) and the soft burst count (flag for review) of one rater. */
export class RatingLimiter {
  private readonly hourly = new WindowCounter(HOUR_MS);
  private readonly burst: WindowCounter;

  constructor(private readonly config: RatingLimitsConfig = DEFAULT_RATING_LIMITS) {
    this.burst = new WindowCounter(config.burstWindowMs);
  }

  /** Whether one more rating is allowed now; if not, in how many seconds to try again. */
  check(keys: RaterKeys, now: number): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const over = this.keyed(keys).some(([k, max]) => this.hourly.count(k, now) >= max);
    if (!over) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.ceil((HOUR_MS - (now % HOUR_MS)) / 1000) };
  }

  /**
   * The most ratings any of the rater's person keys (user, device) gave in the burst window before
   * this one; the IP counts only when neither is known, since a hall's visitors share one address.
   */
  recentBurst(keys: RaterKeys, now: number): number {
    return Math.max(0, ...this.burstKeys(keys).map((k) => this.burst.count(k, now)));
  }

  /** Counts an accepted rating against every key of its rater. */
  record(keys: RaterKeys, now: number): void {
    for (const [k] of this.keyed(keys)) this.hourly.add(k, now);
    for (const k of this.burstKeys(keys)) this.burst.add(k, now);
  }

  private burstKeys(keys: RaterKeys): string[] {
    const person = this.keyed(keys).slice(1).map(([k]) => k);
    return person.length ? person : [`ip:${keys.ip}`];
  }

  private keyed(keys: RaterKeys): [string, number][] {
    const out: [string, number][] = [[`ip:${keys.ip}`, this.config.perIpPerHour]];
    if (keys.userId) out.push([`user:${keys.userId}`, this.config.perUserPerHour]);
    if (keys.deviceId) out.push([`device:${keys.deviceId}`, this.config.perDevicePerHour]);
    return out;
  }
}
