/**
 * GB 32100 统一社会信用代码 (unified social credit code), 18 characters:
 * registration authority (1) · organisation type (1) · region code (6) · organisation code (9) · check (1).
 * Characters come from 0-9 and A-Z without I, O, S, V and Z (31 symbols, values 0..30).
 */

/** The 31 symbols of GB 32100 in value order. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const FIRST17 = /^[0-9A-HJ-NP-RTUW-Y]{17}$/;

/**
 * The check character for the first 17 characters: 31 − (Σ value·weight mod 31), with 31 written as `0`.
 * @throws RangeError when `first17` is not 17 characters of the USCC charset.
 */
export function usccCheckChar(first17: string): string {
  if (!FIRST17.test(first17)) throw new RangeError('first17 must be 17 USCC characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  const c = 31 - (sum % 31);
  return USCC_CHARSET[c === 31 ? 0 : c];
}

/** Whether `s` is 18 upper-case USCC characters whose last one is the correct check character. */
export function isValidUscc(s: string): boolean {
  if (typeof s !== 'string' || s.length !== 18) return false;
  const first17 = s.slice(0, 17);
  if (!FIRST17.test(first17)) return false;
  return usccCheckChar(first17) === s[17];
}
