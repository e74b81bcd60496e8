import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../test/harness';
import { rate, windowRating } from '../features/ratings/ratings.test-support';

// Issue 12, defect 2: any caller could choose its client address with X-Forwarded-For and so
// escape the per-address limits. Only configured proxies are believed now.
describe('client address from anyone’s X-Forwarded-For (issue 12 defect 2)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      config: { trustedProxies: ['10.9.8.7'], rateLimit: { loginPerMinute: 3 }, ratingLimits: { perIpPerHour: 3, perDevicePerHour: 100 } },
    });
  });
  afterAll(async () => { await stack.close(); });

  const authorize = (remoteAddress: string, forwardedFor: string) => stack.app.inject({
    method: 'POST', url: '/api/v1/auth/authorize', payload: { personaId: 'r001' }, remoteAddress,
    headers: { 'x-forwarded-for': forwardedFor },
  });

  it('keeps the sign-in limit for a caller that rotates X-Forwarded-For', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await authorize('192.0.2.10', `198.51.100.${i}`)).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
  });

  it('keeps the rating limit per address for a caller that rotates X-Forwarded-For and device ids', async () => {
    const body = windowRating('H330106-W05', 'gjj', 5);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await rate((o) => stack.app.inject({ ...o, remoteAddress: '192.0.2.20' }), body,
        { 'x-forwarded-for': `203.0.113.${i}`, 'x-device-id': `device-rotating-${String(i).padStart(2, '0')}` });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([201, 201, 201, 429, 429]);
  });

  it('believes X-Forwarded-For from a configured proxy: each client behind it has its own limit', async () => {
    // Through the proxy: client A spends its three sign-ins, client B still has its own.
    const a = [];
    for (let i = 0; i < 4; i++) a.push((await authorize('10.9.8.7', '198.51.100.77')).statusCode);
    expect(a).toEqual([200, 200, 200, 429]);
    expect((await authorize('10.9.8.7', '198.51.100.78')).statusCode).toBe(200);
    // The proxy's own address was never counted: a header naming it is another client.
    expect((await authorize('10.9.8.7', '10.9.8.7')).statusCode).toBe(200);
  });
});
