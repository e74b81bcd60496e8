import type { KeyObject } from 'node:crypto';
import type { PublicJwk } from '@zsb/shared/contracts/verification';
import { PRESENTATION_MAX_TTL_SECONDS } from '@zsb/shared/domain/presentation-token';
import type { Leases } from '../../platform/lease';
import type { SharedState } from '../../platform/shared-state';
import type { PresentationRepository, SigningKeyRow } from './presentation.repository';
import {
  generateSigningKey,
  importSigningKey,
  publicJwkOf,
  signingKeyFromJwk,
  signingKeyToJwk,
  type SigningKey,
} from './presentation.token';

/** Channel on which an instance that rotated tells the others to reload their keys. */
export const KEYS_CHANNEL = 'presentation:signing-keys';
const ROTATION_LEASE = 'presentation-key-rotation';

export interface KeyRingOptions {
  /** How long a new key is published in the JWKS before it signs (≥ the JWKS cache lifetime). */
  publishLeadMs: number;
  /** Automatic rotation: a key signs for this long before its successor is created. */
  rotateEveryMs: number;
  /** How often every instance reloads the keys anyway (besides pub/sub and unknown kids). */
  reloadEveryMs: number;
  /** Allowance for clocks of instances and checkers that disagree a little. */
  clockSkewMs: number;
}

export const DEFAULT_KEY_RING_OPTIONS: KeyRingOptions = {
  publishLeadMs: 10 * 60_000,
  rotateEveryMs: 30 * 24 * 3600_000,
  reloadEveryMs: 60_000,
  clockSkewMs: 60_000,
};

/** A key with its schedule. */
export interface ScheduledKey {
  kid: string;
  generation: number;
  createdAt: number;
  activatesAt: number;
  retiredAt: number | null;
  expiresAt: number | null;
  key: SigningKey;
}

/** What a rotation answers: the new (upcoming) key, whether by this call or by a concurrent one. */
export interface RotatedKey {
  kid: string;
  generation: number;
  activatesAt: number;
  /** False when another instance rotated at the same moment and its key is the one answered. */
  created: boolean;
}

interface Deps {
  repo: PresentationRepository;
  transaction: <T>(fn: () => Promise<T>) => Promise<T>;
  shared: SharedState;
  leases: Leases;
  clock?: () => number;
  log?: (msg: string, err?: unknown) => void;
}

/**
 * The presentation signing keys of every instance, loaded from the database and cached here.
 * Reloaded when another instance announces a rotation (pub/sub), when a token names a kid not in
 * the cache, and every `reloadEveryMs`. Rotation is publish-before-sign: a new key appears in the
 * JWKS `publishLeadMs` before it signs; the key it replaces keeps verifying until the last token it
 * signed has expired. "Only one new key" is held by the unique `generation` column.
 */
export class SigningKeyRing {
  private keys: ScheduledKey[] = [];
  private readonly byKid = new Map<string, ScheduledKey>();
  private loading: Promise<void> | null = null;
  /** Monotonic time of the last load (throttles reloads for unknown kids whatever the wall clock does). */
  private lastLoadMono = -Infinity;
  private pendingReload: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Bumped whenever a key leaves the cache, so verifiers drop what they remembered of it. */
  version = 0;
  private readonly clock: () => number;

  constructor(private readonly deps: Deps, readonly opts: KeyRingOptions = DEFAULT_KEY_RING_OPTIONS) {
    this.clock = deps.clock ?? (() => Date.now());
  }

  /** Creates the first key when there is none, loads the keys and listens for rotations elsewhere. */
  async start(): Promise<void> {
    await this.ensureFirstKey();
    await this.reload();
    await this.deps.shared.subscribe(KEYS_CHANNEL, () => {
      this.reload().catch((err) => this.deps.log?.('reloading presentation keys failed', err));
    });
  }

  /** Periodic reload (and automatic rotation when `autoRotate`); stopped by `stop()`. */
  startTimers(autoRotate: boolean): void {
    this.timer = setInterval(() => {
      void (async () => {
        await this.reload();
        if (autoRotate) await this.rotateIfDue();
      })().catch((err) => this.deps.log?.('presentation key maintenance failed', err));
    }, this.opts.reloadEveryMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * The first key, when the table is empty: the key of an earlier version (presentation_keys) if
   * there is one, else a fresh one. Instances starting together all try generation 1; one wins.
   */
  async ensureFirstKey(): Promise<void> {
    if (await this.deps.repo.newestKey()) return;
    const legacy = await this.deps.repo.legacyKey();
    const key = legacy ? importSigningKey(legacy) : generateSigningKey();
    const now = this.clock();
    await this.deps.repo.insertKey(rowOf(key, 1, now, now));
  }

  /** Loads the unexpired keys from the database (concurrent callers share one load). */
  reload(): Promise<void> {
    this.loading ??= this.load().finally(() => { this.loading = null; });
    return this.loading;
  }

  /**
   * A token names a kid we do not know: reload (another instance may just have rotated). At most one
   * reload a second: a burst of unknown kids waits for the next one instead of querying each time.
   */
  async refreshForUnknownKid(kid: string): Promise<boolean> {
    if (this.byKid.has(kid)) return true;
    const wait = Math.min(1000, Math.max(0, this.lastLoadMono + 1000 - performance.now()));
    if (wait === 0) await this.reload();
    else {
      this.pendingReload ??= new Promise<void>((r) => setTimeout(r, wait)).then(() => this.reload()).finally(() => { this.pendingReload = null; });
      await this.pendingReload;
    }
    return this.byKid.has(kid);
  }

  private async load(): Promise<void> {
    const now = this.clock();
    const rows = await this.deps.repo.liveKeys(now);
    const next: ScheduledKey[] = rows.map((r) => {
      const cached = this.byKid.get(r.kid);
      return { ...scheduleOf(r), key: cached?.key ?? signingKeyFromJwk(r.kid, r.privateJwk) };
    });
    const kids = new Set(next.map((k) => k.kid));
    if ([...this.byKid.keys()].some((kid) => !kids.has(kid))) this.version++;
    this.byKid.clear();
    for (const k of next) this.byKid.set(k.kid, k);
    this.keys = next;
    this.lastLoadMono = performance.now();
  }

  /** The public key of `kid` for verification, while it is not expired. */
  publicKey(kid: string): KeyObject | undefined {
    return this.byKid.get(kid)?.key.publicKey;
  }

  /** The kid of the loaded key whose thumbprint starts with `prefix` (the compact codes name keys so). */
  kidByPrefix(prefix: Buffer): string | undefined {
    for (const kid of this.byKid.keys()) if (Buffer.from(kid, 'base64url').subarray(0, prefix.length).equals(prefix)) return kid;
    return undefined;
  }

  /** The key that signs at `now`: the most recently activated one that is not retired. */
  signingKey(now = this.clock()): ScheduledKey {
    let best: ScheduledKey | undefined;
    for (const k of this.keys) {
      if (k.activatesAt > now) continue;
      if (!best || k.activatesAt > best.activatesAt || (k.activatesAt === best.activatesAt && k.generation > best.generation)) best = k;
    }
    // Before any activation (clock behind the database's), the oldest key is the safest choice.
    best ??= this.keys[0];
    if (!best) throw new Error('no presentation signing key loaded');
    return best;
  }

  /** Every key not yet expired at `now`, the upcoming one included: what `/.well-known/jwks.json` publishes. */
  published(now = this.clock()): PublicJwk[] {
    return this.keys.filter((k) => k.expiresAt === null || k.expiresAt > now).map((k) => publicJwkOf(k.key));
  }

  /** The cached keys with their schedule (oldest first). */
  schedule(): Omit<ScheduledKey, 'key'>[] {
    return this.keys.map(({ key: _key, ...s }) => s);
  }

  /**
   * Adds the next key: published now, signing from `now + leadMs`; the keys signing until then
   * retire at that moment and expire once every token they can have signed has expired. Another
   * instance rotating at the same moment makes this call answer that instance's key instead.
   */
  async rotate(leadMs = this.opts.publishLeadMs, fromGeneration?: number): Promise<RotatedKey> {
    const now = this.clock();
    const newest = await this.deps.repo.newestKey();
    const base = fromGeneration ?? newest?.generation ?? 0;
    const key = generateSigningKey();
    const activatesAt = now + Math.max(0, leadMs);
    const expiresAt = activatesAt + PRESENTATION_MAX_TTL_SECONDS * 1000 + this.opts.clockSkewMs;
    const created = await this.deps.transaction(async () => {
      if (!(await this.deps.repo.insertKey(rowOf(key, base + 1, now, activatesAt)))) return false;
      await this.deps.repo.retireOthers(key.kid, activatesAt, expiresAt);
      return true;
    });
    if (created) await this.deps.shared.publish(KEYS_CHANNEL, key.kid).catch((err) => this.deps.log?.('announcing a key rotation failed', err));
    await this.reload();
    if (created) return { kid: key.kid, generation: base + 1, activatesAt, created };
    const winner = await this.deps.repo.newestKey();
    if (!winner) throw new Error('no presentation signing key after rotation');
    return { kid: winner.kid, generation: winner.generation, activatesAt: winner.activatesAt, created: false };
  }

  /**
   * The automatic rotation: when the newest key has been signing for `rotateEveryMs`, one instance
   * (under a lease) adds its successor. The unique generation keeps it to one even if leases overlap.
   */
  async rotateIfDue(): Promise<RotatedKey | null> {
    let rotated: RotatedKey | null = null;
    await this.deps.leases.runExclusive(ROTATION_LEASE, 60_000, async () => {
      const newest = await this.deps.repo.newestKey();
      if (!newest || this.clock() - newest.activatesAt < this.opts.rotateEveryMs) return;
      rotated = await this.rotate(this.opts.publishLeadMs, newest.generation);
    });
    return rotated;
  }
}

function rowOf(key: SigningKey, generation: number, createdAt: number, activatesAt: number): SigningKeyRow {
  return {
    kid: key.kid, generation, algorithm: 'EdDSA', ...signingKeyToJwk(key),
    createdAt, activatesAt, retiredAt: null, expiresAt: null,
  };
}

function scheduleOf(r: SigningKeyRow): Omit<ScheduledKey, 'key'> {
  return {
    kid: r.kid, generation: r.generation, createdAt: Number(r.createdAt), activatesAt: Number(r.activatesAt),
    retiredAt: r.retiredAt === null ? null : Number(r.retiredAt), expiresAt: r.expiresAt === null ? null : Number(r.expiresAt),
  };
}
