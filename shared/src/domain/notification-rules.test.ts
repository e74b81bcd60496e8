import { describe, expect, it } from 'vitest';
import { categoryOfMessage, isQuietHour, sendableAt } from './notification-rules';

const at = (iso: string) => new Date(iso).getTime();

describe('quiet hours (22:00–08:00 China time)', () => {
  it('counts 22:00 and 07:59 China time as quiet, 08:00 and 21:59 as not', () => {
    expect(isQuietHour(at('2026-11-30T14:00:00Z'))).toBe(true); // 22:00
    expect(isQuietHour(at('2026-11-30T23:59:00Z'))).toBe(true); // 07:59
    expect(isQuietHour(at('2026-12-01T00:00:00Z'))).toBe(false); // 08:00
    expect(isQuietHour(at('2026-11-30T13:59:00Z'))).toBe(false); // 21:59
  });

  it('defers an evening send to 08:00 the next morning and a night send to 08:00 the same morning', () => {
    expect(new Date(sendableAt(at('2026-11-30T15:30:00Z'))).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(new Date(sendableAt(at('2026-11-30T18:00:00Z'))).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('sends urgent messages and daytime messages at once', () => {
    expect(sendableAt(at('2026-11-30T15:30:00Z'), true)).toBe(at('2026-11-30T15:30:00Z'));
    expect(sendableAt(at('2026-11-30T03:00:00Z'))).toBe(at('2026-11-30T03:00:00Z'));
  });
});

describe('categories', () => {
  it('sorts a correction request apart from other case steps and leaves receipts in the app only', () => {
    expect(categoryOfMessage('case_status', 'correction_required')).toBe('correction');
    expect(categoryOfMessage('case_status', 'accepted')).toBe('case');
    expect(categoryOfMessage('appointment_reminder')).toBe('appointment');
    expect(categoryOfMessage('payment_due')).toBe('payment');
    expect(categoryOfMessage('verification_receipt')).toBeNull();
  });
});
