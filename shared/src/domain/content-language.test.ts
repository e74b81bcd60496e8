import { describe, expect, it } from 'vitest';
import { contentLanguageOf, negotiateLanguage } from './content-language';

describe('content language', () => {
  it('maps language tags to the five languages', () => {
    expect(contentLanguageOf('en-GB')).toBe('en');
    expect(contentLanguageOf('fr-CA')).toBe('fr');
    expect(contentLanguageOf('ja-JP')).toBe('ja');
    expect(contentLanguageOf('zh-Hant')).toBe('zh-Hant');
    expect(contentLanguageOf('zh-TW')).toBe('zh-Hant');
    expect(contentLanguageOf('zh-HK')).toBe('zh-Hant');
    expect(contentLanguageOf('zh-CN')).toBe('zh-Hans');
    expect(contentLanguageOf('zh-Hans-CN')).toBe('zh-Hans');
    expect(contentLanguageOf('zh')).toBe('zh-Hans');
    expect(contentLanguageOf('de')).toBeNull();
  });

  it('picks the most preferred language it speaks, 简体中文 otherwise', () => {
    expect(negotiateLanguage(undefined)).toBe('zh-Hans');
    expect(negotiateLanguage('')).toBe('zh-Hans');
    expect(negotiateLanguage('de-DE, fr;q=0.8, en;q=0.5')).toBe('fr');
    expect(negotiateLanguage('en;q=0.3, ja;q=0.9')).toBe('ja');
    expect(negotiateLanguage('de, it')).toBe('zh-Hans');
    expect(negotiateLanguage('fr;q=0, en')).toBe('en');
    expect(negotiateLanguage('zh-TW,zh;q=0.9')).toBe('zh-Hant');
    expect(negotiateLanguage('*')).toBe('zh-Hans');
    expect(negotiateLanguage('en;q=abc, fr;q=2, ja;q=0.1')).toBe('ja');
  });
});
