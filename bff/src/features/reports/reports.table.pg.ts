// PostgreSQL twin of reports.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';

export const reports = pgTable('reports', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  anonymous: boolean('anonymous').notNull(),
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

export const reportPhotos = pgTable('report_photos', {
  uploadId: text('upload_id').primaryKey(),
  ownerUserId: text('owner_user_id').notNull(),
  reportId: text('report_id'),
  position: integer('position'),
  exifLatE6: integer('exif_lat_e6'),
  exifLngE6: integer('exif_lng_e6'),
  createdAt: text('created_at').notNull(),
}, (t) => [index('report_photos_report').on(t.reportId, t.position)]);

export const reportEvents = pgTable('report_events', {
  id: text('id').primaryKey(),
  reportId: text('report_id').notNull(),
  seq: integer('seq').notNull(),
  at: text('at').notNull(),
  status: text('status').notNull(),
  note: text('note'),
  actor: text('actor').notNull(),
}, (t) => [uniqueIndex('report_events_seq').on(t.reportId, t.seq)]);
