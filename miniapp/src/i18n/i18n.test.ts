import { ERROR_CODES } from '@zsb/shared/errors';
import { placeholdersOf } from '@zsb/shared/i18n/plural';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorKey, hasMessage, LANGUAGE_NAMES, LANGUAGES, loadLanguage, SIMPLIFIED_CHINESE, translate, type MessageKey } from './index';

// Languages other than 简体中文 load on demand.
beforeAll(async () => { await Promise.all(LANGUAGES.map((l) => loadLanguage(l))); });

describe('i18n', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-Hans', 'home.greeting', { name: '张*' })).toBe('您好，张*');
    expect(translate('en', 'home.wallet.total', { count: 3 })).toBe('3 in total');
    expect(translate('en', 'home.greeting')).toBe('Hello, {name}');
  });

  it('maps an unknown error code to the generic sentence', () => {
    expect(errorKey('SOMETHING_NEW')).toBe('errors.UNKNOWN_ERROR');
    expect(translate('zh-Hans', errorKey('TOKEN_EXPIRED'))).toBe('登录已过期，请重新登录');
  });

  it('has a Chinese and an English sentence for every error code the BFF can send', () => {
    const missing = ERROR_CODES.filter((c) => !hasMessage('zh-Hans', `errors.${c}`) || !hasMessage('en', `errors.${c}`));
    expect(missing, 'add these to src/i18n/{zh-Hans,en}/errors.ts or to your feature file').toEqual([]);
  });

  it('has no empty text in either language', () => {
    const keys = ['common.appName', 'auth.title', 'wallet.status.revoked'] as MessageKey[];
    for (const k of keys) {
      expect(translate('zh-Hans', k)).not.toBe('');
      expect(translate('en', k)).not.toBe(translate('zh-Hans', k));
    }
  });
});

describe('繁體中文', () => {
  it('is the 简体中文 text converted by opencc-js, so the committed file never drifts (run `pnpm i18n:hant` after editing Chinese texts)', async () => {
    const { readFileSync } = await import('node:fs');
    const { zhHantSource } = await import('../../i18n-tools/zh-hant');
    const committed = readFileSync(new URL('./zh-Hant.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(zhHantSource());
  });

  it('reads in traditional characters and names itself', () => {
    expect(translate('zh-Hant', 'home.wallet.title')).toBe('我的證照');
    expect(translate('zh-Hant', 'common.appName')).toBe('掌上辦');
    expect(translate('zh-Hant', 'common.languageName')).toBe('繁體中文');
    expect(translate('zh-Hant', 'home.greeting', { name: '張*' })).toBe('您好，張*');
  });
});

describe('every language', () => {
  // `{count}` and `{count, plural, …}` name the same parameter.
  const placeholders = placeholdersOf;

  it('has its own non-empty text for every key, with the same placeholders as 简体中文', () => {
    const problems: string[] = [];
    for (const lang of LANGUAGES) {
      for (const [key, zh] of Object.entries(SIMPLIFIED_CHINESE)) {
        if (!hasMessage(lang, key) || translate(lang, key as MessageKey).trim() === '') problems.push(`${lang} ${key}: missing`);
        else if (placeholders(translate(lang, key as MessageKey)).join() !== placeholders(zh).join()) problems.push(`${lang} ${key}: placeholders differ`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names itself in its own language', () => {
    expect(LANGUAGES.map((l) => translate(l, 'common.languageName'))).toEqual(['简体中文', '繁體中文', 'English', 'Français', '日本語']);
  });
});

describe('plural forms', () => {
  it('chooses singular and plural through Intl.PluralRules, never "copy(ies)" or "non lu(s)"', () => {
    expect(translate('en', 'guide.material.count', { count: 1 })).toBe('1 copy');
    expect(translate('en', 'guide.material.count', { count: 3 })).toBe('3 copies');
    expect(translate('fr', 'home.messages.unread', { count: 1 })).toBe('1 non lu');
    expect(translate('fr', 'home.messages.unread', { count: 0 })).toBe('0 non lu');
    expect(translate('fr', 'home.messages.unread', { count: 4 })).toBe('4 non lus');
    expect(translate('fr', 'catalog.promised', { days: 20 })).toBe('20 jours ouvrés');
    expect(translate('en', 'catalog.promised', { days: 1 })).toBe('1 working day');
    expect(translate('ja', 'guide.material.count', { count: 2 })).not.toMatch(/\(|plural/);
  });

  it('leaves no "(s)" style plural in any language', () => {
    const bad: string[] = [];
    for (const lang of LANGUAGES) {
      for (const key of Object.keys(SIMPLIFIED_CHINESE)) {
        if (/\w\((s|es|ies|e|x)\)/.test(translate(lang, key as MessageKey))) bad.push(`${lang} ${key}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('names each language in itself in the built-in list, as its own texts do', () => {
    for (const l of LANGUAGES) expect(LANGUAGE_NAMES[l]).toBe(translate(l, 'common.languageName'));
  });
});
