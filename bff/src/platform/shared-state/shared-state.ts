/**
 * What BFF instances must share: counters for limits, short-lived markers, and invalidation
 * messages. In-process for one instance (the default); Redis when `REDIS_URL` is set.
 */
export interface SharedState {
  readonly kind: 'memory' | 'redis';
  /** Counts one hit in the fixed window that `now` falls in; answers the count so far (this hit included) and ms until the window ends. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetMs: number }>;
  /** The count of a window without adding to it. */
  peek(key: string, windowMs: number): Promise<number>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Sends `message` to every instance's subscribers of `channel`, this one's included. */
  publish(channel: string, message: string): Promise<void>;
  subscribe(channel: string, handler: (message: string) => void): Promise<void>;
  close(): Promise<void>;
}

export const windowKey = (key: string, windowMs: number, now = Date.now()) => `${key}:${Math.floor(now / windowMs)}`;
