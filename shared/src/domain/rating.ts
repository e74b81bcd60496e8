/**
 * 好差评 rules (S-city 好差评 rules, seed 004 material 2): stars, dimensions per channel,
 * which ratings become rectification work orders, edits, default ratings and abuse flags.
 * Pure: no I/O, no clock — callers pass `now`.
 */

/** 1 非常不满意 · 2 不满意 · 3 基本满意 · 4 满意 · 5 非常满意. */
export const STARS = [1, 2, 3, 4, 5] as const;
export type Star = (typeof STARS)[number];

/** i18n keys of the star levels, index = stars − 1. */
export const STAR_LEVEL_KEYS = [
  'very_dissatisfied',
  'dissatisfied',
  'basically_satisfied',
  'satisfied',
  'very_satisfied',
] as const;

/** 线上 / 窗口 / 自助终端 / 12345. */
export const RATING_CHANNELS = ['online', 'window', 'kiosk', 'hotline'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];

/** National online sub-indicators: 办事效率(办理时效性), 办事指南精确度, 办事便捷度(服务便捷度), 平台操作性. */
export const ONLINE_INDICATORS = ['efficiency', 'guideAccuracy', 'convenience', 'usability'] as const;
/** National window sub-indicators: 服务效率, 服务水平, 服务态度. */
export const WINDOW_INDICATORS = ['serviceEfficiency', 'serviceLevel', 'serviceAttitude'] as const;
export type OnlineIndicator = (typeof ONLINE_INDICATORS)[number];
export type WindowIndicator = (typeof WINDOW_INDICATORS)[number];
export type Indicator = OnlineIndicator | WindowIndicator;

/** Every dimension a public result averages: 整体满意度 first, then all sub-indicators. */
export const DIMENSIONS = ['overall', ...ONLINE_INDICATORS, ...WINDOW_INDICATORS] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type IndicatorSet = 'online' | 'window';

/** A rating given at a window uses the window indicators; online, kiosk and 12345 use the online ones. */
export function indicatorSetFor(channel: RatingChannel): IndicatorSet {
  return channel === 'window' ? 'window' : 'online';
}

export function indicatorsOf(set: IndicatorSet): readonly Indicator[] {
  return set === 'window' ? WINDOW_INDICATORS : ONLINE_INDICATORS;
}

/** Tags a rater may add; the mini-program shows them through i18n keys `rating.tag.<code>`. */
export const RATING_TAGS = [
  'fast',
  'friendly',
  'clear_guide',
  'one_visit',
  'easy_to_use',
  'long_wait',
  'unclear_guide',
  'bad_attitude',
  'many_visits',
  'system_error',
] as const;
export type RatingTag = (typeof RATING_TAGS)[number];
export const MAX_TAGS = 5;

/** Tags that praise: they go with 4–5 stars (好评) and with 3. */
export const PRAISE_TAGS = ['fast', 'friendly', 'clear_guide', 'one_visit', 'easy_to_use'] as const satisfies readonly RatingTag[];
/** Tags that criticise: they go with 1–2 stars (差评) and with 3. */
export const CRITICISM_TAGS = ['long_wait', 'unclear_guide', 'bad_attitude', 'many_visits', 'system_error'] as const satisfies readonly RatingTag[];

/**
 * The tags a rater may choose for `overall` stars on 整体满意度: praise for 好评 (4–5), criticism for
 * 差评 (1–2), either for 基本满意 (3), none before the stars are set — "办得快" on a 2-star rating
 * contradicts itself and would mislead the public results and the work order.
 */
export function tagsFor(overall: number | null | undefined): readonly RatingTag[] {
  if (!overall) return [];
  if (isGood(overall)) return PRAISE_TAGS;
  if (isBad(overall)) return CRITICISM_TAGS;
  return RATING_TAGS;
}

/** Whether every tag fits `overall` stars (see `tagsFor`). */
export function tagsFitOverall(tags: readonly RatingTag[], overall: number): boolean {
  const allowed = tagsFor(overall);
  return tags.every((t) => allowed.includes(t));
}

export const COMMENT_MAX_CHARS = 500;

/** Length in characters as a person counts them (code points), so 500 Chinese characters or emoji fit. */
export function commentLength(comment: string): number {
  return Array.from(comment).length;
}

/** 好评: 4 or 5 stars on 整体满意度. */
export function isGood(overall: number): boolean {
  return overall >= 4;
}

/** 差评: 1 不满意 or 2 非常不满意 on 整体满意度. */
export function isBad(overall: number): boolean {
  return overall <= 2;
}

/** Where a rating came from: given by a person, or the 7-day default 基本满意 of a completed case. */
export type RatingOrigin = 'rated' | 'default';

/**
 * A real-name 1–2 star rating on 整体满意度 creates a rectification work order; anonymous and
 * default ratings never do.
 */
export function needsWorkOrder(r: { overall: number; realName: boolean; origin: RatingOrigin }): boolean {
  return r.realName && r.origin === 'rated' && isBad(r.overall);
}

/** A completed case not rated within this many calendar days counts as 基本满意. */
export const DEFAULT_RATING_AFTER_DAYS = 7;
export const DEFAULT_RATING_STARS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a case completed at `completedAt` and still unrated gets its default rating at `now`. */
export function isDefaultRatingDue(completedAt: Date, now: Date): boolean {
  return now.getTime() - completedAt.getTime() >= DEFAULT_RATING_AFTER_DAYS * DAY_MS;
}

/** A rater may change their rating for this long after first giving it. */
export const EDIT_WINDOW_MS = DAY_MS;

export type RatingWriteDecision = 'insert' | 'update' | 'replace_default' | 'refuse';

/**
 * What a new rating for a case does given the rating already stored for that case and user:
 * none → insert; the user's own within 24 h → update; the user's own later → refuse;
 * a 7-day default → replaced by the person's own rating.
 */
export function decideRatingWrite(
  existing: { origin: RatingOrigin; createdAt: Date } | null,
  now: Date,
): RatingWriteDecision {
  if (!existing) return 'insert';
  if (existing.origin === 'default') return 'replace_default';
  return now.getTime() - existing.createdAt.getTime() < EDIT_WINDOW_MS ? 'update' : 'refuse';
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The month (`YYYY-MM`, China time) a rating is counted in. */
export function ratingMonth(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}

/** The `count` months ending with `month`, oldest first (`YYYY-MM`). */
export function monthsEndingWith(month: string, count: number): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const idx = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * The form of a comment used to spot copy-pasted text: width- and case-folded, without
 * whitespace, punctuation and symbols. Too short to mean anything → null (never flagged).
 */
export function duplicateTextKey(comment: string | null | undefined, minChars = DUPLICATE_TEXT_MIN_CHARS): string | null {
  if (!comment) return null;
  const key = comment.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
  return Array.from(key).length >= minChars ? key : null;
}

/** Comments shorter than this after normalizing ("很好", "满意") are too common to be suspicious. */
export const DUPLICATE_TEXT_MIN_CHARS = 6;

export const REVIEW_FLAGS = ['duplicate_text', 'burst'] as const;
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];

export interface AbuseThresholds {
  /** Flag when this many ratings (this one included) carry the same comment text within the window. */
  duplicateTextCount: number;
  /** Flag when one user, device or IP gives this many ratings (this one included) within the burst window. */
  burstCount: number;
}

export const DEFAULT_ABUSE_THRESHOLDS: AbuseThresholds = { duplicateTextCount: 3, burstCount: 5 };

/**
 * Flags for review (the rating still counts until an operator excludes it).
 * `sameTextBefore`: earlier ratings with the same duplicate-text key in the window;
 * `actorRecentBefore`: the most ratings any of this rater's keys (user, device, IP) gave in the burst window before this one.
 */
export function reviewFlags(
  input: { sameTextBefore: number; actorRecentBefore: number },
  t: AbuseThresholds = DEFAULT_ABUSE_THRESHOLDS,
): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  if (input.sameTextBefore + 1 >= t.duplicateTextCount) flags.push('duplicate_text');
  if (input.actorRecentBefore + 1 >= t.burstCount) flags.push('burst');
  return flags;
}

/** 不实评价 / 恶意评价: verified false or malicious ratings are excluded from public results, never deleted. */
export const EXCLUSION_KINDS = ['false', 'malicious'] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];
