import { describe, expect, it } from 'vitest';
import { certificateStatus, daysBetween, daysToExpiry } from './certificate-status';

describe('certificate status', () => {
  it('is expiring from 90 days before the last valid day, expired the day after it', () => {
    expect(certificateStatus({ status: 'active', validUntil: '2026-06-01' }, '2026-03-02')).toBe('valid'); // 91 days left
    expect(daysBetween('2026-03-02', '2026-05-31')).toBe(90);
    expect(certificateStatus({ status: 'active', validUntil: '2026-05-31' }, '2026-03-02')).toBe('expiring');
    expect(certificateStatus({ status: 'active', validUntil: '2026-03-02' }, '2026-03-02')).toBe('expiring');
    expect(certificateStatus({ status: 'active', validUntil: '2026-03-01' }, '2026-03-02')).toBe('expired');
  });
  it('is revoked whatever its dates, and valid for ever without an end date', () => {
    expect(certificateStatus({ status: 'revoked', validUntil: null }, '2026-03-02')).toBe('revoked');
    expect(certificateStatus({ status: 'active', validUntil: null }, '2026-03-02')).toBe('valid');
    expect(daysToExpiry(null, '2026-03-02')).toBeNull();
    expect(daysToExpiry('2026-03-09', '2026-03-02')).toBe(7);
  });
});
