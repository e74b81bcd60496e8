import { describe, expect, it } from 'vitest';
import { ageOn, idNumberCheckChar, isValidIdNumber, normalizeIdNumber, parseIdNumber } from './id-number';

describe('GB 11643 ID numbers', () => {
  it('computes X as the check character of the ISO 7064 example 11010519491231002', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });
  it('accepts a Hangzhou number whose check digit is 4', () => {
    expect(idNumberCheckChar('33010219900101123')).toBe('4');
    expect(isValidIdNumber('330102199001011234')).toBe(true);
  });
  it('rejects every single-digit mutation of a valid number', () => {
    const valid = '330102199001011234';
    for (let i = 0; i < 18; i++) {
      for (const d of '0123456789X') {
        if (d === valid[i]) continue;
        const mutated = valid.slice(0, i) + d + valid.slice(i + 1);
        expect(isValidIdNumber(mutated), mutated).toBe(false);
      }
    }
  });
  it('rejects an impossible birth date even with a matching check character', () => {
    const first17 = '33010219900230123';
    expect(isValidIdNumber(first17 + idNumberCheckChar(first17))).toBe(false);
  });
  it('rejects a birth date in the future relative to the given day', () => {
    const first17 = '33010220300101123';
    const id = first17 + idNumberCheckChar(first17);
    expect(isValidIdNumber(id, '2029-12-31')).toBe(false);
    expect(isValidIdNumber(id, '2030-01-01')).toBe(true);
  });
  it('rejects wrong lengths, a lowercase x and a region starting with 0', () => {
    expect(isValidIdNumber('33010219900101123')).toBe(false);
    expect(isValidIdNumber('3301021990010112344')).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
    const first17 = '03010219900101123';
    expect(isValidIdNumber(first17 + idNumberCheckChar(first17))).toBe(false);
  });
  it('normalizes a typed lowercase x and surrounding spaces', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
  });
  it('parses region, birth date and an odd 17th digit as male', () => {
    expect(parseIdNumber('330102199001011234')).toEqual({
      regionCode: '330102',
      birthDate: '1990-01-01',
      gender: 'male',
    });
    expect(parseIdNumber('11010519491231002X').gender).toBe('female');
  });
  it('throws when parsing an invalid number', () => {
    expect(() => parseIdNumber('330102199001011235')).toThrow(RangeError);
  });
  it('counts whole years, turning older on the birthday itself', () => {
    expect(ageOn('330102199001011234', '2007-12-31')).toBe(17);
    expect(ageOn('330102199001011234', '2008-01-01')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
  it('refuses an age for something that is neither a date nor an ID number', () => {
    expect(() => ageOn('hello', '2026-01-01')).toThrow(RangeError);
    expect(() => ageOn('1990-01-01', '2026-13-01')).toThrow(RangeError);
  });
});
