import { describe, expect, it } from 'vitest';
import {
  commentLength,
  decideRatingWrite,
  duplicateTextKey,
  indicatorSetFor,
  isDefaultRatingDue,
  monthsEndingWith,
  needsWorkOrder,
  ratingMonth,
  reviewFlags,
  tagsFitOverall,
  tagsFor,
  CRITICISM_TAGS,
  PRAISE_TAGS,
  RATING_TAGS,
} from './rating';

const HOUR = 60 * 60 * 1000;

describe('which ratings become rectification work orders', () => {
  it('creates one for a real-name 1 or 2 star rating', () => {
    expect(needsWorkOrder({ overall: 1, realName: true, origin: 'rated' })).toBe(true);
    expect(needsWorkOrder({ overall: 2, realName: true, origin: 'rated' })).toBe(true);
  });
  it('creates none for 3 stars and up', () => {
    expect(needsWorkOrder({ overall: 3, realName: true, origin: 'rated' })).toBe(false);
  });
  it('creates none for an anonymous 1 star rating', () => {
    expect(needsWorkOrder({ overall: 1, realName: false, origin: 'rated' })).toBe(false);
  });
  it('creates none for a default rating', () => {
    expect(needsWorkOrder({ overall: 1, realName: true, origin: 'default' })).toBe(false);
  });
});

describe('indicator sets', () => {
  it('uses the window indicators at a window and the online ones everywhere else', () => {
    expect(indicatorSetFor('window')).toBe('window');
    expect(indicatorSetFor('online')).toBe('online');
    expect(indicatorSetFor('kiosk')).toBe('online');
    expect(indicatorSetFor('hotline')).toBe('online');
  });
});

describe('a second rating of the same case', () => {
  const created = new Date('2026-09-28T02:00:00Z');
  it('is inserted when there is none', () => {
    expect(decideRatingWrite(null, created)).toBe('insert');
  });
  it('updates the first within 24 hours', () => {
    expect(decideRatingWrite({ origin: 'rated', createdAt: created }, new Date(created.getTime() + 23 * HOUR))).toBe('update');
  });
  it('is refused after 24 hours', () => {
    expect(decideRatingWrite({ origin: 'rated', createdAt: created }, new Date(created.getTime() + 24 * HOUR))).toBe('refuse');
  });
  it('replaces a 7-day default whenever it comes', () => {
    expect(decideRatingWrite({ origin: 'default', createdAt: created }, new Date(created.getTime() + 900 * HOUR))).toBe('replace_default');
  });
});

describe('the 7-day default rating', () => {
  it('is due exactly 7 days after completion and not a minute before', () => {
    const done = new Date('2026-09-28T02:00:00Z');
    expect(isDefaultRatingDue(done, new Date('2026-10-05T01:59:00Z'))).toBe(false);
    expect(isDefaultRatingDue(done, new Date('2026-10-05T02:00:00Z'))).toBe(true);
  });
});

describe('comments', () => {
  it('counts characters as people do, so 500 Chinese characters or emoji fit', () => {
    expect(commentLength('好'.repeat(500))).toBe(500);
    expect(commentLength('👍'.repeat(500))).toBe(500);
  });
  it('recognizes the same text pasted with different spacing, punctuation and width', () => {
    expect(duplicateTextKey('服务态度极差，再也不来了！')).toBe(duplicateTextKey('服务态度 极差 再也不来了!!'));
    expect(duplicateTextKey('ＡＢＣ服务太慢了')).toBe(duplicateTextKey('abc 服务太慢了'));
  });
  it('never treats short everyday comments as duplicates', () => {
    expect(duplicateTextKey('很好！')).toBeNull();
    expect(duplicateTextKey('')).toBeNull();
    expect(duplicateTextKey(null)).toBeNull();
  });
});

describe('review flags', () => {
  it('flags the third rating with the same text and the fifth from one actor in the window', () => {
    expect(reviewFlags({ sameTextBefore: 1, actorRecentBefore: 3 })).toEqual([]);
    expect(reviewFlags({ sameTextBefore: 2, actorRecentBefore: 0 })).toEqual(['duplicate_text']);
    expect(reviewFlags({ sameTextBefore: 0, actorRecentBefore: 4 })).toEqual(['burst']);
  });
});

describe('months', () => {
  it('counts a rating in its month in China time', () => {
    expect(ratingMonth(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10');
  });
  it('lists the trailing months across a year boundary', () => {
    expect(monthsEndingWith('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('tags follow the stars (defect 13b)', () => {
  it('offers praise for 4–5 stars, criticism for 1–2, either for 3, and nothing before the stars are set', () => {
    expect(tagsFor(5)).toEqual(PRAISE_TAGS);
    expect(tagsFor(4)).toContain('fast');
    expect(tagsFor(2)).toEqual(CRITICISM_TAGS);
    expect(tagsFor(2)).not.toContain('fast');
    expect(tagsFor(1)).toContain('long_wait');
    expect(tagsFor(3)).toEqual(RATING_TAGS);
    expect(tagsFor(null)).toEqual([]);
  });

  it('splits every tag into exactly one of praise and criticism', () => {
    expect([...PRAISE_TAGS, ...CRITICISM_TAGS].sort()).toEqual([...RATING_TAGS].sort());
  });

  it('refuses 办得快 on a 2-star rating and 排队久 on a 5-star one', () => {
    expect(tagsFitOverall(['fast'], 2)).toBe(false);
    expect(tagsFitOverall(['long_wait'], 5)).toBe(false);
    expect(tagsFitOverall(['fast', 'long_wait'], 3)).toBe(true);
    expect(tagsFitOverall([], 1)).toBe(true);
  });
});
