import type { SharedState } from './shared-state';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit that counts in our shared state: Redis when instances share one
 * (INCR + PEXPIRE, as the plugin's own Redis store does), this process's memory otherwise. So every
 * route limit — sign-in, refresh, writes — is one count across instances, and two apps in one test
 * process that share their state count one limit too.
 */
export function sharedStateRateLimitStore(shared: SharedState, namespace = 'rl') {
  return class SharedStateStore {
    private readonly routeKey: string;

    // The plugin constructs the store with its options; routes get theirs through `child`.
    constructor(routeKey?: unknown) {
      this.routeKey = typeof routeKey === 'string' ? routeKey : 'global';
    }

    incr(key: string, cb: Callback, timeWindow: number): void {
      shared.hit(`${namespace}:${this.routeKey}:${key}`, timeWindow).then(
        ({ count, resetMs }) => cb(null, { current: count, ttl: resetMs }),
        (error: Error) => cb(error),
      );
    }

    read(key: string, cb: Callback, timeWindow: number): void {
      shared.peek(`${namespace}:${this.routeKey}:${key}`, timeWindow).then(
        (count) => cb(null, { current: count, ttl: timeWindow - (Date.now() % timeWindow) }),
        (error: Error) => cb(error),
      );
    }

    /** A route with its own limit counts in its own keys. */
    // Typed loosely: at run time the plugin passes the merged limit options with `routeInfo`, not what its types say.
    child(received: object) {
      const options = received as { routeInfo?: { method?: string; url?: string }; max?: unknown; timeWindow?: unknown };
      const route = options.routeInfo?.url ? `${options.routeInfo.method}${options.routeInfo.url}` : `limit:${String(options.max)}:${String(options.timeWindow)}`;
      return new SharedStateStore(route);
    }
  };
}
