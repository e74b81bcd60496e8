import type { TokenPair } from '@zsb/shared/contracts/auth';
import { createObservable, type KeyValueStorage } from './storage';

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token stops being accepted. */
  accessExpiresAt: number;
}

const KEY = 'zsb.session';

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<Session>;
    if (typeof v.accessToken === 'string' && typeof v.refreshToken === 'string' && typeof v.accessExpiresAt === 'number') {
      return { accessToken: v.accessToken, refreshToken: v.refreshToken, accessExpiresAt: v.accessExpiresAt };
    }
  } catch {
    // A corrupt entry counts as signed out.
  }
  return null;
}

/** The signed-in session, persisted in `storage`; subscribers hear every sign-in, refresh and sign-out. */
export function createSessionStore(storage: KeyValueStorage, now: () => number = Date.now) {
  const state = createObservable<Session | null>(parse(storage.get(KEY)));
  return {
    get: state.get,
    subscribe: state.subscribe,
    /** Stores a fresh token pair (after login or refresh). */
    signIn(tokens: TokenPair): Session {
      const s: Session = {
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        accessExpiresAt: now() + tokens.expiresIn * 1000,
      };
      storage.set(KEY, JSON.stringify(s));
      state.set(s);
      return s;
    },
    signOut(): void {
      storage.remove(KEY);
      state.set(null);
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
