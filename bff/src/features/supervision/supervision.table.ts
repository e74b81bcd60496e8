import { sqliteTable, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * 预警督办: one row per watched deadline (a case or work order and the due date it had). Made when the
 * unit is warned; moved to `escalated` (a 督办 record with its number) once overdue; resolved when the
 * work is done or its due date moves. The unique key holds "warned once, escalated once".
 */
export const supervisionItems = sqliteTable('supervision_items', {
  id: text('id').primaryKey(),
  subjectKind: text('subject_kind').$type<'case' | 'work_order'>().notNull(),
  subjectId: text('subject_id').notNull(),
  dueDate: text('due_date').notNull(),
  title: text('title').notNull(),
  departmentCode: text('department_code').notNull(),
  region: text('region').notNull(),
  stage: text('stage').$type<'warned' | 'escalated'>().notNull(),
  /** 督办编号, set on escalation. */
  number: text('number'),
  warnedAt: text('warned_at'),
  escalatedAt: text('escalated_at'),
  resolvedAt: text('resolved_at'),
}, (t) => [
  uniqueIndex('supervision_items_once').on(t.subjectKind, t.subjectId, t.dueDate),
  uniqueIndex('supervision_items_number').on(t.number),
  index('supervision_items_open').on(t.resolvedAt, t.departmentCode),
]);

/** 情况通报: one report per unit and month, made once (unique) by the monthly sweep. */
export const supervisionReports = sqliteTable('supervision_reports', {
  id: text('id').primaryKey(),
  departmentCode: text('department_code').notNull(),
  /** `YYYY-MM`. */
  month: text('month').notNull(),
  generatedAt: text('generated_at').notNull(),
  /** Figures and history as shown (MonthlyReport minus id/unit/month), frozen when generated. */
  data: text('data', { mode: 'json' }).notNull(),
}, (t) => [uniqueIndex('supervision_reports_once').on(t.departmentCode, t.month), index('supervision_reports_month').on(t.month)]);
