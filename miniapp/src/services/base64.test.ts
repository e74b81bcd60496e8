import { describe, expect, it } from 'vitest';
import { asciiToBase64, decodeBase64Url } from './base64';

describe('base64 without atob/btoa', () => {
  it('encodes ASCII exactly like Node, for every padding length', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'abcd', '<svg viewBox="0 0 101 101"><path d="M2 2h7"/></svg>']) {
      expect(asciiToBase64(s)).toBe(Buffer.from(s).toString('base64'));
    }
  });

  it('decodes base64url of long JSON, as in an access token', () => {
    const json = JSON.stringify({ sub: 'a-b_c'.repeat(20), idt: 'enterprise:91330106MA2B000000', exp: 1780000000 });
    expect(decodeBase64Url(Buffer.from(json).toString('base64url'))).toBe(json);
  });

  it('refuses characters outside base64url', () => {
    expect(() => decodeBase64Url('ab+/')).toThrow();
  });
});
