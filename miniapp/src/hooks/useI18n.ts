import { useCallback } from 'react';
import { errorKey, translate, type MessageKey, type MessageParams } from '../i18n';
import { isApiError } from '../services/errors';
import { prefs } from '../stores';
import { usePrefs } from './usePrefs';

/** `t(key, params)` in the chosen language, plus `tError(e)` for the sentence behind any thrown error. */
export function useI18n() {
  const { lang } = usePrefs();
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(lang, key, params), [lang]);
  const tError = useCallback(
    (e: unknown) => translate(lang, errorKey(isApiError(e) ? e.code : 'UNKNOWN_ERROR')),
    [lang],
  );
  return { t, tError, lang, setLanguage: prefs.setLanguage };
}
