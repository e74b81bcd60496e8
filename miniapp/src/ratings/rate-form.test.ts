import { describe, expect, it } from 'vitest';
import { CreateRatingRequestSchema } from '@zsb/shared/contracts/ratings';
import { chinaDateTimeToIso } from './callback-time';
import { deviceId, draftProblems, emptyDraft, newRatingKey, rateBody, toggleTag, withOverall, type RateDraft } from './rate-form';

describe('the rating draft', () => {
  it('rates every sub-indicator with the overall stars until the person changes one', () => {
    let d = withOverall(emptyDraft('GJJ-0001'), 2, 'window');
    expect(d.indicators).toEqual({ serviceEfficiency: 2, serviceLevel: 2, serviceAttitude: 2 });
    d = { ...d, indicators: { ...d.indicators, serviceAttitude: 1 } };
    d = withOverall(d, 3, 'window');
    expect(d).toMatchObject({ overall: 3, indicators: { serviceEfficiency: 2, serviceLevel: 2, serviceAttitude: 1 } });
  });

  it('says what is missing', () => {
    expect(draftProblems(emptyDraft(), 'online')).toEqual(['item', 'overall', 'indicators']);
    expect(draftProblems({ ...emptyDraft('GJJ-0001'), overall: 5, indicators: { efficiency: 5 } }, 'online')).toEqual(['indicators']);
    expect(draftProblems(withOverall(emptyDraft('GJJ-0001'), 5, 'online'), 'online')).toEqual([]);
  });

  it('takes at most 5 tags and toggles them', () => {
    let d: RateDraft = { ...emptyDraft(), overall: 3 };
    for (const t of ['fast', 'friendly', 'clear_guide', 'one_visit', 'easy_to_use', 'long_wait'] as const) d = toggleTag(d, t);
    expect(d.tags).toEqual(['fast', 'friendly', 'clear_guide', 'one_visit', 'easy_to_use']);
    expect(toggleTag(d, 'fast').tags).not.toContain('fast');
  });

  it('offers only tags that fit the stars, and drops praise when the stars fall to 差评 (defect 13b)', () => {
    let d = toggleTag(emptyDraft('GJJ-0001'), 'fast');
    expect(d.tags).toEqual([]);
    d = toggleTag(withOverall(d, 5, 'window'), 'fast');
    expect(d.tags).toEqual(['fast']);
    expect(toggleTag(d, 'long_wait').tags).toEqual(['fast']);
    d = withOverall(d, 2, 'window');
    expect(d.tags).toEqual([]);
    expect(toggleTag(d, 'fast').tags).toEqual([]);
    expect(toggleTag(d, 'long_wait').tags).toEqual(['long_wait']);
  });

  it('builds bodies the BFF contract accepts, for a window and for a case', () => {
    const d = { ...withOverall(emptyDraft('GJJ-0001'), 1, 'window'), comment: '  排队太久  ', tags: ['long_wait' as const] };
    const w = rateBody(d, { kind: 'window', windowId: 'H330106-W05' });
    expect(CreateRatingRequestSchema.parse(w)).toEqual({
      channel: 'window', windowId: 'H330106-W05', itemCode: 'GJJ-0001', overall: 1,
      indicators: { serviceEfficiency: 1, serviceLevel: 1, serviceAttitude: 1 }, comment: '排队太久', tags: ['long_wait'],
    });
    const c = rateBody(withOverall(emptyDraft('GJJ-0012'), 4, 'online'), { kind: 'case', caseId: 'cs_abcdefghijklmnop' });
    expect(CreateRatingRequestSchema.safeParse(c).success).toBe(true);
    expect(c).not.toHaveProperty('comment');
  });
});

describe('keys', () => {
  it('makes a new idempotency key per attempt and keeps one device id', () => {
    expect(newRatingKey()).toMatch(/^rate-[a-z0-9]+-[a-z0-9]{14}$/);
    expect(newRatingKey()).not.toBe(newRatingKey());
    const store = new Map<string, string>();
    const storage = { get: (k: string) => store.get(k) ?? null, set: (k: string, v: string) => void store.set(k, v), remove: (k: string) => void store.delete(k) };
    const id = deviceId(storage);
    expect(id).toMatch(/^dev-[a-z0-9]{14}$/);
    expect(deviceId(storage)).toBe(id);
  });
});

describe('the callback time', () => {
  it('reads the picked date and time as China time', () => {
    expect(chinaDateTimeToIso('2026-09-29 09:30')).toBe('2026-09-29T01:30:00.000Z');
    expect(chinaDateTimeToIso('2026-09-29 00:10')).toBe('2026-09-28T16:10:00.000Z');
  });
});
