import { z } from 'zod';
import { defineRoute } from './route';
import { IsoDateSchema, IsoInstantSchema } from './common';

/** One case or bad-rating work order under 预警督办. */
export const SupervisedItemSchema = z.object({
  id: z.string(),
  /** 督办编号 once escalated, e.g. `DB-20261009-0001`. */
  number: z.string().nullable(),
  subjectKind: z.enum(['case', 'work_order']),
  subjectId: z.string(),
  title: z.string(),
  departmentCode: z.string(),
  region: z.string(),
  dueDate: IsoDateSchema,
  stage: z.enum(['warned', 'escalated']),
  /** Working days past the due date (0 while only warned). */
  daysOverdue: z.number().int(),
  warnedAt: IsoInstantSchema.nullable(),
  escalatedAt: IsoInstantSchema.nullable(),
});
export type SupervisedItem = z.infer<typeof SupervisedItemSchema>;

export const SupervisionOverviewSchema = z.object({
  today: IsoDateSchema,
  units: z.array(z.object({
    departmentCode: z.string(),
    departmentName: z.string().nullable(),
    escalated: z.number().int(),
    warned: z.number().int(),
    maxDaysOverdue: z.number().int(),
    items: z.array(SupervisedItemSchema),
  })),
});

/** 情况通报: one unit's month. */
export const MonthlyReportSchema = z.object({
  id: z.string(),
  departmentCode: z.string(),
  departmentName: z.string().nullable(),
  /** `YYYY-MM`. */
  month: z.string(),
  generatedAt: IsoInstantSchema,
  figures: z.object({
    received: z.number().int(),
    finished: z.number().int(),
    finishedOnTime: z.number().int(),
    overdue: z.number().int(),
    ratings: z.number().int(),
    goodRate: z.number().nullable(),
    badRatings: z.number().int(),
    callbacks: z.number().int(),
    escalations: z.number().int(),
  }),
  /** The last months (oldest first, ending with `month`) for the charts. */
  history: z.array(z.object({ month: z.string(), received: z.number().int(), finishedOnTime: z.number().int(), overdue: z.number().int(), goodRate: z.number().nullable() })),
});
export type MonthlyReport = z.infer<typeof MonthlyReportSchema>;

const ReportParams = z.object({ reportId: z.string().min(1).max(64) });

export const supervisionRoutes = {
  overview: defineRoute({
    method: 'GET', path: '/api/v1/supervision/overview', tags: ['supervision'],
    summary: '预警督办 for the operator: open warnings and escalations by unit with days overdue',
    response: SupervisionOverviewSchema,
  }),
  reports: defineRoute({
    method: 'GET', path: '/api/v1/supervision/reports', tags: ['supervision'],
    summary: '情况通报 list: every unit for the operator, the own unit for its staff',
    query: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/).optional() }),
    response: z.object({ items: z.array(MonthlyReportSchema) }),
  }),
  report: defineRoute({
    method: 'GET', path: '/api/v1/supervision/reports/:reportId', tags: ['supervision'],
    summary: 'One 情况通报', params: ReportParams, response: MonthlyReportSchema,
  }),
} as const;

/** Download paths (CSV, PDF) of a report; answered as files, not JSON. */
export const REPORT_DOWNLOAD_PATHS = {
  csv: '/api/v1/supervision/reports/:reportId/csv',
  pdf: '/api/v1/supervision/reports/:reportId/pdf',
  svg: '/api/v1/supervision/reports/:reportId/chart.svg',
} as const;
