import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { birthDateFromFields, claimHeldFrom, claimInfo, CLAIM_CODES, holdsClaim } from './claims';
import { idNumberCheckChar } from './id-number';

const idNumberBornOn = (birthDate: string): string => {
  const first17 = `330106${birthDate.replaceAll('-', '')}123`;
  return first17 + idNumberCheckChar(first17);
};

describe('derived age claims', () => {
  it('is not 年满18周岁 on the 18th birthday itself, only from the day after', () => {
    expect(holdsClaim('age_over_18', '2008-05-10', '2026-05-09')).toBe(false);
    expect(holdsClaim('age_over_18', '2008-05-10', '2026-05-10')).toBe(false);
    expect(holdsClaim('age_over_18', '2008-05-10', '2026-05-11')).toBe(true);
  });

  it('refuses 年满18周岁 to a 17-year-old and grants it to a 40-year-old', () => {
    expect(holdsClaim('age_over_18', '2009-01-01', '2026-06-01')).toBe(false);
    expect(holdsClaim('age_over_18', '1986-01-01', '2026-06-01')).toBe(true);
  });

  it('grants 年满60周岁 to an elder and not to someone of 59', () => {
    expect(holdsClaim('age_over_60', '1960-03-15', '2026-06-01')).toBe(true);
    expect(holdsClaim('age_over_60', '1967-03-15', '2026-06-01')).toBe(false);
  });

  it('lets someone born on 29 February come of age on 2 March of a common year', () => {
    expect(claimHeldFrom('age_over_18', '2008-02-29')).toBe('2026-03-02');
    expect(holdsClaim('age_over_18', '2008-02-29', '2026-03-01')).toBe(false);
    expect(holdsClaim('age_over_18', '2008-02-29', '2026-03-02')).toBe(true);
    // 2032 is a leap year: the anniversary exists, so the day after it counts.
    expect(claimHeldFrom('age_over_18', '2014-02-29')).toBe('2032-03-01');
  });

  it('agrees with claimHeldFrom on every birth date and day', () => {
    const day = fc.integer({ min: 0, max: 60_000 }).map((n) => new Date(Date.UTC(1920, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(fc.property(fc.constantFrom(...CLAIM_CODES), day, day, (claim, birth, today) => {
      expect(holdsClaim(claim, birth, today)).toBe(today >= claimHeldFrom(claim, birth));
    }), { numRuns: 2000 });
  });

  it('rejects dates that do not exist', () => {
    expect(() => holdsClaim('age_over_18', '2008-02-30', '2026-06-01')).toThrow(RangeError);
    expect(() => holdsClaim('age_over_18', '2008-02-01', '2026-13-01')).toThrow(RangeError);
  });

  it('names each claim in Chinese and knows no other codes', () => {
    expect(claimInfo('age_over_18')?.name).toBe('年满18周岁');
    expect(claimInfo('age_over_60')?.name).toBe('年满60周岁');
    expect(claimInfo('age_over_21')).toBeUndefined();
  });
});

describe('the birth date a certificate proves', () => {
  it('takes the birthDate field of an ID card', () => {
    expect(birthDateFromFields({ name: '张三', birthDate: '1990-01-02', idNumber: idNumberBornOn('1990-01-02') })).toBe('1990-01-02');
  });

  it('reads it from the holder ID number when the certificate prints no birth date', () => {
    expect(birthDateFromFields({ name: '张三', idNumber: idNumberBornOn('2009-07-08') })).toBe('2009-07-08');
  });

  it('ignores a spouse ID number, an invalid ID number and an impossible birth date', () => {
    expect(birthDateFromFields({ spouseIdNumber: idNumberBornOn('1990-01-02') })).toBeNull();
    const bad = idNumberBornOn('1990-01-02').slice(0, 17) + (idNumberBornOn('1990-01-02').endsWith('0') ? '1' : '0');
    expect(birthDateFromFields({ idNumber: bad })).toBeNull();
    expect(birthDateFromFields({ birthDate: '1990-02-30' })).toBeNull();
  });

  it('finds nothing on a business licence', () => {
    expect(birthDateFromFields({ uscc: '91330106MA2B000000', legalRepresentative: '张三' })).toBeNull();
  });
});
