// PostgreSQL twin of cases.table.ts; schema.drift.test.ts keeps the two in step.
import { pgTable, text, integer, boolean, jsonb, index, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';
import type { FormData, FormSchema } from '@zsb/shared/contracts/catalog';
import type { BundleAnswers } from '@zsb/shared/contracts/bundles';
import type { CaseStatus, CaseActorRole } from '@zsb/shared/domain/case-status';
import type { ResolvedMaterial } from './cases.materials';

/** Applications (办件). A bundle case (kind `bundle`) has children linked by `parentId`. */
export const cases = pgTable('cases', {
  id: text('id').primaryKey(),
  number: text('number').notNull(),
  kind: text('kind').$type<'item' | 'bundle'>().notNull(),
  parentId: text('parent_id'),
  applicantUserId: text('applicant_user_id').notNull(),
  applicantKind: text('applicant_kind').$type<'personal' | 'enterprise'>().notNull(),
  applicantName: text('applicant_name').notNull(),
  /** ID number or USCC; leaves the BFF masked. */
  applicantIdNumber: text('applicant_id_number').notNull(),
  itemCode: text('item_code'),
  bundleCode: text('bundle_code'),
  title: text('title').notNull(),
  departmentCode: text('department_code'),
  region: text('region').notNull(),
  status: text('status').$type<CaseStatus>().notNull(),
  /** Bundle only: some children refused while others go on. */
  partial: boolean('partial').notNull().default(false),
  promisedDays: integer('promised_days'),
  /** The China date the case is promised by; recomputed when a correction is resubmitted. */
  dueDate: text('due_date'),
  form: jsonb('form').$type<FormData>(),
  formSchema: jsonb('form_schema').$type<FormSchema>(),
  answers: jsonb('answers').$type<BundleAnswers>(),
  materials: jsonb('materials').$type<ResolvedMaterial[]>().notNull(),
  correctionNote: text('correction_note'),
  correctionAt: text('correction_at'),
  submittedAt: text('submitted_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  completedAt: text('completed_at'),
}, (t) => [
  uniqueIndex('cases_number').on(t.number),
  index('cases_applicant').on(t.applicantUserId, t.submittedAt),
  // Counting a department's queue by status, and walking it by promised date to stop after a page.
  index('cases_department_queue').on(t.departmentCode, t.status, t.dueDate),
  index('cases_department_due').on(t.departmentCode, t.dueDate, t.submittedAt),
  
  index('cases_parent').on(t.parentId),
  index('cases_completed').on(t.status, t.completedAt),
]);

/** Every step of a case: who moved it, when, from what to what, and why. Never updated. */
export const caseEvents = pgTable('case_events', {
  id: text('id').primaryKey(),
  caseId: text('case_id').notNull().references(() => cases.id),
  /** Orders events of one case even when two share a millisecond. */
  seq: integer('seq').notNull(),
  fromStatus: text('from_status').$type<CaseStatus>(),
  toStatus: text('to_status').$type<CaseStatus>().notNull(),
  actorRole: text('actor_role').$type<CaseActorRole>().notNull(),
  actorUserId: text('actor_user_id'),
  actorName: text('actor_name'),
  note: text('note'),
  at: text('at').notNull(),
}, (t) => [uniqueIndex('case_events_case_seq').on(t.caseId, t.seq)]);

/** One autosaved draft per user, identity and item or bundle. */
export const caseDrafts = pgTable('case_drafts', {
  userId: text('user_id').notNull(),
  identity: text('identity').notNull(),
  kind: text('kind').$type<'item' | 'bundle'>().notNull(),
  code: text('code').notNull(),
  data: jsonb('data').notNull(),
  revision: integer('revision').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [primaryKey({ columns: [t.userId, t.identity, t.kind, t.code] })]);
