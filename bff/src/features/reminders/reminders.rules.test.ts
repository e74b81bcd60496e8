import { describe, expect, it } from 'vitest';
import { dueThreshold, reminderKey } from './reminders.rules';

describe('which expiry reminder is due', () => {
  const today = '2026-06-01';

  it('sends nothing while more than 90 days are left', () => {
    expect(dueThreshold('2026-08-31', today)).toBeNull(); // 91 days
  });

  it('is due at exactly 90, 30 and 7 days before expiry', () => {
    expect(dueThreshold('2026-08-30', today)).toBe(90);
    expect(dueThreshold('2026-07-01', today)).toBe(30);
    expect(dueThreshold('2026-06-08', today)).toBe(7);
  });

  it('picks the tightest threshold entered, so a late first look sends one reminder', () => {
    expect(dueThreshold('2026-07-02', today)).toBe(90); // 31 days
    expect(dueThreshold('2026-06-26', today)).toBe(30); // 25 days
    expect(dueThreshold('2026-06-01', today)).toBe(7); // expires today
  });

  it('sends nothing for an expired certificate or one without an end date', () => {
    expect(dueThreshold('2026-05-31', today)).toBeNull();
    expect(dueThreshold(null, today)).toBeNull();
  });

  it('keys a reminder by recipient, certificate, end date and threshold', () => {
    expect(reminderKey('u1', 'c1', '2026-07-01', 30)).toBe('expiry:u1:c1:2026-07-01:30');
    expect(reminderKey('u1', 'c1', '2027-07-01', 30)).not.toBe(reminderKey('u1', 'c1', '2026-07-01', 30));
  });
});
