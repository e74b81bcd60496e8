import { ageOn, isValidIdNumber, parseIdNumber } from './id-number';

/**
 * Derived claims (派生声明): statements a holder can prove from a certificate without disclosing
 * the data behind them — `年满18周岁` proves adulthood without the birth date.
 *
 * Age follows the Chinese legal reading of 周岁: "过了周岁生日，从第二天起，为已满X周岁" —
 * someone is 年满18周岁 from the day AFTER their 18th birthday, never on the birthday itself.
 * For a 29 February birthday the anniversary in a common year is 1 March (as `ageOn` counts),
 * so the claim holds from 2 March; a verifier is never told more than the law allows.
 */

/** The claims the wallet can issue, with the minimum age each one proves. */
export const CLAIMS = [
  { code: 'age_over_18', name: '年满18周岁', minAge: 18 },
  { code: 'age_over_60', name: '年满60周岁', minAge: 60 },
] as const;

export type ClaimCode = (typeof CLAIMS)[number]['code'];

/** The claim codes, as a tuple for `z.enum`. */
export const CLAIM_CODES = CLAIMS.map((c) => c.code) as [ClaimCode, ...ClaimCode[]];

/** The definition of a claim, or `undefined` for a code we do not issue. */
export function claimInfo(code: string): (typeof CLAIMS)[number] | undefined {
  return CLAIMS.find((c) => c.code === code);
}

/**
 * The holder's birth date (`YYYY-MM-DD`) that a certificate's fields prove: its `birthDate`
 * field when that is a real date, otherwise the birth date inside its holder's `idNumber`.
 * `null` when the certificate says nothing about the holder's age (a business licence, a vehicle).
 * Other people's numbers on the certificate (`spouseIdNumber`) are never used.
 */
export function birthDateFromFields(fields: Readonly<Record<string, string | undefined>>): string | null {
  const birthDate = fields.birthDate;
  if (birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) && isRealDate(birthDate)) return birthDate;
  const idNumber = fields.idNumber;
  if (idNumber && isValidIdNumber(idNumber)) return parseIdNumber(idNumber).birthDate;
  return null;
}

/**
 * Whether a person born on `birthDate` holds `claim` on the China calendar date `today`:
 * the day before `today` they had already reached the claim's age (see the module note).
 * @throws RangeError when either date is not a real `YYYY-MM-DD` date.
 */
export function holdsClaim(claim: ClaimCode, birthDate: string, today: string): boolean {
  const info = claimInfo(claim);
  if (!info) throw new RangeError(`unknown claim ${claim}`);
  return ageOn(birthDate, previousDay(today)) >= info.minAge;
}

/** The first China calendar date on which someone born on `birthDate` holds `claim`. */
export function claimHeldFrom(claim: ClaimCode, birthDate: string): string {
  const info = claimInfo(claim);
  if (!info) throw new RangeError(`unknown claim ${claim}`);
  const [y, m, d] = birthDate.split('-').map(Number);
  const anniversaryYear = y + info.minAge;
  const anniversary = m === 2 && d === 29 && !isLeapYear(anniversaryYear)
    ? `${anniversaryYear}-03-01`
    : `${anniversaryYear}-${pad(m)}-${pad(d)}`;
  return nextDay(anniversary);
}

function previousDay(date: string): string {
  return shiftDay(date, -1);
}

function nextDay(date: string): string {
  return shiftDay(date, 1);
}

function shiftDay(date: string, days: number): string {
  if (!isRealDate(date)) throw new RangeError('date must be YYYY-MM-DD');
  const t = new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
