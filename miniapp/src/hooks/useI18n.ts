import { useCallback, useEffect, useState } from 'react';
import { errorKey, isLanguageLoaded, loadLanguage, translate, type MessageKey, type MessageParams } from '../i18n';
import { isApiError } from '../services/errors';
import { prefs } from '../stores';
import { usePrefs } from './usePrefs';

/** `t(key, params)` in the chosen language, plus `tError(e)` for the sentence behind any thrown error. */
export function useI18n() {
  const { lang } = usePrefs();
  // Another language's texts load on first use; until then the texts are 简体中文, then this re-renders.
  const [, loaded] = useState(0);
  // Whether this render had the texts: one that fell back re-renders once they are here, even when
  // another component's request brought them in before this effect ran.
  const renderedLoaded = isLanguageLoaded(lang);
  useEffect(() => {
    if (renderedLoaded) return;
    // A language that cannot be fetched (offline, subpackage download failed) leaves the 简体中文 texts, all of
    // them, so pages waiting for texts (components/Screen) still show.
    void loadLanguage(lang)
      .catch(() => loadLanguage('zh-Hans'))
      .then(() => loaded((n) => n + 1), () => undefined);
  }, [lang, renderedLoaded]);
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(lang, key, params), [lang, isLanguageLoaded(lang)]);
  const tError = useCallback(
    (e: unknown) => translate(lang, errorKey(isApiError(e) ? e.code : 'UNKNOWN_ERROR')),
    [lang, isLanguageLoaded(lang)],
  );
  return { t, tError, lang, setLanguage: prefs.setLanguage };
}
