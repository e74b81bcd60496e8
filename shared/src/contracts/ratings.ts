import { z } from 'zod';
import { defineRoute } from './route';
import { freeText, IsoDateSchema, IsoInstantSchema } from './common';
import { cleanText } from '../domain/free-text';
import { ServiceCodeParamsSchema } from './catalog';
import {
  COMMENT_MAX_CHARS,
  DIMENSIONS,
  EXCLUSION_KINDS,
  MAX_TAGS,
  RATING_CHANNELS,
  RATING_TAGS,
  REVIEW_FLAGS,
  commentLength,
  tagsFitOverall as tagsFitOverallRule,
  type RatingTag,
} from '../domain/rating';
import { STATS_SCOPES, resolveStatsScope } from '../domain/rating-stats';
import { DEADLINE_STATES, WORK_ORDER_STATUSES } from './work-orders';

/*
 * 好差评: rate a service (1–5 stars on 整体满意度 and the national sub-indicators), public
 * results, halls and windows with their rating QR codes, and the operator's review tools.
 */

/** The mini-program page a window's QR code opens (H5 hash route; weapp page path). */
export { RATE_PAGE_PATH } from './page-paths';

export const StarSchema = z.number().int().min(1).max(5);
export const RatingChannelSchema = z.enum(RATING_CHANNELS);
export const RatingTagSchema = z.enum(RATING_TAGS);
export const ExclusionKindSchema = z.enum(EXCLUSION_KINDS);
export const ReviewFlagSchema = z.enum(REVIEW_FLAGS);
export const StatsScopeSchema = z.enum(STATS_SCOPES);

export const ItemCodeSchema = ServiceCodeParamsSchema.shape.code;
export const WindowIdSchema = z.string().regex(/^H\d{6}-W\d{2}$/, 'expected a window id such as H330106-W01');
export const HallIdSchema = z.string().regex(/^H\d{6}$/, 'expected a hall id such as H330106');
export const CaseIdSchema = z.string().min(1).max(64);
export const RatingIdSchema = z.string().min(1).max(64);

/** 办事效率 · 办事指南精确度 · 办事便捷度 · 平台操作性 — online, kiosk and 12345 ratings. */
export const OnlineIndicatorsSchema = z.strictObject({
  efficiency: StarSchema,
  guideAccuracy: StarSchema,
  convenience: StarSchema,
  usability: StarSchema,
});

/** 服务效率 · 服务水平 · 服务态度 — window ratings. */
export const WindowIndicatorsSchema = z.strictObject({
  serviceEfficiency: StarSchema,
  serviceLevel: StarSchema,
  serviceAttitude: StarSchema,
});

/** A rating comment: control and bidi characters removed before it is stored (see `cleanText`). */
export const CommentSchema = z
  .string()
  .overwrite(cleanText)
  .max(COMMENT_MAX_CHARS * 2)
  .refine((s) => commentLength(s) <= COMMENT_MAX_CHARS, { message: `at most ${COMMENT_MAX_CHARS} characters` });

const TagsSchema = z
  .array(RatingTagSchema)
  .max(MAX_TAGS)
  .refine((tags) => new Set(tags).size === tags.length, { message: 'tags must not repeat' });

// Praise tags with 1–2 stars or criticism tags with 4–5 contradict the stars (see `tagsFor`).
const tagsFitOverall = (r: { overall: number; tags?: RatingTag[] }) => !r.tags || tagsFitOverallRule(r.tags, r.overall);
const TAGS_FIT = { path: ['tags'], message: 'tags must fit the overall stars: praise for 4–5, criticism for 1–2' };

/** Scanned at a window (QR code): may be anonymous; uses the window indicators. */
export const WindowRatingRequestSchema = z.strictObject({
  channel: z.literal('window'),
  windowId: WindowIdSchema,
  itemCode: ItemCodeSchema,
  overall: StarSchema,
  indicators: WindowIndicatorsSchema,
  comment: CommentSchema.optional(),
  tags: TagsSchema.optional(),
}).refine(tagsFitOverall, TAGS_FIT);

/** After a completed case (online, kiosk or 12345): signed in, linked to the case; uses the online indicators. */
export const CaseRatingRequestSchema = z.strictObject({
  channel: z.enum(['online', 'kiosk', 'hotline']),
  caseId: CaseIdSchema,
  itemCode: ItemCodeSchema,
  overall: StarSchema,
  indicators: OnlineIndicatorsSchema,
  comment: CommentSchema.optional(),
  tags: TagsSchema.optional(),
}).refine(tagsFitOverall, TAGS_FIT);

export const CreateRatingRequestSchema = z.discriminatedUnion('channel', [WindowRatingRequestSchema, CaseRatingRequestSchema]);
export type CreateRatingRequest = z.infer<typeof CreateRatingRequestSchema>;

export const IndicatorValuesSchema = z.record(z.string(), StarSchema);

/** Where a work order stands, as shown next to the rating that created it. */
export const WorkOrderRefSchema = z.object({
  id: z.string(),
  status: z.enum(WORK_ORDER_STATUSES),
  dueDate: IsoDateSchema,
  /** The due date reaches into a year whose holiday schedule is not published yet. */
  dueDateProvisional: z.boolean(),
  deadline: z.enum(DEADLINE_STATES),
});

export const RatingExclusionSchema = z.object({
  kind: ExclusionKindSchema,
  reason: z.string(),
  at: IsoInstantSchema,
});

/** A rating as its rater (and the operator) sees it. */
export const RatingSchema = z.object({
  id: z.string(),
  channel: RatingChannelSchema,
  itemCode: z.string(),
  windowId: z.string().nullable(),
  hallId: z.string().nullable(),
  caseId: z.string().nullable(),
  departmentCode: z.string(),
  region: z.string(),
  overall: StarSchema,
  indicators: IndicatorValuesSchema,
  comment: z.string().nullable(),
  tags: z.array(RatingTagSchema),
  /** Signed in when rating (实名); QR ratings may be anonymous. */
  realName: z.boolean(),
  /** `default`: the 7-day 基本满意 of a completed case nobody rated; shown apart, never in public scores. */
  origin: z.enum(['rated', 'default']),
  status: z.enum(['active', 'excluded']),
  exclusion: RatingExclusionSchema.nullable(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
  /** Until when the rater may change it (24 h after first rating); null once that has passed. */
  editableUntil: IsoInstantSchema.nullable(),
  workOrder: WorkOrderRefSchema.nullable(),
});
export type Rating = z.infer<typeof RatingSchema>;

export const CreateRatingResponseSchema = z.object({
  outcome: z.enum(['created', 'updated']),
  rating: RatingSchema,
});

/** The public numbers of a set of ratings. */
export const StatsSummarySchema = z.object({
  count: z.number().int(),
  goodCount: z.number().int(),
  /** Share of 4–5 stars on 整体满意度 (好评率), 0–1; null with no ratings. */
  goodRate: z.number().nullable(),
  distribution: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int(), 5: z.number().int() }),
  averages: z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, z.number().nullable()])) as Record<(typeof DIMENSIONS)[number], z.ZodNullable<z.ZodNumber>>),
});
export type StatsSummary = z.infer<typeof StatsSummarySchema>;

/** A public rating in the recent list: the name masked (张**), null when anonymous. */
export const PublicRatingSchema = z.object({
  id: z.string(),
  overall: StarSchema,
  comment: z.string().nullable(),
  tags: z.array(RatingTagSchema),
  channel: RatingChannelSchema,
  raterName: z.string().nullable(),
  itemCode: z.string(),
  windowId: z.string().nullable(),
  createdAt: IsoInstantSchema,
  /** A bad rating links to its work order's state and the unit's published rectification note. */
  workOrder: z.object({ status: z.enum(WORK_ORDER_STATUSES), rectificationNote: z.string().nullable() }).nullable(),
});
export type PublicRating = z.infer<typeof PublicRatingSchema>;

export const StatsFilterSchema = z.object({
  itemCode: ItemCodeSchema.optional(),
  windowId: WindowIdSchema.optional(),
  hallId: HallIdSchema.optional(),
  department: z.string().regex(/^[a-z]{2,8}$/).optional(),
  region: z.string().regex(/^\d{6}$/).optional(),
});

const withScope = <T extends z.ZodObject>(s: T) =>
  s.refine((q) => resolveStatsScope(q as z.infer<typeof StatsFilterSchema>) !== null, {
    message: 'filter by one of itemCode, windowId, hallId, department, region — or department with region',
    path: ['itemCode'],
  });

export const RatingStatsQuerySchema = withScope(
  StatsFilterSchema.extend({ months: z.coerce.number().int().min(1).max(36).default(12) }),
);

export const RatingStatsSchema = z.object({
  scope: z.object({ kind: StatsScopeSchema, key: z.string(), name: z.string().nullable() }),
  summary: StatsSummarySchema,
  /** One entry per month, oldest first, ending with the current month. */
  trend: z.array(z.object({ month: z.string(), count: z.number().int(), goodRate: z.number().nullable(), averageOverall: z.number().nullable() })),
  /** 7-day default 基本满意 ratings, counted apart from the public score. */
  defaults: z.object({ count: z.number().int() }),
  recent: z.array(PublicRatingSchema),
});
export type RatingStats = z.infer<typeof RatingStatsSchema>;

export const PublicRatingsQuerySchema = withScope(
  StatsFilterSchema.extend({
    /** Only 1–2 star ratings (差评) and their work orders. */
    bad: z.enum(['true', 'false']).optional(),
    before: z.string().max(64).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  }),
);

/** The operator's view of a rating under review; the rater's identity stays behind the audited `rater` route. */
export const ReviewRatingSchema = RatingSchema.extend({
  raterName: z.string().nullable(),
  flags: z.array(ReviewFlagSchema),
  review: z.enum(['none', 'pending', 'cleared', 'excluded']),
});
export type ReviewRating = z.infer<typeof ReviewRatingSchema>;

export const ExcludeRatingRequestSchema = z.strictObject({
  kind: ExclusionKindSchema,
  reason: freeText().min(2).max(500),
});

export const RatingParamsSchema = z.object({ ratingId: RatingIdSchema });

export const RaterIdentitySchema = z.object({
  userId: z.string(),
  name: z.string(),
  /** Masked, e.g. `138****5678`. */
  phone: z.string().nullable(),
});

export const RatingsOverviewSchema = z.object({
  ratings: z.object({
    today: z.number().int(),
    thisMonth: z.number().int(),
    total: z.number().int(),
    goodRate: z.number().nullable(),
    flaggedPending: z.number().int(),
    excluded: z.number().int(),
    defaults: z.number().int(),
  }),
  workOrders: z.object({
    open: z.number().int(),
    near: z.number().int(),
    overdue: z.number().int(),
    awaitingVerdict: z.number().int(),
    closed: z.number().int(),
    byDepartment: z.array(
      z.object({ departmentCode: z.string(), departmentName: z.string(), open: z.number().int(), near: z.number().int(), overdue: z.number().int() }),
    ),
  }),
});

export const ratingRoutes = {
  create: defineRoute({
    method: 'POST', path: '/api/v1/ratings', auth: false, tags: ['ratings'], status: 201,
    summary: 'Rate a service: after a completed case (signed in) or at a window by its QR code (may be anonymous); takes Idempotency-Key',
    body: CreateRatingRequestSchema, response: CreateRatingResponseSchema,
  }),
  stats: defineRoute({
    method: 'GET', path: '/api/v1/ratings/stats', auth: false, tags: ['ratings'],
    summary: 'Public results for an item, window, hall, department, district (or department in a district): count, 好评率, averages, distribution, monthly trend, recent ratings',
    query: RatingStatsQuerySchema, response: RatingStatsSchema,
  }),
  public: defineRoute({
    method: 'GET', path: '/api/v1/ratings/public', auth: false, tags: ['ratings'],
    summary: 'Public ratings, newest first, names masked; bad ratings carry their work order state and published rectification',
    query: PublicRatingsQuerySchema,
    response: z.object({ items: z.array(PublicRatingSchema), next: z.string().nullable() }),
  }),
  mine: defineRoute({
    method: 'GET', path: '/api/v1/ratings/mine', tags: ['ratings'],
    summary: 'My ratings with their work orders, newest first',
    query: z.object({ caseId: CaseIdSchema.optional() }),
    response: z.object({ items: z.array(RatingSchema) }),
  }),
  overview: defineRoute({
    method: 'GET', path: '/api/v1/ratings/overview', tags: ['ratings', 'operator'],
    summary: 'Operator: ratings today and this month, flagged and excluded ratings, open, near-due and overdue work orders per department',
    response: RatingsOverviewSchema,
  }),
  review: defineRoute({
    method: 'GET', path: '/api/v1/ratings/review', tags: ['ratings', 'operator'],
    summary: 'Operator: ratings flagged for review (duplicate text, bursts) or already excluded',
    query: z.object({
      review: z.enum(['pending', 'cleared', 'excluded']).default('pending'),
      limit: z.coerce.number().int().min(1).max(100).default(50),
    }),
    response: z.object({ items: z.array(ReviewRatingSchema) }),
  }),
  exclude: defineRoute({
    method: 'POST', path: '/api/v1/ratings/:ratingId/exclusion', tags: ['ratings', 'operator'],
    summary: 'Operator: mark a rating 不实评价 or 恶意评价 with a reason; it leaves public results, is kept, audited, and the rater is told',
    params: RatingParamsSchema, body: ExcludeRatingRequestSchema, response: ReviewRatingSchema,
  }),
  clear: defineRoute({
    method: 'POST', path: '/api/v1/ratings/:ratingId/clearance', tags: ['ratings', 'operator'],
    summary: 'Operator: a flagged rating was checked and stands',
    params: RatingParamsSchema, response: ReviewRatingSchema,
  }),
  rater: defineRoute({
    method: 'GET', path: '/api/v1/ratings/:ratingId/rater', tags: ['ratings', 'operator'],
    summary: 'Operator only: who gave a real-name rating; every call is audited',
    params: RatingParamsSchema, response: RaterIdentitySchema,
  }),
} as const;

export const WindowSchema = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
});

export const HallSchema = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string(),
  regionName: z.string(),
  address: z.string(),
  hours: z.string(),
  /** The circle (WGS-84) inside which a phone may check in by location. */
  area: z.object({ latitude: z.number(), longitude: z.number(), radiusMeters: z.number() }),
  windows: z.array(WindowSchema),
});
export type Hall = z.infer<typeof HallSchema>;

export const WindowDetailSchema = z.object({
  window: WindowSchema,
  hall: HallSchema.omit({ windows: true }),
  /** The department's service items a person may pick on the rating page. */
  items: z.array(z.object({ code: z.string(), name: z.string() })),
  /** What the window's QR code encodes. */
  rateUrl: z.string(),
});
export type WindowDetail = z.infer<typeof WindowDetailSchema>;

export const WindowParamsSchema = z.object({ windowId: WindowIdSchema });

export const hallRoutes = {
  list: defineRoute({
    method: 'GET', path: '/api/v1/halls', auth: false, tags: ['halls'],
    summary: 'Service halls and their windows', response: z.object({ halls: z.array(HallSchema) }),
  }),
  window: defineRoute({
    method: 'GET', path: '/api/v1/windows/:windowId', auth: false, tags: ['halls'],
    summary: 'One window with its hall, department and service items: what the rating page shows after a QR scan',
    params: WindowParamsSchema, response: WindowDetailSchema,
  }),
  qr: defineRoute({
    method: 'GET', path: '/api/v1/windows/:windowId/qr', auth: false, tags: ['halls'],
    summary: 'The rating QR code of a window, as the URL it encodes and an SVG to print',
    params: WindowParamsSchema, response: z.object({ url: z.string(), svg: z.string() }),
  }),
} as const;
