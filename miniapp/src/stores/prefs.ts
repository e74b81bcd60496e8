import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n';
import { createObservable, type KeyValueStorage } from './storage';

export interface Prefs {
  lang: Language;
  /** 长辈模式: large type and high contrast. */
  elder: boolean;
}

const KEY = 'zsb.prefs';

function parse(raw: string | null): Prefs {
  const fallback: Prefs = { lang: DEFAULT_LANGUAGE, elder: false };
  if (!raw) return fallback;
  try {
    const v = JSON.parse(raw) as Partial<Prefs>;
    return {
      lang: LANGUAGES.includes(v.lang as Language) ? (v.lang as Language) : fallback.lang,
      elder: v.elder === true,
    };
  } catch {
    return fallback;
  }
}

/** Display preferences kept on the device (not on the server: they apply before sign-in too). */
export function createPrefsStore(storage: KeyValueStorage) {
  const state = createObservable<Prefs>(parse(storage.get(KEY)));
  const update = (patch: Partial<Prefs>) => {
    const next = { ...state.get(), ...patch };
    storage.set(KEY, JSON.stringify(next));
    state.set(next);
  };
  return {
    get: state.get,
    subscribe: state.subscribe,
    setLanguage: (lang: Language) => update({ lang }),
    setElder: (elder: boolean) => update({ elder }),
  };
}

export type PrefsStore = ReturnType<typeof createPrefsStore>;
