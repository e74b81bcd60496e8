import type { KeyValueStorage } from '../stores/storage';
import { decodeBase64Url } from './base64';
import { isApiError } from './errors';

const PREFIX = 'zsb.offline.';

export interface OfflineResult<T> {
  data: T;
  /** True when the network was unreachable and `data` is the copy saved at `savedAt`. */
  offline: boolean;
  savedAt: string | null;
}

/** The access token's subject and acting identity, so one person's copy is never shown to another. */
function scopeOf(accessToken: string | undefined): string | null {
  const payload = accessToken?.split('.')[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(decodeBase64Url(payload)) as { sub?: unknown; idt?: unknown };
    return typeof json.sub === 'string' ? `${json.sub}|${String(json.idt ?? '')}` : null;
  } catch {
    return null;
  }
}

/**
 * A read-through copy on the device for screens that must open offline (the wallet): every fresh
 * answer is saved; when the network cannot be reached the last saved answer comes back marked offline.
 * Copies are per person and identity, and `clear()` (on sign-out) removes them all.
 */
export function createOfflineCache(storage: KeyValueStorage, accessToken: () => string | undefined, now: () => number = Date.now) {
  const INDEX = `${PREFIX}index`;
  const saved = (): string[] => {
    try {
      return JSON.parse(storage.get(INDEX) ?? '[]') as string[];
    } catch {
      return [];
    }
  };
  const keyOf = (name: string) => {
    const scope = scopeOf(accessToken());
    return scope ? `${PREFIX}${name}.${scope}` : null;
  };
  const read = <T>(name: string): { data: T; savedAt: string } | null => {
    const key = keyOf(name);
    const raw = key ? storage.get(key) : null;
    if (!raw) return null;
    try {
      return JSON.parse(raw) as { data: T; savedAt: string };
    } catch {
      return null;
    }
  };
  return {
    async load<T>(name: string, fetch: () => Promise<T>): Promise<OfflineResult<T>> {
      try {
        const data = await fetch();
        const key = keyOf(name);
        if (key) {
          storage.set(key, JSON.stringify({ data, savedAt: new Date(now()).toISOString() }));
          const index = saved();
          if (!index.includes(key)) storage.set(INDEX, JSON.stringify([...index, key]));
        }
        return { data, offline: false, savedAt: null };
      } catch (e) {
        const copy = isApiError(e) && e.code === 'NETWORK_ERROR' ? read<T>(name) : null;
        if (!copy) throw e;
        return { data: copy.data, offline: true, savedAt: copy.savedAt };
      }
    },
    /** The saved copy, if any (e.g. a certificate's summary from the saved wallet). */
    peek: read,
    clear(): void {
      for (const k of saved()) storage.remove(k);
      storage.remove(INDEX);
    },
  };
}

export type OfflineCache = ReturnType<typeof createOfflineCache>;
