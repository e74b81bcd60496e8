import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

/*
 * The dictionary-backed text tools search needs: traditional → simplified (opencc-js) and pinyin
 * (pinyin-pro). Built once per process; the converter takes ~10 ms to load its dictionaries.
 */

let converter: ((s: string) => string) | undefined;

/** Traditional (and Hong Kong / Taiwan variant) characters → simplified; other text unchanged. */
export function toSimplified(s: string): string {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(s);
}

export interface Pinyin {
  /** One entry per code point of the input: the toneless syllable of a Han character, the character itself otherwise. */
  syllables: string[];
  /** First letter of each syllable (the character itself for non-Han). */
  initials: string[];
}

/** Pinyin of a whole string at once, so heteronyms are read in context (银行 → yin hang). */
export function pinyinOf(s: string): Pinyin {
  const syllables = pinyin(s, { type: 'array', toneType: 'none', nonZh: 'spaced' }).map((x) => x.toLowerCase());
  const chars = [...s];
  // pinyin-pro keeps one entry per character with nonZh 'spaced'; fall back to characters if not.
  if (syllables.length !== chars.length) return { syllables: chars, initials: chars };
  return { syllables, initials: syllables.map((x, i) => (x === chars[i] ? x : x[0] ?? x)) };
}
