import { ERROR_CODES } from '@zsb/shared/errors';
import { describe, expect, it } from 'vitest';
import { errorKey, hasMessage, translate, type MessageKey } from './index';

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
