import zhCommon from './zh-Hans/common';
import zhAuth from './zh-Hans/auth';
import zhHome from './zh-Hans/home';
import zhWallet from './zh-Hans/wallet';
import zhErrors from './zh-Hans/errors';
import zhMessages from './zh-Hans/messages';
import zhCatalog from './zh-Hans/catalog';
import zhFirstScreen from './zh-Hans/first-screen';
import type zhRest from './zh-Hans-rest';
import { formatPlurals } from '@zsb/shared/i18n/plural';

/*
 * 简体中文 comes in two parts. What the first screen (sign-in, home, the tab bar, the acting banner, error
 * sentences) shows is part of the app: these imports. Every other feature's texts are one chunk on H5
 * (zh-Hans-rest.ts, `i18n-zh-Hans-rest`), requested right after the first render (useI18n) and awaited by
 * Screen before any page but the first screen renders its content (components/Screen), so no page shows a key.
 * first-screen.test.ts checks that the first screen uses only texts from here.
 *
 * Register a feature on the first screen here (简体中文), else in zh-Hans-rest.ts, and in en/index.ts,
 * fr/index.ts, ja/index.ts: one import and one spread per resource.
 */
const zhCore = {
  ...zhCommon,
  ...zhAuth,
  ...zhHome,
  ...zhWallet,
  ...zhErrors,
  ...zhMessages,
  ...zhCatalog,
  ...zhFirstScreen,
};

export type MessageKey = keyof typeof zhCore | keyof typeof zhRest;

// Grows by the rest when it arrives; translate's fallback for every language.
const zhHans = { ...zhCore } as Record<MessageKey, string>;

/**
 * The 简体中文 texts every other language is checked against (and 繁體中文 is generated from): complete once
 * `loadLanguage('zh-Hans')` has resolved (tests and tools await it).
 */
export const SIMPLIFIED_CHINESE: Record<MessageKey, string> = zhHans;

/** Whether `key` is one of the texts that are part of the app (the first screen's), not loaded later. */
export function isFirstScreenText(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(zhCore, key);
}

export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en', 'fr', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-Hans';

/**
 * Each language's name in itself, for the language list: built in, because the list is shown before
 * the other languages' texts are loaded (the i18n test checks them against each language's
 * `common.languageName`).
 */
export const LANGUAGE_NAMES: Record<Language, string> = {
  'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English', fr: 'Français', ja: '日本語',
};

type Texts = Record<MessageKey, string>;

/**
 * Only the active language's texts are loaded: 简体中文 is part of the app (the default, and the fallback for a
 * missing text), its part the first screen does not need and the other languages load on demand: on H5 each is
 * its own chunk; in WeChat each is a file of the `settings` subpackage (see below).
 */
const resources: Partial<Record<Exclude<Language, 'zh-Hans'>, Texts>> = {};
let zhRestLoaded = false;
const loading = new Map<Language, Promise<void>>();

type Loader = () => Promise<{ default: Partial<Texts> }>;

/**
 * WeChat cannot fetch code, but it loads a subpackage's file on demand (分包异步化): `require.async` with a path
 * relative to the file that calls it, here the root-level chunk this module is bundled into. The files are
 * written after `taro build` by build-tools/write-weapp-languages.ts (`module.exports = {texts}`), so the four
 * languages (about 320 KB) are not in the main package. Literal paths: WeChat's packager follows them.
 */
const weappLoaders = (): Record<Exclude<Language, 'zh-Hans'>, Loader> => {
  const load = (p: Promise<Texts>) => p.then((texts) => ({ default: texts }));
  return {
    'zh-Hant': () => load(__non_webpack_require__.async('./settings/i18n/zh-Hant.js')),
    en: () => load(__non_webpack_require__.async('./settings/i18n/en.js')),
    fr: () => load(__non_webpack_require__.async('./settings/i18n/fr.js')),
    ja: () => load(__non_webpack_require__.async('./settings/i18n/ja.js')),
  };
};

// Each build keeps only its branch (TARO_ENV is a build-time constant): H5 (and the unit tests) import the texts
// as chunks; WeChat loads them from the subpackage; other mini-programs bundle them.
const loaders: Record<Language, Loader> = process.env.TARO_ENV === 'weapp'
  ? { 'zh-Hans': async () => require('./zh-Hans-rest'), ...weappLoaders() }
  : process.env.TARO_ENV && process.env.TARO_ENV !== 'h5'
    ? {
        'zh-Hans': async () => require('./zh-Hans-rest'),
        'zh-Hant': async () => require('./zh-Hant.generated'),
        en: async () => require('./en'),
        fr: async () => require('./fr'),
        ja: async () => require('./ja'),
      }
    : {
        'zh-Hans': () => import(/* webpackChunkName: "i18n-zh-Hans-rest" */ './zh-Hans-rest'),
        'zh-Hant': () => import(/* webpackChunkName: "i18n-zh-Hant" */ './zh-Hant.generated'),
        en: () => import(/* webpackChunkName: "i18n-en" */ './en'),
        fr: () => import(/* webpackChunkName: "i18n-fr" */ './fr'),
        ja: () => import(/* webpackChunkName: "i18n-ja" */ './ja'),
      };

/** Whether all of `lang`'s texts are here (for 简体中文: also the part loaded after the first screen). */
export function isLanguageLoaded(lang: Language): boolean {
  return lang === 'zh-Hans' ? zhRestLoaded : resources[lang] !== undefined;
}

/**
 * Whether a page can show every text in `lang` without a key: its own texts are here, or the whole of
 * 简体中文 it falls back to until they are.
 */
export function canRender(lang: Language): boolean {
  return isLanguageLoaded(lang) || zhRestLoaded;
}

/** Loads `lang`'s texts once (for 简体中文: the rest of them); resolves when `translate` can use them. */
export function loadLanguage(lang: Language): Promise<void> {
  if (isLanguageLoaded(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = loaders[lang]()
      .then((m) => {
        if (lang === 'zh-Hans') {
          Object.assign(zhHans, m.default);
          zhRestLoaded = true;
        } else {
          resources[lang] = m.default as Texts;
        }
      })
      .finally(() => loading.delete(lang));
    loading.set(lang, p);
  }
  return p;
}

export type MessageParams = Record<string, string | number>;

/**
 * Looks a text up in `lang` (falling back to Chinese, then to the key: only a text not loaded yet, which no
 * page renders, see canRender), picks plural forms and fills `{name}` placeholders.
 */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  let text = (lang === 'zh-Hans' ? undefined : resources[lang]?.[key]) ?? zhHans[key] ?? key;
  if (!params) return text;
  // Plural forms (`{count, plural, one {# copy} other {# copies}}`) through Intl.PluralRules.
  if (text.includes(', plural,')) text = formatPlurals(lang, text, params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether `lang` has its own text for `key` (no fallback). */
export function hasMessage(lang: Language, key: string): boolean {
  const texts = lang === 'zh-Hans' ? zhHans : resources[lang];
  return typeof (texts as Record<string, string | undefined> | undefined)?.[key] === 'string';
}

/** The sentence for an error code from the BFF, or the generic one for codes this build does not know. */
export function errorKey(code: string): MessageKey {
  const key = `errors.${code}`;
  // Features' sentences may be in the part of 简体中文 loaded later; every language has the same keys (i18n test),
  // so any loaded one tells (someone reading English may never load the rest of 简体中文).
  const known = key in zhHans || Object.values(resources).some((texts) => texts !== undefined && key in texts);
  return (known ? key : 'errors.UNKNOWN_ERROR') as MessageKey;
}
