import { describe, expect, it } from 'vitest';
import { isValidUscc, USCC_CHARSET, usccCheckChar } from './uscc';

// Published codes of well-known organisations; their check characters must come out right.
const REAL = ['91350100M000100Y43', '91440300708461136T', '914403001922038216', '91330100716105852F'];

describe('GB 32100 unified social credit codes', () => {
  it('accepts published real-world codes', () => {
    for (const code of REAL) {
      expect(usccCheckChar(code.slice(0, 17)), code).toBe(code[17]);
      expect(isValidUscc(code), code).toBe(true);
    }
  });
  it('writes a computed 31 as 0', () => {
    // Search a code whose remainder is 0 so the 31 → 0 rule is exercised.
    let found: string | undefined;
    for (let n = 0; n < 10_000 && !found; n++) {
      const first17 = `9133010${String(n).padStart(4, '0')}MA0000`;
      if (usccCheckChar(first17) === '0') found = first17;
    }
    expect(found).toBeDefined();
    expect(isValidUscc(`${found}0`)).toBe(true);
  });
  it('rejects every single-character mutation of a valid code', () => {
    const valid = REAL[0];
    for (let i = 0; i < 18; i++) {
      for (const c of USCC_CHARSET) {
        if (c === valid[i]) continue;
        const mutated = valid.slice(0, i) + c + valid.slice(i + 1);
        expect(isValidUscc(mutated), mutated).toBe(false);
      }
    }
  });
  it('rejects the letters I, O, S, V, Z, lowercase and wrong lengths', () => {
    for (const bad of ['I', 'O', 'S', 'V', 'Z']) {
      expect(() => usccCheckChar(`91350100M000100${bad}4`)).toThrow(RangeError);
      expect(isValidUscc(`91350100M000100${bad}43`)).toBe(false);
    }
    expect(isValidUscc('91350100m000100y43')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(isValidUscc('91350100M000100Y433')).toBe(false);
  });
});
