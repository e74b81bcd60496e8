import { isValidIdNumber } from './id-number';
import { maskGeneric, maskIdNumber, maskPhone } from './masking';

/**
 * Personal data inside free text (rating comments, notes, purposes): what a person typed can carry
 * someone's ID number or phone number, and such text is shown to others (public results, staff lists).
 * One detector for every such text, so what is masked does not depend on which page shows it.
 *
 * Detected, each only where it is not part of a longer run of digits (or letters, for plates):
 * - 居民身份证号码: 18 characters with the GB 11643 check character (lower-case `x` too, a group
 *   separator after the region code and after the birth date tolerated); legacy 15-digit numbers
 *   (region · YYMMDD · sequence) with a real birth date.
 * - 手机号码: `1[3-9]x` and 8 more digits, optionally `+86`/`86`/`0086` before and spaces or dashes
 *   in the 3-4-4 grouping.
 * - 银行卡号: 13–19 digits passing the Luhn check, optionally grouped by single spaces or dashes.
 * - 机动车号牌: province character, issuing letter, optional `·`, then 5 characters (or 6 for
 *   新能源 plates) with at least one digit.
 * - E-mail addresses.
 */

export type PiiKind = 'id_number' | 'phone' | 'bank_card' | 'plate' | 'email';

export interface PiiMatch {
  kind: PiiKind;
  /** UTF-16 offsets into the text, `end` exclusive. */
  start: number;
  end: number;
  value: string;
}

const SEP = '[ \\-]?';
// Digits on either side would make the match part of a longer number.
const NOT_DIGIT_BEFORE = '(?<![0-9])';
const NOT_DIGIT_AFTER = '(?![0-9])';

const ID18 = new RegExp(`${NOT_DIGIT_BEFORE}[1-9]\\d{5}${SEP}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])${SEP}\\d{3}[0-9Xx](?![0-9A-Za-z])`, 'g');
const ID15 = new RegExp(`${NOT_DIGIT_BEFORE}[1-9]\\d{5}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}${NOT_DIGIT_AFTER}`, 'g');
// A run of digit groups joined by single spaces or dashes; card numbers are looked for inside it.
// Not glued to letters: `ZSB20260316000042` is a case number, not a card.
const DIGIT_GROUPS = /(?<![0-9A-Za-z])\d+(?:[ \-]\d+)*(?![0-9A-Za-z])/g;
const PHONE = new RegExp(`(?:(?<![0-9+])(?:\\+|00)?86${SEP}|${NOT_DIGIT_BEFORE})1[3-9]\\d${SEP}\\d{4}${SEP}\\d{4}${NOT_DIGIT_AFTER}`, 'g');
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE_CHAR = '[A-HJ-NP-Z0-9]';
const PLATE = new RegExp(
  `[${PROVINCES}][A-HJ-NP-Z][·• ]?(?:[DF]${PLATE_CHAR}\\d{4}|\\d{5}[DF]|${PLATE_CHAR}{4}[A-HJ-NP-Z0-9挂学警港澳])(?![A-Za-z0-9])`,
  'g',
);
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9])/g;

const digitsOf = (s: string) => s.replace(/[^0-9Xx]/g, '').toUpperCase();

/** Luhn (ISO/IEC 7812) check over a string of digits. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function isRealLegacyDate(yymmdd: string): boolean {
  const y = 1900 + Number(yymmdd.slice(0, 2));
  const m = Number(yymmdd.slice(2, 4));
  const d = Number(yymmdd.slice(4, 6));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

interface Detector {
  kind: PiiKind;
  /** Candidate spans `[start, end)` in `text`. */
  find(text: string): Iterable<[number, number]>;
}

function* byPattern(pattern: RegExp, text: string, accept: (value: string) => boolean): Iterable<[number, number]> {
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (accept(m[0])) yield [start, start + m[0].length];
  }
}

/**
 * Card numbers inside runs of digit groups: the longest whole-group span of 13–19 digits that
 * passes Luhn, so `卡号 6222 0212 3456 7890 尾号 45` still finds the card before `45`.
 */
function* bankCards(text: string): Iterable<[number, number]> {
  for (const m of text.matchAll(DIGIT_GROUPS)) {
    const base = m.index ?? 0;
    const groups = [...m[0].matchAll(/\d+/g)].map((g) => ({ start: base + (g.index ?? 0), digits: g[0] }));
    let i = 0;
    while (i < groups.length) {
      let best = -1;
      let count = 0;
      let digits = '';
      for (let j = i; j < groups.length && count <= 19; j++) {
        digits += groups[j].digits;
        count = digits.length;
        if (count >= 13 && count <= 19 && passesLuhn(digits)) best = j;
      }
      if (best < 0) {
        i++;
        continue;
      }
      yield [groups[i].start, groups[best].start + groups[best].digits.length];
      i = best + 1;
    }
  }
}

// Order matters: an earlier detector's matches win over overlapping later ones.
const DETECTORS: Detector[] = [
  // The check character is validated; any birth date up to today (the default of isValidIdNumber).
  { kind: 'id_number', find: (t) => byPattern(ID18, t, (v) => isValidIdNumber(digitsOf(v))) },
  { kind: 'id_number', find: (t) => byPattern(ID15, t, (v) => isRealLegacyDate(v.slice(6, 12))) },
  // Before cards: `+86 138…` would otherwise be read as a 13-digit card number when it passes Luhn.
  { kind: 'phone', find: (t) => byPattern(PHONE, t, () => true) },
  { kind: 'bank_card', find: bankCards },
  { kind: 'plate', find: (t) => byPattern(PLATE, t, (v) => /\d/.test(v.slice(2))) },
  { kind: 'email', find: (t) => byPattern(EMAIL, t, () => true) },
];

/** Every piece of personal data found in `text`, in text order, never overlapping. */
export function findPersonalData(text: string): PiiMatch[] {
  if (!text) return [];
  const found: PiiMatch[] = [];
  const overlaps = (s: number, e: number) => found.some((m) => s < m.end && m.start < e);
  for (const d of DETECTORS) {
    for (const [start, end] of d.find(text)) {
      if (!overlaps(start, end)) found.push({ kind: d.kind, start, end, value: text.slice(start, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether `text` holds any personal data `findPersonalData` detects. */
export function containsPersonalData(text: string): boolean {
  return findPersonalData(text).length > 0;
}

/** The masked form of one detected value; separators are dropped so no digit group survives. */
export function maskPersonalValue(kind: PiiKind, value: string): string {
  switch (kind) {
    case 'id_number': {
      const v = digitsOf(value);
      return v.length === 18 ? maskIdNumber(v) : maskGeneric(v, 4, 3);
    }
    case 'phone': {
      const v = value.replace(/[^0-9]/g, '').replace(/^(?:0086|86)(?=1[3-9]\d{9}$)/, '');
      return maskPhone(v);
    }
    case 'bank_card': {
      const v = digitsOf(value);
      return `${'*'.repeat(v.length - 4)}${v.slice(-4)}`;
    }
    case 'plate': {
      const chars = Array.from(value.replace(/[·• ]/g, ''));
      return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 3)}${chars[chars.length - 1]}`;
    }
    case 'email': {
      const at = value.lastIndexOf('@');
      return `${value[0]}***${value.slice(at)}`;
    }
  }
}

/**
 * `text` with every detected piece of personal data masked (`maskPersonalValue`); everything else
 * is kept as written. For free text shown to anyone other than its author.
 */
export function maskPersonalData(text: string): string;
export function maskPersonalData(text: string | null): string | null;
export function maskPersonalData(text: string | null): string | null {
  if (text === null || text === '') return text;
  const found = findPersonalData(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of found) {
    out += text.slice(at, m.start) + maskPersonalValue(m.kind, m.value);
    at = m.end;
  }
  return out + text.slice(at);
}

const ACCOUNT_ONLY = /^\d(?:[ -]?\d){7,29}$/;

/**
 * A text answer that is nothing but a number of 8–30 digits (a bank account, a card, a policy
 * number), masked to its last 4 digits whether or not it passes Luhn: corporate and passbook
 * accounts do not. Anything else goes through `maskPersonalData`. For typed form answers.
 */
export function maskTextAnswer(value: string): string {
  const trimmed = value.trim();
  if (ACCOUNT_ONLY.test(trimmed)) {
    const digits = trimmed.replace(/[^0-9]/g, '');
    return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
  }
  return maskPersonalData(value);
}

// C0 controls except \t (09) and \n (0A), DEL and C1 controls; bidi embeddings/overrides and isolates.
// \r is dropped too: a \r\n line break becomes \n.
const CONTROL_AND_BIDI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Free text as it may be stored: control characters (NUL, C0 and C1 except tab and line feed) and
 * bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) removed, a lone surrogate
 * replaced by U+FFFD. A bidi override can make a comment or a name read differently from what is
 * stored (`‮` turns `gpj.exe` around), and NUL cuts text short in some consumers.
 */
export function cleanText(text: string): string {
  return text.replace(CONTROL_AND_BIDI, '').replace(LONE_SURROGATE, '\uFFFD');
}
