import { describe, expect, it } from 'vitest';
import {
  ageOn, chinaDateOf, coversCertificate, coversItem, coversLifeEvent, defaultMandateUntil, endOfChinaDay,
  isMinor, latestMandateUntil, mandateUntilProblem,
} from './mandates';

describe('mandate dates', () => {
  it('counts China calendar days (UTC+8)', () => {
    expect(chinaDateOf(new Date('2026-11-29T16:30:00Z'))).toBe('2026-11-30');
    expect(endOfChinaDay('2026-11-30')).toBe('2026-11-30T15:59:59.999Z');
  });
  it('defaults to 30 days and allows at most one year', () => {
    const at = new Date('2026-11-29T02:00:00Z');
    expect(defaultMandateUntil(at)).toBe('2026-12-29');
    expect(latestMandateUntil(at)).toBe('2027-11-29');
    expect(mandateUntilProblem('2027-11-29', at)).toBeNull();
    expect(mandateUntilProblem('2027-11-30', at)).toBe('too_long');
    expect(mandateUntilProblem('2026-11-28', at)).toBe('past');
  });
  it('steps 29 February back to the 28th next year', () => {
    expect(latestMandateUntil(new Date('2028-02-29T04:00:00Z'))).toBe('2029-02-28');
  });
});

describe('mandate scope', () => {
  const scope = { itemCodes: ['A'], lifeEvents: ['birth'], certificateIds: ['c1'] };
  it('covers granted items, items of granted life events and granted certificates only', () => {
    expect(coversItem(scope, 'A')).toBe(true);
    expect(coversItem(scope, 'B')).toBe(false);
    expect(coversItem(scope, 'B', ['birth'])).toBe(true);
    expect(coversLifeEvent(scope, 'birth')).toBe(true);
    expect(coversLifeEvent(scope, 'retire')).toBe(false);
    expect(coversCertificate(scope, 'c1')).toBe(true);
    expect(coversCertificate(scope, 'c2')).toBe(false);
  });
  it('lets a guardian (null lists) do everything', () => {
    const all = { itemCodes: null, lifeEvents: null, certificateIds: null };
    expect(coversItem(all, 'X') && coversLifeEvent(all, 'y') && coversCertificate(all, 'z')).toBe(true);
  });
});

describe('age', () => {
  it('is a minor until the 18th birthday', () => {
    expect(ageOn('2008-12-01', '2026-11-30')).toBe(17);
    expect(isMinor('2008-12-01', '2026-11-30')).toBe(true);
    expect(isMinor('2008-12-01', '2026-12-01')).toBe(false);
  });
});
