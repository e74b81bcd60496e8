import { z } from 'zod';
import { defineRoute } from './route';
import { freeText, IsoInstantSchema } from './common';
import { VERDICTS } from './work-orders';

/*
 * 随手拍: a problem in public space reported with 1–9 photos, a position and a category, routed by
 * region and category to the responsible unit's queue (and to 12345), tracked, listed publicly
 * without the reporter, and rated by the reporter like a work order (满意 / 基本满意 / 不满意,
 * 不满意 reopens once).
 */

export const REPORT_CATEGORIES = ['road', 'fire_hazard', 'illegal_parking', 'environment', 'public_facility', 'other'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/**
 * - `received`: in the unit's queue;
 * - `processing`: the unit is on it;
 * - `resolved`: the unit says it is fixed, waiting for the reporter's verdict;
 * - `closed`: rated (or the second round ended).
 */
export const REPORT_STATUSES = ['received', 'processing', 'resolved', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const LOCATION_SOURCES = ['device', 'photo', 'address'] as const;

export const REPORT_MAX_PHOTOS = 9;
/** The multipart form field of a photo. */
export const REPORT_PHOTO_FIELD = 'photo';

export const LatLngSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

export const ReportLocationSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  /** Where the position came from: the phone, a photo's EXIF, or an address picked from the search. */
  source: z.enum(LOCATION_SOURCES),
  address: freeText().max(200).optional(),
});

export const ReportPhotoIdSchema = z.string().regex(/^up_[A-Za-z0-9_-]{16,40}$/);

/** A stored photo: its EXIF is gone; the position it carried is given back once, here. */
export const ReportPhotoSchema = z.object({
  id: ReportPhotoIdSchema,
  url: z.string(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
});

export const CreateReportRequestSchema = z.strictObject({
  category: z.enum(REPORT_CATEGORIES),
  description: freeText().min(2).max(500),
  location: ReportLocationSchema,
  photoIds: z.array(ReportPhotoIdSchema).min(1).max(REPORT_MAX_PHOTOS)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'photos must not repeat' }),
  anonymous: z.boolean().default(false),
});
export type CreateReportRequest = z.infer<typeof CreateReportRequestSchema>;

export const ReportEventSchema = z.object({ at: IsoInstantSchema, status: z.enum(REPORT_STATUSES), note: z.string().nullable(), actor: z.string() });

export const ReportSchema = z.object({
  id: z.string(),
  category: z.enum(REPORT_CATEGORIES),
  description: z.string(),
  location: z.object({ lat: z.number(), lng: z.number(), source: z.enum(LOCATION_SOURCES), address: z.string().nullable() }),
  region: z.string(),
  regionName: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  status: z.enum(REPORT_STATUSES),
  round: z.number().int(),
  anonymous: z.boolean(),
  /** Who reported, name masked; null when anonymous (the unit and 12345 never learn who). */
  reporter: z.object({ name: z.string() }).nullable(),
  photos: z.array(z.object({ id: z.string(), url: z.string() })),
  hotline: z.object({ state: z.enum(['pending', 'pushed', 'failed']), ticketNo: z.string().nullable() }),
  verdict: z.object({ verdict: z.enum(VERDICTS), comment: z.string().nullable(), at: IsoInstantSchema }).nullable(),
  history: z.array(ReportEventSchema),
  createdAt: IsoInstantSchema,
});
export type Report = z.infer<typeof ReportSchema>;

/** The public list: no reporter, masked text, a position rounded to about 100 m, no photos. */
export const PublicReportSchema = z.object({
  id: z.string(),
  category: z.enum(REPORT_CATEGORIES),
  description: z.string(),
  regionName: z.string(),
  unitName: z.string(),
  area: z.object({ lat: z.number(), lng: z.number() }),
  status: z.enum(REPORT_STATUSES),
  createdAt: IsoInstantSchema,
});

/** A place picked from the map-free address search when the phone's position is not available. */
export const PlaceSchema = z.object({ name: z.string(), address: z.string(), region: z.string(), lat: z.number(), lng: z.number() });

export const ReportVerdictRequestSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  comment: freeText().max(300).optional(),
});

export const ReportStepRequestSchema = z.strictObject({
  status: z.enum(['processing', 'resolved']),
  note: freeText().min(2).max(500),
});

const ReportParams = z.object({ reportId: z.string().min(1).max(64) });

export const reportRoutes = {
  photo: defineRoute({
    method: 'POST', path: '/api/v1/reports/photos', tags: ['reports'], status: 201,
    summary: 'Upload one photo (JPEG or PNG, multipart field "photo"): its EXIF position is read, then every metadata is stripped from the stored copy',
    response: ReportPhotoSchema,
  }),
  create: defineRoute({
    method: 'POST', path: '/api/v1/reports', tags: ['reports'], status: 201,
    summary: 'Report a problem in public space (随手拍) with 1–9 photos, a position in China and a category',
    body: CreateReportRequestSchema, response: z.object({ id: z.string(), status: z.string() }),
  }),
  mine: defineRoute({
    method: 'GET', path: '/api/v1/reports', tags: ['reports'],
    summary: 'My reports, newest first', response: z.object({ items: z.array(ReportSchema) }),
  }),
  get: defineRoute({
    method: 'GET', path: '/api/v1/reports/:reportId', tags: ['reports'],
    summary: 'One of my reports with its history; someone else\'s is 404', params: ReportParams, response: ReportSchema,
  }),
  verdict: defineRoute({
    method: 'POST', path: '/api/v1/reports/:reportId/verdict', tags: ['reports'],
    summary: 'Rate the outcome of my resolved report (不满意 reopens it once)',
    params: ReportParams, body: ReportVerdictRequestSchema, response: ReportSchema,
  }),
  publicList: defineRoute({
    method: 'GET', path: '/api/v1/public/reports', tags: ['reports'], auth: false,
    summary: 'Reports as the public sees them: anonymised, map-free',
    query: z.object({ category: z.enum(REPORT_CATEGORIES).optional(), limit: z.coerce.number().int().min(1).max(100).default(30) }),
    response: z.object({ items: z.array(PublicReportSchema) }),
  }),
  places: defineRoute({
    method: 'GET', path: '/api/v1/report-places', tags: ['reports'],
    summary: 'Search a place by name or address (when the phone\'s position is denied)',
    query: z.object({ q: z.string().trim().min(1).max(40) }), response: z.object({ items: z.array(PlaceSchema) }),
  }),
  staffList: defineRoute({
    method: 'GET', path: '/api/v1/staff/reports', tags: ['staff'],
    summary: 'Reports in my unit\'s queue (my region when I am a district clerk)',
    query: z.object({ status: z.enum(REPORT_STATUSES).optional() }),
    response: z.object({ items: z.array(ReportSchema) }),
  }),
  staffStep: defineRoute({
    method: 'POST', path: '/api/v1/staff/reports/:reportId/status', tags: ['staff'],
    summary: 'Move a report of my unit on: processing, then resolved (the reporter is told)',
    params: ReportParams, body: ReportStepRequestSchema, response: ReportSchema,
  }),
};
