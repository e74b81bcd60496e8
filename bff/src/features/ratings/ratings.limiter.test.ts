import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemorySharedState } from '../../platform/shared-state';
import { RatingLimiter } from './ratings.limiter';

const T0 = Date.parse('2026-09-28T02:00:00Z');
const limits = { perUserPerHour: 3, perDevicePerHour: 5, perIpPerHour: 10, burstWindowMs: 10 * 60_000 };

let shared: MemorySharedState;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  shared = new MemorySharedState();
});
afterEach(async () => {
  vi.useRealTimers();
  await shared.close();
});

describe('rating limits', () => {
  it('refuses the fourth rating of one user in an hour even from other devices', async () => {
    const l = new RatingLimiter(shared, limits);
    for (let i = 0; i < 3; i++) expect(await l.take({ userId: 'u1', deviceId: `d${i}`, ip: `10.0.0.${i}` })).toEqual({ allowed: true });
    expect(await l.take({ userId: 'u1', deviceId: 'd9', ip: '10.0.0.9' })).toMatchObject({ allowed: false });
    expect(await l.take({ userId: 'u2', deviceId: 'd9', ip: '10.0.0.9' })).toEqual({ allowed: true });
    // The next hour starts afresh.
    vi.setSystemTime(T0 + 60 * 60_000);
    expect(await l.take({ userId: 'u1', deviceId: 'd9', ip: '10.0.0.9' })).toEqual({ allowed: true });
  });

  it('limits anonymous ratings by device and by IP, telling when to retry', async () => {
    const l = new RatingLimiter(shared, limits);
    for (let i = 0; i < 5; i++) await l.take({ userId: null, deviceId: 'd1', ip: `10.0.0.${i}` });
    expect(await l.take({ userId: null, deviceId: 'd1', ip: '10.0.0.99' })).toMatchObject({ allowed: false });
    for (let i = 0; i < 10; i++) await l.take({ userId: null, deviceId: `x${i}`, ip: '10.9.9.9' });
    const refused = await l.take({ userId: null, deviceId: 'new', ip: '10.9.9.9' });
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 3600 });
  });

  it('does not spend the shared address on a person refused for their own ratings', async () => {
    const l = new RatingLimiter(shared, { ...limits, perIpPerHour: 4 });
    for (let i = 0; i < 10; i++) await l.take({ userId: 'u1', deviceId: null, ip: '10.0.0.1' });
    // u1 took 3 allowed ratings of the address' 4; their 7 refused attempts did not count there.
    expect(await l.take({ userId: 'u2', deviceId: null, ip: '10.0.0.1' })).toEqual({ allowed: true });
    expect(await l.take({ userId: 'u3', deviceId: null, ip: '10.0.0.1' })).toMatchObject({ allowed: false });
  });

  it('is one limit for every limiter on the same shared state (several instances)', async () => {
    const a = new RatingLimiter(shared, limits);
    const b = new RatingLimiter(shared, limits);
    expect(await a.take({ userId: 'u1', deviceId: null, ip: '10.0.0.1' })).toEqual({ allowed: true });
    expect(await b.take({ userId: 'u1', deviceId: null, ip: '10.0.0.2' })).toEqual({ allowed: true });
    expect(await a.take({ userId: 'u1', deviceId: null, ip: '10.0.0.3' })).toEqual({ allowed: true });
    expect(await b.take({ userId: 'u1', deviceId: null, ip: '10.0.0.4' })).toMatchObject({ allowed: false });
  });
});

describe('burst counts', () => {
  it('report the busiest person key of a rater in the current window', async () => {
    const l = new RatingLimiter(shared, limits);
    expect(await l.burst({ userId: null, deviceId: 'd1', ip: '10.0.0.1' })).toBe(0);
    expect(await l.burst({ userId: null, deviceId: 'd1', ip: '10.0.0.2' })).toBe(1);
    expect(await l.burst({ userId: 'u1', deviceId: 'd1', ip: '10.0.0.3' })).toBe(2);
    vi.setSystemTime(T0 + 15 * 60_000);
    expect(await l.burst({ userId: null, deviceId: 'd1', ip: '10.0.0.3' })).toBe(0);
  });

  it('do not count a shared hall address when the rater is known', async () => {
    const l = new RatingLimiter(shared, limits);
    for (let i = 0; i < 6; i++) await l.burst({ userId: null, deviceId: `d${i}`, ip: '10.0.0.1' });
    expect(await l.burst({ userId: null, deviceId: 'd9', ip: '10.0.0.1' })).toBe(0);
    expect(await l.burst({ userId: null, deviceId: null, ip: '10.0.0.1' })).toBe(0);
    expect(await l.burst({ userId: null, deviceId: null, ip: '10.0.0.1' })).toBe(1);
  });
});
