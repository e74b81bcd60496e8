import { describe, expect, it } from 'vitest';
import { bookingSuspension, estimateWaitMinutes, hallOpenAt, slotTimes, ticketNumber, ticketPriority, chinaInstant } from './hall-queue';
import { parseCode, codeSigningInput, windowIdOfRateLink } from './hall-codes';

describe('hall slots on the working-day calendar', () => {
  it('has none on the National Day holiday and some on the make-up working day', () => {
    for (let d = 1; d <= 7; d++) expect(slotTimes(`2026-10-0${d}`)).toEqual([]);
    expect(slotTimes('2026-09-27')).toEqual([]); // an ordinary Sunday
    expect(slotTimes('2026-09-20').length).toBe(13); // make-up Sunday before National Day
    expect(slotTimes('2026-10-10').length).toBe(13); // make-up Saturday after it
    const day = slotTimes('2026-10-09');
    expect(day).toHaveLength(13);
    expect(day[0]).toEqual({ start: '09:00', end: '09:30' });
    expect(day.at(-1)).toEqual({ start: '16:30', end: '17:00' });
    expect(day.every((s) => s.start < '12:00' ? s.end <= '12:00' : s.start >= '13:30')).toBe(true);
  });
  it('knows when the hall is open', () => {
    expect(hallOpenAt(chinaInstant('2026-10-09', '09:00'))).toBe(true);
    expect(hallOpenAt(chinaInstant('2026-10-09', '12:30'))).toBe(false);
    expect(hallOpenAt(chinaInstant('2026-10-02', '10:00'))).toBe(false);
  });
});

describe('no-show rule', () => {
  it('suspends for 30 days after the third no-show in 90 days', () => {
    expect(bookingSuspension(['2026-09-01', '2026-09-10'], '2026-09-20')).toBeNull();
    expect(bookingSuspension(['2026-09-01', '2026-09-10', '2026-09-15'], '2026-09-20')).toEqual({ until: '2026-10-15', count: 3 });
    expect(bookingSuspension(['2026-09-01', '2026-09-10', '2026-09-15'], '2026-10-15')).toBeNull();
    expect(bookingSuspension(['2026-01-01', '2026-09-10', '2026-09-15'], '2026-09-20')).toBeNull();
    expect(bookingSuspension(['a', 'b'].map(() => '2026-09-10'), '2026-09-12', { limit: 2, windowDays: 30, suspendDays: 5 })).toEqual({ until: '2026-09-15', count: 2 });
  });
});

describe('tickets', () => {
  it('gives 特呼 to 60+ and pre-reviewed cases, priority to appointments', () => {
    expect(ticketPriority({ over60: true, preReviewed: false, appointment: false })).toBe('special');
    expect(ticketPriority({ over60: false, preReviewed: true, appointment: true })).toBe('special');
    expect(ticketPriority({ over60: false, preReviewed: false, appointment: true })).toBe('appointment');
    expect(ticketPriority({ over60: false, preReviewed: false, appointment: false })).toBe('normal');
    expect(ticketNumber('appointment', 7)).toBe('B007');
    expect(estimateWaitMinutes(0, 6, 2)).toBe(0);
    expect(estimateWaitMinutes(3, 6, 2)).toBe(9);
  });
});

describe('codes', () => {
  it('parses only versioned codes of known types', () => {
    expect(parseCode('zsb1:hall:H330100:AAAAAAAAAAAAAAAAAAAAAA')).toMatchObject({ type: 'hall', parts: ['H330100'], signed: 'zsb1:hall:H330100' });
    expect(parseCode('zsb2:hall:H330100:AAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    expect(parseCode('zsb1:evil:H330100:AAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    expect(parseCode('x'.repeat(10_000))).toBeNull();
    expect(codeSigningInput('case', ['abc', 'pickup'])).toBe('zsb1:case:abc~pickup');
    expect(() => codeSigningInput('case', ['a:b'])).toThrow();
  });
  it('reads window ids only from our own rating links', () => {
    expect(windowIdOfRateLink('http://h5/#/pages/rate/index?windowId=H330100-W05', 'http://h5/', '/pages/rate/index')).toBe('H330100-W05');
    expect(windowIdOfRateLink('http://evil/#/pages/rate/index?windowId=H330100-W05', 'http://h5', '/pages/rate/index')).toBeNull();
  });
});
