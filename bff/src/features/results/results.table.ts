import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * 统一发证: the result of a finished case. Written `pending` when the case reaches 已办结, then
 * `issued` with the certificate id (issued into the certificate library) or the signed PDF.
 */
export const caseResults = sqliteTable('case_results', {
  caseId: text('case_id').primaryKey(),
  userId: text('user_id').notNull(),
  kind: text('kind').$type<'certificate' | 'document'>().notNull(),
  /** The result's name in the service guide. */
  name: text('name').notNull(),
  status: text('status').$type<'pending' | 'issued'>().notNull(),
  attempts: integer('attempts').notNull().default(0),
  certificateId: text('certificate_id'),
  certificateKind: text('certificate_kind'),
  certificateKindName: text('certificate_kind_name'),
  /** The document's id, printed in its QR code. */
  documentId: text('document_id'),
  title: text('title'),
  number: text('number'),
  holderName: text('holder_name'),
  issuer: text('issuer'),
  sha256: text('sha256'),
  size: integer('size'),
  /** The PDF, base64 (tens of kilobytes: the font is a subset). */
  pdf: text('pdf'),
  issuedAt: text('issued_at'),
  createdAt: text('created_at').notNull(),
}, (t) => [
  uniqueIndex('case_results_document').on(t.documentId),
  index('case_results_pending').on(t.status, t.createdAt),
]);
