import type { SharedState } from '../../platform/shared-state';

/**
 * Rating rate limits and burst flags, per user, device and IP, counted in the shared state every
 * instance sees (in-process for one instance, Redis for several): a limit is one limit however many
 * BFF instances the ratings are spread over.
 *
 * Both are fixed windows (hourly for the limits, `burstWindowMs` for bursts) counted by
 * `SharedState.hit`, one atomic increment, so concurrent ratings on any instance can't all slip
 * under a limit.
 */

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
const PREFIX = 'ratings:';

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Hard limits (refuse with 429) and the soft burst count (flag for review) of one rater. */
export class RatingLimiter {
  constructor(private readonly shared: SharedState, private readonly config: RatingLimitsConfig = DEFAULT_RATING_LIMITS) {}

  /**
   * Counts one rating attempt against the rater's keys, most specific first (user, device, then the
   * address), and stops at the first key over its limit: a person refused for their own ratings
   * does not use up the address a whole hall shares.
   */
  async take(keys: RaterKeys): Promise<LimitVerdict> {
    for (const [k, max] of this.keyed(keys)) {
      const { count, resetMs } = await this.shared.hit(`${PREFIX}h:${k}`, HOUR_MS);
      if (count > max) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(resetMs / 1000)) };
    }
    return { allowed: true };
  }

  /**
   * Counts an accepted rating in the burst window and answers the most ratings any of the rater's
   * person keys (user, device) gave in the window before this one; the IP counts only when neither
   * is known, since a hall's visitors share one address.
   */
  async burst(keys: RaterKeys): Promise<number> {
    const counts = await Promise.all(this.burstKeys(keys).map(async (k) => (await this.shared.hit(`${PREFIX}b:${k}`, this.config.burstWindowMs)).count - 1));
    return Math.max(0, ...counts);
  }

  private burstKeys(keys: RaterKeys): string[] {
    const person = this.keyed(keys).filter(([k]) => !k.startsWith('ip:')).map(([k]) => k);
    return person.length ? person : [`ip:${keys.ip}`];
  }

  /** Most specific first. */
  private keyed(keys: RaterKeys): [string, number][] {
    const out: [string, number][] = [];
    if (keys.userId) out.push([`user:${keys.userId}`, this.config.perUserPerHour]);
    if (keys.deviceId) out.push([`device:${keys.deviceId}`, this.config.perDevicePerHour]);
    out.push([`ip:${keys.ip}`, this.config.perIpPerHour]);
    return out;
  }
}
