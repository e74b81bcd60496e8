/**
 * The five languages content is served in, and how an `Accept-Language` header picks one.
 * 简体中文 is the source of every text and the fallback; 繁體中文 is generated from it (opencc-js);
 * English, French and Japanese are written translations where they exist.
 */

export const CONTENT_LANGUAGES = ['zh-Hans', 'zh-Hant', 'en', 'fr', 'ja'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
export const SOURCE_LANGUAGE: ContentLanguage = 'zh-Hans';

/** Languages whose texts are written by people (zh-Hans is the source, zh-Hant is converted). */
export const TRANSLATED_LANGUAGES = ['en', 'fr', 'ja'] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** One language tag (`zh-TW`, `fr-CA`, `zh-Hant-HK`, `ja`) → ours, or null when we do not speak it. */
export function contentLanguageOf(tag: string): ContentLanguage | null {
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  const [primary] = parts;
  switch (primary) {
    case 'en': return 'en';
    case 'fr': return 'fr';
    case 'ja': return 'ja';
    case 'zh': {
      if (parts.includes('hant')) return 'zh-Hant';
      if (parts.includes('hans')) return 'zh-Hans';
      // Regions that write traditional characters.
      if (parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return 'zh-Hant';
      return 'zh-Hans';
    }
    default: return null;
  }
}

/**
 * The language to answer in for an `Accept-Language` header (RFC 9110: tags with optional `q`
 * weights): the most preferred one we speak; 简体中文 when none (or no header).
 */
export function negotiateLanguage(header: string | undefined | null): ContentLanguage {
  if (!header) return SOURCE_LANGUAGE;
  let best: ContentLanguage | null = null;
  let bestQ = 0;
  for (const part of header.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.split(';');
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*(.*?)\s*$/i.exec(p);
      if (m) q = /^[0-9.]+$/.test(m[1]!) ? Number(m[1]) : Number.NaN;
    }
    if (!(q > 0) || q > 1) continue;
    const lang = contentLanguageOf(tag);
    if (lang && q > bestQ) { best = lang; bestQ = q; }
  }
  return best ?? SOURCE_LANGUAGE;
}
