import { describe, expect, it } from 'vitest';
import { signHotlineBody, verifyHotlineSignature } from './hotline.signature';

const secret = 'sandbox-hotline-secret';
const body = JSON.stringify({ ticketNo: 'T1', externalId: 'wo_1', event: 'resolved', note: '已处理', at: '2026-10-09T02:00:00Z' });

describe('hotline webhook signatures', () => {
  it('accepts the HMAC-SHA256 of the exact raw body', () => {
    expect(verifyHotlineSignature(secret, body, signHotlineBody(secret, body))).toBe(true);
  });
  it('refuses a changed body, another secret, a missing or malformed header', () => {
    const sig = signHotlineBody(secret, body);
    expect(verifyHotlineSignature(secret, body.replace('已处理', '未处理'), sig)).toBe(false);
    expect(verifyHotlineSignature('another-secret', body, sig)).toBe(false);
    expect(verifyHotlineSignature(secret, body, undefined)).toBe(false);
    expect(verifyHotlineSignature(secret, body, sig.slice(0, -2))).toBe(false);
    expect(verifyHotlineSignature(secret, body, sig.replace('sha256=', 'sha1='))).toBe(false);
  });
});
