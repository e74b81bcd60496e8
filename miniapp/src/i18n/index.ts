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
import enCommon from './en/common';
import enAuth from './en/auth';
import enHome from './en/home';
import enWallet from './en/wallet';
import enErrors from './en/errors';
import enCases from './en/cases';
import enStaff from './en/staff';
import enPresentation from './en/presentation';
import enConsent from './en/consent';
import enAudit from './en/audit';
import enMessages from './en/messages';
import enRatings from './en/ratings';
import enCatalog from './en/catalog';
import enBundles from './en/bundles';
import enFund from './en/fund';
import enHall from './en/hall';
import enAsks from './en/asks';
import enPay from './en/pay';
import enMandates from './en/mandates';
import enResults from './en/results';
import enNotify from './en/notify';
import frCommon from './fr/common';
import frAuth from './fr/auth';
import frHome from './fr/home';
import frWallet from './fr/wallet';
import frErrors from './fr/errors';
import frCases from './fr/cases';
import frStaff from './fr/staff';
import frPresentation from './fr/presentation';
import frConsent from './fr/consent';
import frAudit from './fr/audit';
import frMessages from './fr/messages';
import frRatings from './fr/ratings';
import frCatalog from './fr/catalog';
import frBundles from './fr/bundles';
import frFund from './fr/fund';
import frHall from './fr/hall';
import frAsks from './fr/asks';
import frPay from './fr/pay';
import frMandates from './fr/mandates';
import frResults from './fr/results';
import frNotify from './fr/notify';
import jaCommon from './ja/common';
import jaAuth from './ja/auth';
import jaHome from './ja/home';
import jaWallet from './ja/wallet';
import jaErrors from './ja/errors';
import jaCases from './ja/cases';
import jaStaff from './ja/staff';
import jaPresentation from './ja/presentation';
import jaConsent from './ja/consent';
import jaAudit from './ja/audit';
import jaMessages from './ja/messages';
import jaRatings from './ja/ratings';
import jaCatalog from './ja/catalog';
import jaBundles from './ja/bundles';
import jaFund from './ja/fund';
import jaHall from './ja/hall';
import jaAsks from './ja/asks';
import jaPay from './ja/pay';
import jaMandates from './ja/mandates';
import jaResults from './ja/results';
import jaNotify from './ja/notify';
import zhHant from './zh-Hant.generated';
import { formatPlurals } from '@zsb/shared/i18n/plural';

// Register a feature here: one import per language and one spread per resource (keep lines sorted by feature).
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

const en: Record<MessageKey, string> = {
  ...enCommon,
  ...enAuth,
  ...enHome,
  ...enWallet,
  ...enErrors,
  ...enCases,
  ...enStaff,
  ...enPresentation,
  ...enConsent,
  ...enAudit,
  ...enMessages,
  ...enRatings,
  ...enCatalog,
  ...enBundles,
  ...enFund,
  ...enHall,
  ...enAsks,
  ...enPay,
  ...enMandates,
  ...enResults,
  ...enNotify,
};

const fr: Record<MessageKey, string> = {
  ...frCommon,
  ...frAuth,
  ...frHome,
  ...frWallet,
  ...frErrors,
  ...frCases,
  ...frStaff,
  ...frPresentation,
  ...frConsent,
  ...frAudit,
  ...frMessages,
  ...frRatings,
  ...frCatalog,
  ...frBundles,
  ...frFund,
  ...frHall,
  ...frAsks,
  ...frPay,
  ...frMandates,
  ...frResults,
  ...frNotify,
};

const ja: Record<MessageKey, string> = {
  ...jaCommon,
  ...jaAuth,
  ...jaHome,
  ...jaWallet,
  ...jaErrors,
  ...jaCases,
  ...jaStaff,
  ...jaPresentation,
  ...jaConsent,
  ...jaAudit,
  ...jaMessages,
  ...jaRatings,
  ...jaCatalog,
  ...jaBundles,
  ...jaFund,
  ...jaHall,
  ...jaAsks,
  ...jaPay,
  ...jaMandates,
  ...jaResults,
  ...jaNotify,
};

export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en', 'fr', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-Hans';

const resources: Record<Language, Record<MessageKey, string>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en, fr, ja };


export type MessageParams = Record<string, string | number>;

/**
 * Looks a text up in `lang` (falling back to Chinese, then to the key), picks plural forms
 * (`{count, plural, one {# copy} other {# copies}}`, Intl.PluralRules) and fills `{name}` placeholders.
 */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  let text = resources[lang][key] ?? resources[DEFAULT_LANGUAGE][key] ?? key;
  if (!params) return text;
  if (text.includes(', plural,')) text = formatPlurals(lang, text, params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether `lang` has its own text for `key` (no fallback). */
export function hasMessage(lang: Language, key: string): boolean {
  return typeof (resources[lang] as Record<string, string | undefined>)[key] === 'string';
}

/** The sentence for an error code from the BFF, or the generic one for codes this build does not know. */
export function errorKey(code: string): MessageKey {
  const key = `errors.${code}`;
  return (key in zhHans ? key : 'errors.UNKNOWN_ERROR') as MessageKey;
}
