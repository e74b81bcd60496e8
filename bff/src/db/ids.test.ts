import { describe, expect, it } from 'vitest';
import { newOrderedId } from './ids';

describe('newOrderedId', () => {
  it('writes RFC 9562 version-7 UUIDs that sort by their millisecond and never repeat', () => {
    const ids = Array.from({ length: 1_000 }, (_, i) => newOrderedId(1_700_000_000_000 + Math.floor(i / 10)));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]!.slice(0, 13)).toBe('018bcfe5-6800');
    for (let i = 10; i < ids.length; i += 10) expect(ids[i]! > ids[i - 1]!).toBe(true);
  });
});
