import { describe, expect, it } from 'vitest';
import { certificateStatus, daysBetween, daysToExpiry, decideDisclosure, EXPIRING_WITHIN_DAYS, isPresentable } from './certificate-rules';

const TODAY = '2026-06-01';

describe('certificate standing', () => {
  it('is valid, expiring within 90 days, expired after its last day, revoked whatever its dates', () => {
    expect(certificateStatus({ status: 'active', validUntil: null }, TODAY)).toBe('valid');
    expect(certificateStatus({ status: 'active', validUntil: '2026-08-31' }, TODAY)).toBe('valid');
    expect(certificateStatus({ status: 'active', validUntil: '2026-08-30' }, TODAY)).toBe('expiring');
    expect(daysBetween(TODAY, '2026-08-30')).toBe(EXPIRING_WITHIN_DAYS);
    expect(certificateStatus({ status: 'active', validUntil: TODAY }, TODAY)).toBe('expiring');
    expect(certificateStatus({ status: 'active', validUntil: '2026-05-31' }, TODAY)).toBe('expired');
    expect(certificateStatus({ status: 'suspended', validUntil: null }, TODAY)).toBe('revoked');
  });

  it('counts days to expiry, negative once expired, null without an end date', () => {
    expect(daysToExpiry({ validUntil: '2026-06-11' }, TODAY)).toBe(10);
    expect(daysToExpiry({ validUntil: '2026-05-30' }, TODAY)).toBe(-2);
    expect(daysToExpiry({ validUntil: null }, TODAY)).toBeNull();
  });

  it('is presentable only while in force', () => {
    expect(isPresentable({ status: 'active', validUntil: TODAY }, TODAY)).toBe(true);
    expect(isPresentable({ status: 'active', validUntil: '2026-05-31' }, TODAY)).toBe(false);
    expect(isPresentable({ status: 'revoked', validUntil: null }, TODAY)).toBe(false);
  });
});

describe('disclosure of facts about the certificate', () => {
  const card = { kind: 'id_card', fields: { name: '陈思远', birthDate: '1990-01-01' } };

  it('discloses issuer and validity only when chosen, and both with the whole certificate', () => {
    expect(decideDisclosure(card, { claims: ['age_over_18'] }, TODAY)).toEqual({ ok: true, disclosure: { fields: [], claims: ['age_over_18'], facts: [] } });
    expect(decideDisclosure(card, { facts: ['validUntil'] }, TODAY)).toEqual({ ok: true, disclosure: { fields: [], claims: [], facts: ['validUntil'] } });
    const whole = decideDisclosure(card, {}, TODAY);
    expect(whole.ok && whole.disclosure.facts).toEqual(['issuer', 'validUntil']);
    expect(whole.ok && whole.disclosure.fields.map((f) => f.label)).toEqual(['姓名', '出生']);
  });
});
