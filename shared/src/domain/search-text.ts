/**
 * Text helpers for Chinese search that need no dictionary: normalisation, splitting a query
 * into terms, character bigrams, and turning matched positions into highlight runs. Conversion
 * between traditional and simplified characters and pinyin need dictionaries; the BFF does them.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{Script=Han}\p{L}\p{N}]/u;

/** Whether a character is a Chinese (Han) character. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

const LIGATURES: Record<string, string> = { 'œ': 'oe', 'æ': 'ae', 'ß': 'ss' };

/** A lower-case accented Latin letter without its accent (é → e, ç → c, œ → oe); other characters unchanged. */
function foldLatin(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0xc0 || c > 0x24f) return ch;
  return LIGATURES[ch] ?? ch.normalize('NFD').charAt(0);
}

/**
 * Folds full-width forms to half-width (NFKC), lower-cases Latin letters, drops their accents
 * (`état` matches `etat`) and drops everything that is not a letter, digit or Han character
 * (spaces and punctuation never matter for matching).
 */
export function normalizeText(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFKC').toLowerCase()) if (WORD.test(ch)) out += foldLatin(ch);
  return out;
}

/** A query term: a run of Han characters, or a run of Latin letters/digits (pinyin, codes, "KTV"). */
export interface QueryTerm {
  text: string;
  script: 'han' | 'latin';
}

/**
 * Splits a query on spaces and punctuation and where Han meets Latin ("gjj提取" → gjj, 提取).
 * Terms are normalised; empty ones are dropped; at most `max` are kept.
 */
export function queryTerms(q: string, max = 6): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let cur = '';
  let script: QueryTerm['script'] | null = null;
  const flush = () => {
    if (cur && script) terms.push({ text: cur, script });
    cur = '';
    script = null;
  };
  for (const ch of q.normalize('NFKC').toLowerCase()) {
    if (!WORD.test(ch)) {
      flush();
      continue;
    }
    const s: QueryTerm['script'] = isHan(ch) ? 'han' : 'latin';
    if (script !== null && s !== script) flush();
    script = s;
    cur += foldLatin(ch);
  }
  flush();
  return terms.slice(0, max);
}

/** Overlapping pairs of characters ("公积金" → 公积, 积金); a single character yields nothing. */
export function bigrams(s: string): string[] {
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Unique bigrams, for indexing. */
export function uniqueBigrams(s: string): string[] {
  return [...new Set(bigrams(s))];
}

export interface HighlightRun {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into runs of matched / unmatched characters. `marked` holds the indexes (in
 * code points) of matched characters.
 */
export function highlightRuns(text: string, marked: ReadonlySet<number>): HighlightRun[] {
  const runs: HighlightRun[] = [];
  [...text].forEach((ch, i) => {
    const match = marked.has(i);
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += ch;
    else runs.push({ text: ch, match });
  });
  return runs;
}

/**
 * Where `needle` occurs in `text` when both are compared normalised, as code-point indexes of
 * `text` (punctuation in `text` is skipped over, so "住房公积金" is found in "住房 公积金（提取）").
 * Returns an empty array when it does not occur.
 */
export function findNormalized(text: string, needle: string): number[] {
  const n = normalizeText(needle);
  if (!n) return [];
  const { norm, origin } = normalizedWithOrigin(text);
  const pos = norm.indexOf(n);
  if (pos < 0) return [];
  const start = [...norm.slice(0, pos)].length;
  return [...new Set(origin.slice(start, start + [...n].length))];
}

// Search highlights the same few thousand names and fields over and over: their character-by-
// character normalisation is kept (bounded; cleared when full).
const ORIGINS = new Map<string, { norm: string; origin: number[] }>();
const ORIGINS_MAX = 20_000;

/** The normalised text and, for each of its characters, the index of the character of `text` it came from. */
function normalizedWithOrigin(text: string): { norm: string; origin: number[] } {
  const known = ORIGINS.get(text);
  if (known) return known;
  const origin: number[] = [];
  let norm = '';
  [...text].forEach((ch, i) => {
    for (const c of normalizeText(ch)) {
      norm += c;
      origin.push(i);
    }
  });
  if (ORIGINS.size >= ORIGINS_MAX) ORIGINS.clear();
  const entry = { norm, origin };
  ORIGINS.set(text, entry);
  return entry;
}

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap adjacent), giving up at
 * `max + 1`: a cheap typo check for short Latin terms such as pinyin initials.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return Math.min(prev[b.length]!, max + 1);
}
