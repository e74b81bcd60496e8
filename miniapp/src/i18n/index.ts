import zhCommon from './zh-Hans/common';
import zhAuth from './zh-Hans/auth';
import zhHome from './zh-Hans/home';
import zhWallet from './zh-Hans/wallet';
import zhErrors from './zh-Hans/errors';
import zhCases from './zh-Hans/cases';
import zhStaff from './zh-Hans/staff';
import zhPresentation from './zh-Hans/presentation';
import zhConsent from './zh-Hans/consent';
import zhAudit from './zh-Hans/audit';
import zhMessages from './zh-Hans/messages';
import zhRatings from './zh-Hans/ratings';
import zhCatalog from './zh-Hans/catalog';
import zhBundles from './zh-Hans/bundles';
import zhFund from './zh-Hans/fund';
import zhHall from './zh-Hans/hall';
import zhAsks from './zh-Hans/asks';
import zhPay from './zh-Hans/pay';
import zhMandates from './zh-Hans/mandates';
import zhResults from './zh-Hans/results';
import zhNotify from './zh-Hans/notify';
import { formatPlurals } from '@zsb/shared/i18n/plural';

// Register a feature here (简体中文) and in en/index.ts, fr/index.ts, ja/index.ts: one import and one spread per
// resource (keep lines sorted by feature).
const zhHans = {
  ...zhCommon,
  ...zhAuth,
  ...zhHome,
  ...zhWallet,
  ...zhErrors,
  ...zhCases,
  ...zhStaff,
  ...zhPresentation,
  ...zhConsent,
  ...zhAudit,
  ...zhMessages,
  ...zhRatings,
  ...zhCatalog,
  ...zhBundles,
  ...zhFund,
  ...zhHall,
  ...zhAsks,
  ...zhPay,
  ...zhMandates,
  ...zhResults,
  ...zhNotify,
};

export type MessageKey = keyof typeof zhHans;

/** The 简体中文 texts every other language is checked against (and 繁體中文 is generated from). */
export const SIMPLIFIED_CHINESE: Record<MessageKey, string> = zhHans;

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
 * Only the active language's texts are loaded: 简体中文 is part of the app (the default, and the
 * fallback for a missing text); the others load when chosen (on H5 each is its own chunk). In the
 * mini-program they are in the package (it has no network loading of code).
 */
const resources: Partial<Record<Language, Texts>> = { 'zh-Hans': zhHans };
const loading = new Map<Language, Promise<void>>();

// Mini-program builds (TARO_ENV weapp…) bundle them; H5 (and the unit tests) import them on demand.
const loaders: Record<Exclude<Language, 'zh-Hans'>, () => Promise<{ default: Texts }>> = process.env.TARO_ENV && process.env.TARO_ENV !== 'h5'
  ? {
      'zh-Hant': async () => require('./zh-Hant.generated'),
      en: async () => require('./en'),
      fr: async () => require('./fr'),
      ja: async () => require('./ja'),
    }
  : {
      'zh-Hant': () => import(/* webpackChunkName: "i18n-zh-Hant" */ './zh-Hant.generated'),
      en: () => import(/* webpackChunkName: "i18n-en" */ './en'),
      fr: () => import(/* webpackChunkName: "i18n-fr" */ './fr'),
      ja: () => import(/* webpackChunkName: "i18n-ja" */ './ja'),
    };

/** Whether `lang`'s texts are here (translate falls back to 简体中文 until they are). */
export function isLanguageLoaded(lang: Language): boolean {
  return resources[lang] !== undefined;
}

/** Loads `lang`'s texts once; resolves when `translate` can use them. */
export function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'zh-Hans' || resources[lang]) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = loaders[lang]().then((m) => { resources[lang] = m.default; }).finally(() => loading.delete(lang));
    loading.set(lang, p);
  }
  return p;
}

export type MessageParams = Record<string, string | number>;

/** Looks a text up in `lang` (falling back to Chinese, then to the key), picks plural forms and fills `{name}` placeholders. */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  let text = resources[lang]?.[key] ?? zhHans[key] ?? key;
  if (!params) return text;
  // Plural forms (`{count, plural, one {# copy} other {# copies}}`) through Intl.PluralRules.
  if (text.includes(', plural,')) text = formatPlurals(lang, text, params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether `lang` has its own text for `key` (no fallback). */
export function hasMessage(lang: Language, key: string): boolean {
  return typeof (resources[lang] as Record<string, string | undefined> | undefined)?.[key] === 'string';
}

/** The sentence for an error code from the BFF, or the generic one for codes this build does not know. */
export function errorKey(code: string): MessageKey {
  const key = `errors.${code}`;
  return (key in zhHans ? key : 'errors.UNKNOWN_ERROR') as MessageKey;
}
