import type { CreateRatingRequest } from '@zsb/shared/contracts/ratings';
import { MAX_TAGS, indicatorsOf, tagsFor, type IndicatorSet, type RatingTag } from '@zsb/shared/domain/rating';
import type { KeyValueStorage } from '../stores/storage';

/** What the rating page holds while a person rates. */
export interface RateDraft {
  itemCode: string | null;
  overall: number | null;
  indicators: Partial<Record<string, number>>;
  tags: RatingTag[];
  comment: string;
}

export const emptyDraft = (itemCode: string | null = null): RateDraft => ({ itemCode, overall: null, indicators: {}, tags: [], comment: '' });

/**
 * Sets 整体满意度 and gives every sub-indicator not yet touched the same stars: one tap rates everything.
 * Tags chosen for other stars that no longer fit (praise on a 差评) are dropped.
 */
export function withOverall(d: RateDraft, stars: number, set: IndicatorSet): RateDraft {
  const indicators = { ...d.indicators };
  for (const k of indicatorsOf(set)) indicators[k] ??= stars;
  const fitting = tagsFor(stars);
  return { ...d, overall: stars, indicators, tags: d.tags.filter((t) => fitting.includes(t)) };
}

/** Adds or removes a tag; only tags that fit the chosen stars can be added, at most `MAX_TAGS`. */
export function toggleTag(d: RateDraft, tag: RatingTag): RateDraft {
  if (d.tags.includes(tag)) return { ...d, tags: d.tags.filter((x) => x !== tag) };
  if (!tagsFor(d.overall).includes(tag)) return d;
  return d.tags.length >= MAX_TAGS ? d : { ...d, tags: [...d.tags, tag] };
}

export type DraftProblem = 'item' | 'overall' | 'indicators';

/** What is still missing before the draft can be sent. */
export function draftProblems(d: RateDraft, set: IndicatorSet): DraftProblem[] {
  const out: DraftProblem[] = [];
  if (!d.itemCode) out.push('item');
  if (!d.overall) out.push('overall');
  if (indicatorsOf(set).some((k) => !d.indicators[k])) out.push('indicators');
  return out;
}

/** Where a rating is given: at a window (QR code) or about a completed case. */
export type RateTarget = { kind: 'window'; windowId: string } | { kind: 'case'; caseId: string };

/** The request body of a complete draft (check `draftProblems` first). */
export function rateBody(d: RateDraft, target: RateTarget): CreateRatingRequest {
  const pick = (set: IndicatorSet) => Object.fromEntries(indicatorsOf(set).map((k) => [k, d.indicators[k]!]));
  const extra = { ...(d.comment.trim() ? { comment: d.comment.trim() } : {}), ...(d.tags.length ? { tags: d.tags } : {}) };
  if (target.kind === 'window') {
    return { channel: 'window', windowId: target.windowId, itemCode: d.itemCode!, overall: d.overall!, indicators: pick('window') as never, ...extra };
  }
  return { channel: 'online', caseId: target.caseId, itemCode: d.itemCode!, overall: d.overall!, indicators: pick('online') as never, ...extra };
}

const random36 = (random: () => number) => Math.floor(random() * 2 ** 32).toString(36).padStart(7, '0');

/** One key per rating attempt: a retried submit (network trouble) is stored once. */
export function newRatingKey(random: () => number = Math.random): string {
  return `rate-${Date.now().toString(36)}-${random36(random)}${random36(random)}`;
}

const DEVICE_KEY = 'zsb.device';

/** This install's id for per-device rating limits, made once and kept. */
export function deviceId(storage: KeyValueStorage, random: () => number = Math.random): string {
  const known = storage.get(DEVICE_KEY);
  if (known && /^dev-[a-z0-9]{14}$/.test(known)) return known;
  const id = `dev-${random36(random)}${random36(random)}`;
  storage.set(DEVICE_KEY, id);
  return id;
}
