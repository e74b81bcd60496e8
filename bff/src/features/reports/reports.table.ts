import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** 随手拍: a problem in public space, in the responsible unit's queue. Positions in micro-degrees. */
export const reports = sqliteTable('reports', {
  id: text('id').primaryKey(),
  /** The reporter: kept even when anonymous (their own list, messages, verdict); never shown to the unit or the public when anonymous. */
  userId: text('user_id').notNull(),
  anonymous: integer('anonymous', { mode: 'boolean' }).notNull(),
  category: text('category').notNull(),
  description: text('description').notNull(),
  latE6: integer('lat_e6').notNull(),
  lngE6: integer('lng_e6').notNull(),
  locationSource: text('location_source').notNull(),
  address: text('address'),
  region: text('region').notNull(),
  unitCode: text('unit_code').notNull(),
  status: text('status').notNull(),
  round: integer('round').notNull(),
  hotlineState: text('hotline_state').notNull(),
  hotlineTicketNo: text('hotline_ticket_no'),
  hotlineClaimedAt: text('hotline_claimed_at'),
  verdict: text('verdict'),
  verdictComment: text('verdict_comment'),
  verdictAt: text('verdict_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [
  index('reports_user').on(t.userId, t.createdAt),
  index('reports_unit').on(t.unitCode, t.status, t.createdAt),
  index('reports_public').on(t.createdAt),
  index('reports_hotline').on(t.hotlineState),
]);

/** Photos uploaded for a report, EXIF already stripped; attached to one report at most (conditional update). */
export const reportPhotos = sqliteTable('report_photos', {
  uploadId: text('upload_id').primaryKey(),
  ownerUserId: text('owner_user_id').notNull(),
  reportId: text('report_id'),
  position: integer('position'),
  /** The position the photo's EXIF carried before it was stripped, if any. */
  exifLatE6: integer('exif_lat_e6'),
  exifLngE6: integer('exif_lng_e6'),
  createdAt: text('created_at').notNull(),
}, (t) => [index('report_photos_report').on(t.reportId, t.position)]);

/** A report's history; `actor` is `unit:<code>`, `reporter`, `hotline` or `system`. */
export const reportEvents = sqliteTable('report_events', {
  id: text('id').primaryKey(),
  reportId: text('report_id').notNull(),
  seq: integer('seq').notNull(),
  at: text('at').notNull(),
  status: text('status').notNull(),
  note: text('note'),
  actor: text('actor').notNull(),
}, (t) => [uniqueIndex('report_events_seq').on(t.reportId, t.seq)]);
