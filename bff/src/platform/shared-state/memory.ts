import { EventEmitter } from 'node:events';
import { windowKey, type SharedState } from './shared-state';

/** One instance's state in its own memory: right for a single BFF process, and for tests of one. */
export class MemorySharedState implements SharedState {
  readonly kind = 'memory' as const;
  private readonly values = new Map<string, { value: string; expires: number }>();
  private readonly bus = new EventEmitter().setMaxListeners(0);
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    this.sweeper = setInterval(() => this.sweep(), 60_000).unref();
  }

  async hit(key: string, windowMs: number) {
    const now = Date.now();
    const k = windowKey(key, windowMs, now);
    const e = this.live(k);
    const count = (e ? Number(e.value) : 0) + 1;
    const windowEnd = (Math.floor(now / windowMs) + 1) * windowMs;
    this.values.set(k, { value: String(count), expires: windowEnd });
    return { count, resetMs: windowEnd - now };
  }

  async peek(key: string, windowMs: number) {
    const e = this.live(windowKey(key, windowMs));
    return e ? Number(e.value) : 0;
  }

  async get(key: string) {
    return this.live(key)?.value ?? null;
  }

  async set(key: string, value: string, ttlMs: number) {
    this.values.set(key, { value, expires: Date.now() + ttlMs });
  }

  async publish(channel: string, message: string) {
    this.bus.emit(channel, message);
  }

  async subscribe(channel: string, handler: (message: string) => void) {
    this.bus.on(channel, handler);
  }

  async close() {
    clearInterval(this.sweeper);
    this.bus.removeAllListeners();
    this.values.clear();
  }

  private live(key: string) {
    const e = this.values.get(key);
    if (!e) return undefined;
    if (e.expires <= Date.now()) {
      this.values.delete(key);
      return undefined;
    }
    return e;
  }

  private sweep() {
    const now = Date.now();
    for (const [k, e] of this.values) if (e.expires <= now) this.values.delete(k);
  }
}
