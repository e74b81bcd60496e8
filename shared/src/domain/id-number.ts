/**
 * GB 11643 居民身份证号码 (citizen identity number), 18 characters:
 * 6-digit region code · 8-digit birth date YYYYMMDD · 3-digit sequence (odd = male) · check character.
 * The check character is ISO 7064 MOD 11-2 over the first 17 digits, `X` standing for 10.
 */

const ID_NUMBER_PATTERN = /^[1-9]\d{5}(\d{4})(\d{2})(\d{2})\d{3}[0-9X]$/;
const CHECK_CHARS = '10X98765432';
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export type Gender = 'male' | 'female';

export interface ParsedIdNumber {
  /** GB/T 2260 code of the place where the number was first issued. */
  regionCode: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  gender: Gender;
}

/**
 * The ISO 7064 MOD 11-2 check character for the first 17 digits of an ID number.
 * @throws RangeError when `first17` is not exactly 17 digits.
 */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('first17 must be 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * Trims and upper-cases a typed ID number (phone keyboards often give a lowercase `x`).
 * Validation itself only accepts the canonical upper-case form.
 */
export function normalizeIdNumber(s: string): string {
  return s.trim().toUpperCase();
}

/**
 * Whether `s` is a well-formed 18-character ID number: region code not starting with 0,
 * a real calendar birth date from 1900 on and not after `today` (China date, default now),
 * a 3-digit sequence and the correct check character (upper-case `X` only).
 */
export function isValidIdNumber(s: string, today: string = chinaToday()): boolean {
  if (typeof s !== 'string') return false;
  const m = ID_NUMBER_PATTERN.exec(s);
  if (!m) return false;
  const birthDate = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isRealDate(birthDate) || birthDate < '1900-01-01' || birthDate > today) return false;
  return idNumberCheckChar(s.slice(0, 17)) === s[17];
}

/**
 * Region, birth date and gender carried by a valid ID number.
 * @throws RangeError when `s` is not a valid ID number.
 */
export function parseIdNumber(s: string): ParsedIdNumber {
  if (!isValidIdNumber(s)) throw new RangeError('invalid ID number');
  return {
    regionCode: s.slice(0, 6),
    birthDate: `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`,
    gender: Number(s[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/**
 * Age in whole years on `onDate` (`YYYY-MM-DD`) of the person with this ID number or birth date.
 * Someone born on 29 February turns a year older on 1 March in common years.
 * @throws RangeError when the input is neither a valid ID number nor a real `YYYY-MM-DD` date.
 */
export function ageOn(idNumberOrBirthDate: string, onDate: string): number {
  const birthDate = isRealDate(idNumberOrBirthDate)
    ? idNumberOrBirthDate
    : parseIdNumber(idNumberOrBirthDate).birthDate;
  if (!isRealDate(onDate)) throw new RangeError('onDate must be YYYY-MM-DD');
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [oy, om, od] = onDate.split('-').map(Number);
  let age = oy - by;
  if (om < bm || (om === bm && od < bd)) age--;
  return age;
}

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function chinaToday(): string {
  return new Date(Date.now() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
