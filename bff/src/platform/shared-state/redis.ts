import { Redis } from 'ioredis';
import { windowKey, type SharedState } from './shared-state';
import { redactUrl } from '../redact-url';

// INCR and the window's expiry in one round trip, atomically, so a crash between them can't leave a counter without expiry.
const HIT = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('PTTL', KEYS[1])}`;

/**
 * State every instance sees, in Redis. Keys carry `prefix` (one deployment, or one test, per prefix).
 * Commands fail fast while Redis is down (no offline queue): callers decide whether that is fatal.
 */
export class RedisSharedState implements SharedState {
  readonly kind = 'redis' as const;
  private subscriber?: Redis;
  private subscriberReady?: Promise<Redis>;
  private readonly handlers = new Map<string, ((message: string) => void)[]>();

  private constructor(private readonly redis: Redis, private readonly url: string, private readonly prefix: string) {}

  static async connect(url: string, opts: { prefix?: string; connectTimeoutMs?: number } = {}): Promise<RedisSharedState> {
    const redis = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: opts.connectTimeoutMs ?? 5000,
      // Keep reconnecting after a Redis restart; commands in between fail fast instead of queueing.
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    redis.on('error', () => {});
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      throw new Error(`REDIS_URL: cannot reach Redis at ${redactUrl(url)} (${(error as Error).message})`);
    }
    return new RedisSharedState(redis, url, opts.prefix ?? 'zsb:');
  }

  async hit(key: string, windowMs: number) {
    const now = Date.now();
    const k = this.prefix + windowKey(key, windowMs, now);
    const ttl = (Math.floor(now / windowMs) + 1) * windowMs - now;
    const [count, pttl] = (await this.redis.eval(HIT, 1, k, String(ttl))) as [number, number];
    return { count, resetMs: pttl > 0 ? pttl : ttl };
  }

  async peek(key: string, windowMs: number) {
    const v = await this.redis.get(this.prefix + windowKey(key, windowMs));
    return v ? Number(v) : 0;
  }

  async get(key: string) {
    return this.redis.get(this.prefix + key);
  }

  async set(key: string, value: string, ttlMs: number) {
    await this.redis.set(this.prefix + key, value, 'PX', Math.max(1, Math.round(ttlMs)));
  }

  async publish(channel: string, message: string) {
    await this.redis.publish(this.prefix + channel, message);
  }

  async subscribe(channel: string, handler: (message: string) => void) {
    const subscriber = await (this.subscriberReady ??= this.openSubscriber());
    const full = this.prefix + channel;
    const list = this.handlers.get(full);
    if (list) list.push(handler);
    else {
      this.handlers.set(full, [handler]);
      await subscriber.subscribe(full);
    }
  }

  // A subscribed connection can do nothing else, so it is a second one. It is connected before the
  // first SUBSCRIBE (a ready check sent in subscriber mode is refused) and resubscribes by itself after
  // reconnecting.
  private async openSubscriber(): Promise<Redis> {
    const subscriber = new Redis(this.url, {
      lazyConnect: true, enableReadyCheck: false, maxRetriesPerRequest: null,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    subscriber.on('error', () => {});
    subscriber.on('message', (ch: string, message: string) => {
      for (const h of this.handlers.get(ch) ?? []) h(message);
    });
    await subscriber.connect();
    this.subscriber = subscriber;
    return subscriber;
  }

  async close() {
    this.subscriber?.disconnect();
    this.redis.disconnect();
  }
}
