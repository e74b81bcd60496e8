import { describe, expect, it } from 'vitest';
import { disclosureDueDate, extendedDueDate, receivedOn } from './disclosure';

describe('依申请公开 deadlines on the Chinese calendar', () => {
  it('counts 20 working days over 中秋 (09-25) and 国庆 (10-01..07), with the make-up days 09-20 and 10-10 counted', () => {
    // 09-16..18 (3), 09-20 补班 (4), 09-21..24 (8), 09-28..30 (11), 10-08..10 (14), 10-12..16 (19), 10-19 (20).
    expect(disclosureDueDate('2026-09-15')).toBe('2026-10-19');
  });

  it('extends by 20 more working days from the original due date', () => {
    // 10-20..23 (4), 10-26..30 (9), 11-02..06 (14), 11-09..13 (19), 11-16 (20).
    expect(extendedDueDate('2026-10-19')).toBe('2026-11-16');
  });

  it('takes the China-time date of receipt (late evening UTC is already the next day)', () => {
    expect(receivedOn('2026-09-14T17:00:00Z')).toBe('2026-09-15');
  });
});
