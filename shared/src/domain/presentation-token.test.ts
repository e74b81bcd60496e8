import { describe, expect, it } from 'vitest';
import { isCompactJws, presentationCodeForm, PRESENTATION_TOKEN_MAX_LENGTH, refreshDelayMs, secondsLeft } from './presentation-token';

describe('the shape of a 亮证码 token', () => {
  it('accepts three base64url segments', () => {
    expect(isCompactJws('eyJhbGciOiJFZERTQSJ9.eyJqdGkiOiJ4In0.c2lnbmF0dXJl_-')).toBe(true);
  });

  it('rejects missing segments, padding, standard base64 characters and whitespace', () => {
    expect(isCompactJws('eyJh.eyJq')).toBe(false);
    expect(isCompactJws('eyJh.eyJq.sig.extra')).toBe(false);
    expect(isCompactJws('eyJh.eyJq.c2ln==')).toBe(false);
    expect(isCompactJws('eyJh.ey+q.c2ln')).toBe(false);
    expect(isCompactJws('eyJh.eyJq.c2ln ')).toBe(false);
    expect(isCompactJws('..')).toBe(false);
  });

  it('rejects a token longer than the limit even when well formed', () => {
    const seg = 'A'.repeat(PRESENTATION_TOKEN_MAX_LENGTH);
    expect(isCompactJws(`${seg}.${seg}.${seg}`)).toBe(false);
  });
});

describe('countdown and refresh of the code on the page', () => {
  const now = Date.parse('2026-06-01T00:00:00Z');

  it('counts whole seconds left, rounding up, and stops at zero', () => {
    expect(secondsLeft('2026-06-01T00:01:00Z', now)).toBe(60);
    expect(secondsLeft(now + 59_001, now)).toBe(60);
    expect(secondsLeft(now - 5_000, now)).toBe(0);
  });

  it('refreshes ten seconds before expiry', () => {
    expect(refreshDelayMs('2026-06-01T00:01:00Z', now)).toBe(50_000);
  });

  it('waits at least a second when the code is about to die or already dead', () => {
    expect(refreshDelayMs(now + 5_000, now)).toBe(1000);
    expect(refreshDelayMs(now - 60_000, now)).toBe(1000);
  });
});

describe('presentationCodeForm', () => {
  it('tells the three forms of a 亮证码 apart and refuses anything else', () => {
    expect(presentationCodeForm('eyJhbGciOiJFZERTQSJ9.eyJqdGkiOiJ4In0.c2lnbmF0dXJl_-')).toBe('jws');
    expect(presentationCodeForm('ZR1:6BFOXN*TS0BI$ZD')).toBe('reference');
    expect(presentationCodeForm('ZO1:NCFOXN%TS3DH')).toBe('offline');
    for (const other of ['ZR1:', 'ZR1:abc', 'ZO1:é', 'zsb1:hall:H330102:abc', 'https://example.com', `ZR1:${'A'.repeat(5000)}`]) {
      expect(presentationCodeForm(other)).toBeNull();
    }
  });
});
