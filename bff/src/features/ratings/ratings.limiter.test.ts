import { describe, expect, it } from 'vitest';
import { RatingLimiter, WindowCounter } from './ratings.limiter';

const HOUR = 60 * 60_000;
const T0 = Date.parse('2026-09-28T02:00:00Z');

describe('the sliding window counter', () => {
  it('counts within the window and forgets what is two windows old', () => {
    const c = new WindowCounter(HOUR);
    for (let i = 0; i < 10; i++) c.add('k', T0);
    expect(c.count('k', T0 + 1000)).toBe(10);
    expect(c.count('k', T0 + HOUR)).toBe(10);
    expect(c.count('k', T0 + HOUR + HOUR / 2)).toBe(5);
    expect(c.count('k', T0 + 3 * HOUR)).toBe(0);
  });
  it('stays within its key budget', () => {
    const c = new WindowCounter(HOUR, 100);
    for (let i = 0; i < 1000; i++) c.add(`k${i}`, T0);
    expect(c.count('k999', T0)).toBe(1);
    expect(c.count('k0', T0)).toBe(0);
  });
});

describe('rating limits', () => {
  const limits = { perUserPerHour: 3, perDevicePerHour: 5, perIpPerHour: 10, burstWindowMs: 10 * 60_000 };
  it('refuses the fourth rating of one user in an hour even from other devices', () => {
    const l = new RatingLimiter(limits);
    for (let i = 0; i < 3; i++) l.record({ userId: 'u1', deviceId: `d${i}`, ip: `10.0.0.${i}` }, T0);
    expect(l.check({ userId: 'u1', deviceId: 'd9', ip: '10.0.0.9' }, T0)).toMatchObject({ allowed: false });
    expect(l.check({ userId: 'u2', deviceId: 'd9', ip: '10.0.0.9' }, T0)).toEqual({ allowed: true });
  });
  it('limits anonymous ratings by device and by IP', () => {
    const l = new RatingLimiter(limits);
    for (let i = 0; i < 5; i++) l.record({ userId: null, deviceId: 'd1', ip: `10.0.0.${i}` }, T0);
    expect(l.check({ userId: null, deviceId: 'd1', ip: '10.0.0.99' }, T0)).toMatchObject({ allowed: false });
    for (let i = 0; i < 10; i++) l.record({ userId: null, deviceId: `x${i}`, ip: '10.9.9.9' }, T0);
    const refused = l.check({ userId: null, deviceId: 'new', ip: '10.9.9.9' }, T0);
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(0);
  });
  it('reports the busiest key of a rater for burst flags', () => {
    const l = new RatingLimiter(limits);
    l.record({ userId: null, deviceId: 'd1', ip: '10.0.0.1' }, T0);
    l.record({ userId: null, deviceId: 'd1', ip: '10.0.0.2' }, T0);
    expect(l.recentBurst({ userId: null, deviceId: 'd1', ip: '10.0.0.3' }, T0)).toBe(2);
    expect(l.recentBurst({ userId: null, deviceId: 'd1', ip: '10.0.0.3' }, T0 + 25 * 60_000)).toBe(0);
  });
  it('does not count a shared hall address towards bursts when the rater is known', () => {
    const l = new RatingLimiter(limits);
    for (let i = 0; i < 6; i++) l.record({ userId: null, deviceId: `d${i}`, ip: '10.0.0.1' }, T0);
    expect(l.recentBurst({ userId: null, deviceId: 'd9', ip: '10.0.0.1' }, T0)).toBe(0);
    expect(l.recentBurst({ userId: null, deviceId: null, ip: '10.0.0.1' }, T0)).toBe(0);
    l.record({ userId: null, deviceId: null, ip: '10.0.0.1' }, T0);
    expect(l.recentBurst({ userId: null, deviceId: null, ip: '10.0.0.1' }, T0)).toBe(1);
  });
});
