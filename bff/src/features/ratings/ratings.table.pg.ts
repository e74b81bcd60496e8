// PostgreSQL twin of ratings.table.ts; schema.drift.test.ts keeps the two in step.
import { sql } from 'drizzle-orm';
import { pgTable, text, integer, boolean, jsonb, index, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';
import { COUNTER_FIELDS, type CounterField } from '@zsb/shared/domain/rating-stats';

/** Listed publicly (recent ratings): active, given by a person, and with a comment or a work order to show. */
const LISTED = sql`status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL)`;

/** Every rating ever given; exclusions change `status`, nothing is deleted. */
export const ratings = pgTable('ratings', {
  id: text('id').primaryKey(),
  /** The rater; null for an anonymous QR rating. Never shown to staff of the rated unit. */
  userId: text('user_id'),
  /** `张**`, stored masked so public lists need no user lookup. */
  raterNameMasked: text('rater_name_masked'),
  realName: boolean('real_name').notNull(),
  /** `rated` or `default` (7-day 基本满意 of a completed case). */
  origin: text('origin').notNull(),
  channel: text('channel').notNull(),
  itemCode: text('item_code').notNull(),
  windowId: text('window_id'),
  hallId: text('hall_id'),
  caseId: text('case_id'),
  departmentCode: text('department_code').notNull(),
  region: text('region').notNull(),
  /** `YYYY-MM` (China time) of the first rating: the aggregate month it counts in. */
  month: text('month').notNull(),
  overall: integer('overall').notNull(),
  indicators: jsonb('indicators').$type<Record<string, number>>().notNull(),
  comment: text('comment'),
  tags: jsonb('tags').$type<string[]>().notNull(),
  /** sha256 of the normalized comment, for duplicate-text detection; null for short or no comments. */
  commentKey: text('comment_key'),
  deviceHash: text('device_hash'),
  ipHash: text('ip_hash'),
  flags: jsonb('flags').$type<string[]>().notNull(),
  /** `none`, `pending` (flagged), `cleared` or `excluded`. */
  review: text('review').notNull(),
  status: text('status').notNull(),
  exclusionKind: text('exclusion_kind'),
  exclusionReason: text('exclusion_reason'),
  excludedAt: text('excluded_at'),
  excludedBy: text('excluded_by'),
  workOrderId: text('work_order_id'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [
  // One rating per case per user.
  uniqueIndex('ratings_case_user').on(t.caseId, t.userId).where(sql`case_id IS NOT NULL`),
  index('ratings_user_created').on(t.userId, t.createdAt).where(sql`user_id IS NOT NULL`),
  index('ratings_created').on(t.createdAt),
  index('ratings_comment_key').on(t.commentKey, t.createdAt).where(sql`comment_key IS NOT NULL`),
  index('ratings_review').on(t.review, t.createdAt).where(sql`review <> 'none'`),
  // The 7-day default job resumes from the newest default it wrote.
  index('ratings_defaults').on(t.createdAt).where(sql`origin = 'default'`),
  index('ratings_listed_all').on(t.createdAt).where(LISTED),
  index('ratings_listed_item').on(t.itemCode, t.createdAt).where(LISTED),
  index('ratings_listed_window').on(t.windowId, t.createdAt).where(LISTED),
  index('ratings_listed_hall').on(t.hallId, t.createdAt).where(LISTED),
  index('ratings_listed_department').on(t.departmentCode, t.createdAt).where(LISTED),
  index('ratings_listed_region').on(t.region, t.createdAt).where(LISTED),
  index('ratings_listed_department_region').on(t.departmentCode, t.region, t.createdAt).where(LISTED),
]);

const snake = (f: string) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const counter = (f: string) => integer(snake(f)).notNull().default(0);
const counterColumns = Object.fromEntries(COUNTER_FIELDS.map((f) => [f, counter(f)])) as { [K in CounterField]: ReturnType<typeof counter> };

/**
 * Public results, kept up to date in the same transaction as each rating: one row per
 * (scope, key, month, origin) with the counters of `rating-stats.ts`.
 */
export const ratingAggregates = pgTable('rating_aggregates', {
  scope: text('scope').notNull(),
  scopeKey: text('scope_key').notNull(),
  month: text('month').notNull(),
  origin: text('origin').notNull(),
  ...counterColumns,
}, (t) => [primaryKey({ columns: [t.scope, t.scopeKey, t.month, t.origin] })]);
