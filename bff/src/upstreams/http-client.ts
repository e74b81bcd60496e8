import { AppError } from '../platform/errors';
import { scrubText } from '../platform/logging';

/**
 * The one HTTP client every upstream adapter uses: a timeout per call, bounded retries for
 * idempotent reads, a circuit breaker so a dead system fails fast, a short cache and coalescing
 * of identical in-flight reads.
 */
export interface UpstreamClientOptions {
  name: string;
  baseUrl: string;
  timeoutMs: number;
  /** Extra attempts for idempotent reads after a timeout, network error or 5xx. */
  retries?: number;
  breaker?: { failureThreshold: number; cooldownMs: number };
  cache?: { maxEntries: number; disabled?: boolean };
  /** Tells the other instances to drop what this one invalidated (their caches are their own). */
  broadcastInvalidation?: (prefix: string) => void;
  /** Where refusals that are our own fault (credentials, contract) are reported; pino's shape. */
  log?: UpstreamLog;
}

export interface UpstreamLog {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface CallOptions {
  /** Cache a successful GET for this long. */
  cacheTtlMs?: number;
  /** Overrides the client's timeout (e.g. a screen's remaining budget). */
  timeoutMs?: number;
  headers?: Record<string, string>;
  /** Retry a POST too: only for calls the upstream makes idempotent (e.g. by request id). */
  idempotent?: boolean;
  /**
   * 4xx statuses that are the upstream's answer to this call (a used login code, a refused
   * withdrawal) rather than a fault: thrown as UpstreamClientError for the adapter to translate.
   */
  refusals?: readonly number[];
}

/**
 * Why an upstream could not serve a call:
 * - `timeout`, `error` (network, 5xx, not JSON), `circuit_open`;
 * - `misconfigured`: it answered 401/403 — our credentials or set-up, not the resident's doing;
 * - `rejected`: it answered 400/409/422 (or another 4xx) to a call the adapter does not expect to be
 *   refused — our request does not match its contract;
 * - `rate_limited`: it answered 429.
 */
export type UpstreamFailure = 'timeout' | 'error' | 'circuit_open' | 'misconfigured' | 'rejected' | 'rate_limited';

/**
 * Every upstream failure leaves as 503 UPSTREAM_UNAVAILABLE: to the resident it is the same (the
 * department's system cannot serve this now), the mini-program has one text for it, and a screen
 * that aggregates several systems marks the section degraded. The reason is kept for logs and tests.
 */
export class UpstreamUnavailableError extends AppError {
  constructor(readonly upstream: string, readonly reason: UpstreamFailure, detail: string, headers?: Record<string, string>) {
    super(503, 'UPSTREAM_UNAVAILABLE', detail, undefined, headers);
  }
}

/** A 4xx from an upstream, listed in the call's `refusals`, that the adapter turns into our own answer. */
export class UpstreamClientError extends Error {
  constructor(readonly upstream: string, readonly status: number, readonly body: unknown) {
    super(`${upstream} answered ${status}`);
  }
}

type CacheEntry = { expires: number; value: unknown };

export class UpstreamClient {
  readonly name: string;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private consecutiveFailures = 0;
  private openUntil = 0;

  constructor(private readonly opts: UpstreamClientOptions) {
    this.name = opts.name;
  }

  /**
   * GET a JSON resource; an upstream 404 is `null`. `adapt` (the adapter's parse-and-translate) runs
   * once per fetched answer and its result is what is cached, so a cache hit costs no parsing.
   */
  async get<T>(path: string, options: CallOptions & { adapt?: (raw: unknown) => T } = {}): Promise<T | null> {
    const key = path;
    if (this.opts.cache?.disabled) options = { ...options, cacheTtlMs: undefined };
    if (options.cacheTtlMs) {
      const hit = this.cache.get(key);
      if (hit && hit.expires > Date.now()) return hit.value as T;
    }
    const running = this.inflight.get(key);
    if (running) return running as Promise<T | null>;
    const p = this.request<T>('GET', path, undefined, { ...options, idempotent: true }).then((raw) => {
      const value = raw !== null && options.adapt ? options.adapt(raw) : raw;
      if (options.cacheTtlMs && value !== null) this.remember(key, value, options.cacheTtlMs);
      return value;
    }).finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  async post<T>(path: string, body: unknown, options: CallOptions = {}): Promise<T | null> {
    return this.request<T>('POST', path, body, options);
  }

  /** Drops cached answers whose path starts with `prefix` (after a write that changes them), on every instance. */
  invalidate(prefix = ''): void {
    this.dropCached(prefix);
    this.opts.broadcastInvalidation?.(prefix);
  }

  /** Drops this instance's cached answers under `prefix` (what another instance's `invalidate` arrives as). */
  dropCached(prefix: string): void {
    for (const k of this.cache.keys()) if (k.startsWith(prefix)) this.cache.delete(k);
    // A read that started before the invalidation must not put the old answer back.
    for (const k of this.inflight.keys()) if (k.startsWith(prefix)) this.inflight.delete(k);
  }

  get breakerOpen(): boolean {
    return Date.now() < this.openUntil;
  }

  private remember(key: string, value: unknown, ttl: number) {
    const max = this.opts.cache?.maxEntries ?? 5000;
    if (this.cache.size >= max) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, { expires: Date.now() + ttl, value });
  }

  private async request<T>(method: string, path: string, body: unknown, options: CallOptions): Promise<T | null> {
    if (this.breakerOpen) {
      throw new UpstreamUnavailableError(this.name, 'circuit_open', `${this.name} is unavailable (circuit open)`);
    }
    const attempts = 1 + (options.idempotent ? (this.opts.retries ?? 1) : 0);
    let last: UpstreamUnavailableError | undefined;
    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        const value = await this.once<T>(method, path, body, options);
        this.consecutiveFailures = 0;
        return value;
      } catch (err) {
        if (!(err instanceof UpstreamUnavailableError)) throw err;
        last = err;
        // A refusal of this very request says nothing about the system's health: not retried, and it
        // does not count towards the breaker (one odd request must not cut everyone off).
        if (err.reason === 'rejected') throw err;
        // A timeout already spent the caller's budget; retrying would only make the screen later.
        // Refused credentials and rate limits answer the same way when asked again at once.
        if (err.reason !== 'error') break;
      }
    }
    this.recordFailure();
    throw last!;
  }

  private recordFailure() {
    this.consecutiveFailures++;
    const b = this.opts.breaker ?? { failureThreshold: 5, cooldownMs: 5000 };
    if (this.consecutiveFailures >= b.failureThreshold) {
      this.openUntil = Date.now() + b.cooldownMs;
      this.consecutiveFailures = 0;
    }
  }

  private async once<T>(method: string, path: string, body: unknown, options: CallOptions): Promise<T | null> {
    const timeoutMs = options.timeoutMs ?? this.opts.timeoutMs;
    let res: Response;
    try {
      res = await fetch(this.opts.baseUrl + path, {
        method,
        headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const name = (err as Error).name;
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      throw new UpstreamUnavailableError(this.name, timedOut ? 'timeout' : 'error',
        timedOut ? `${this.name} did not answer within ${timeoutMs} ms` : `${this.name} could not be reached`);
    }
    if (res.status >= 400 && !options.refusals?.includes(res.status)) {
      await res.body?.cancel();
      return this.failed(method, path, res);
    }
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      throw new UpstreamUnavailableError(this.name, 'error', `${this.name} answered something that is not JSON`);
    }
    if (res.status >= 400) throw new UpstreamClientError(this.name, res.status, parsed);
    return parsed as T;
  }

  /**
   * Maps an upstream error status to ours: 404 is "none" (`null`), anything else an
   * UpstreamUnavailableError whose reason says whose fault it is. See docs/upstream-api.md.
   */
  private failed(method: string, path: string, res: Response): null {
    const status = res.status;
    if (status === 404) return null;
    const where = { upstream: this.name, method, path: scrubText(path.split('?')[0]), status };
    if (status >= 500) throw new UpstreamUnavailableError(this.name, 'error', `${this.name} answered ${status}`);
    if (status === 401 || status === 403) {
      this.opts.log?.error(where, 'upstream refused our credentials: check this system\'s configuration');
      throw new UpstreamUnavailableError(this.name, 'misconfigured', `${this.name} is unavailable`);
    }
    if (status === 429) {
      const retryAfter = retryAfterSeconds(res.headers.get('retry-after'));
      this.opts.log?.warn({ ...where, retryAfter }, 'upstream is rate limiting us');
      throw new UpstreamUnavailableError(this.name, 'rate_limited', `${this.name} is busy, try again later`,
        retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : undefined);
    }
    this.opts.log?.error(where, 'upstream refused a request it was not expected to refuse: our call does not match its contract');
    throw new UpstreamUnavailableError(this.name, 'rejected', `${this.name} could not serve this request`);
  }
}

/** Whole seconds from a Retry-After header (delta-seconds or HTTP date), capped at an hour; undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  const seconds = /^\d{1,9}$/.test(value) ? Number(value) : Math.ceil((Date.parse(value) - now) / 1000);
  if (!Number.isFinite(seconds)) return undefined;
  return Math.min(3600, Math.max(0, seconds));
}
