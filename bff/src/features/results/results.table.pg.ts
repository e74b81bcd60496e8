import { pgTable, text, integer, index, uniqueIndex } from 'drizzle-orm/pg-core';

/** See results.table.ts (same shape, PostgreSQL types). */
export const caseResults = pgTable('case_results', {
  caseId: text('case_id').primaryKey(),
  userId: text('user_id').notNull(),
  kind: text('kind').$type<'certificate' | 'document'>().notNull(),
  name: text('name').notNull(),
  status: text('status').$type<'pending' | 'issued'>().notNull(),
  attempts: integer('attempts').notNull().default(0),
  certificateId: text('certificate_id'),
  certificateKind: text('certificate_kind'),
  certificateKindName: text('certificate_kind_name'),
  documentId: text('document_id'),
  title: text('title'),
  number: text('number'),
  holderName: text('holder_name'),
  issuer: text('issuer'),
  sha256: text('sha256'),
  size: integer('size'),
  pdf: text('pdf'),
  issuedAt: text('issued_at'),
  createdAt: text('created_at').notNull(),
}, (t) => [
  uniqueIndex('case_results_document').on(t.documentId),
  index('case_results_pending').on(t.status, t.createdAt),
]);
