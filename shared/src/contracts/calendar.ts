import { z } from 'zod';
import { defineRoute } from './route';
import { IsoDateSchema, IsoInstantSchema } from './common';
import { STATUTORY_RULES_SINCE, statutoryHolidays } from '../domain/statutory-holidays';
import { isIsoDate } from '../domain/working-days';

/*
 * 工作日日历: the State Council publishes each year's holiday schedule (放假调休安排) late in the
 * year before. Operators enter it here so deadlines follow it without a release; until it is
 * entered, a year is provisional (statutory days only). See shared/src/domain/working-days.ts.
 */

/** Schedules can be entered for the years under the current 办法 (in force since 2025). */
export const CALENDAR_FIRST_YEAR = STATUTORY_RULES_SINCE;
export const CALENDAR_LAST_YEAR = 2099;

export const CalendarYearSchema = z.coerce.number().int().min(CALENDAR_FIRST_YEAR).max(CALENDAR_LAST_YEAR);
export const CalendarYearParamsSchema = z.object({ year: CalendarYearSchema });

const ScheduleDateSchema = IsoDateSchema.refine(isIsoDate, { message: 'not a calendar date' });
// Control characters and bidi overrides could disguise what the audit trail shows.
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** One year's published schedule as the operator types it from the notice. */
export const PutCalendarScheduleRequestSchema = z
  .strictObject({
    /** Every day off the notice lists (statutory days and bridged days; weekends may be listed too). */
    holidays: z.array(ScheduleDateSchema).min(1).max(366),
    /** The make-up working days (调休上班): Saturdays or Sundays. */
    workdays: z.array(ScheduleDateSchema).max(366),
    /** The notice it is taken from, e.g. 国办发明电〔2026〕7号. */
    notice: z.string().trim().min(2).max(200).refine((s) => !UNSAFE_TEXT.test(s), { message: 'control characters are not allowed' }),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.holidays.forEach((d, i) => {
      if (seen.has(d)) ctx.addIssue({ code: 'custom', path: ['holidays', i], message: `${d} is listed twice` });
      seen.add(d);
    });
    const seenWork = new Set<string>();
    s.workdays.forEach((d, i) => {
      if (seenWork.has(d)) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: `${d} is listed twice` });
      else if (seen.has(d)) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: `${d} is also listed as a holiday` });
      seenWork.add(d);
    });
  });
export type PutCalendarScheduleRequest = z.infer<typeof PutCalendarScheduleRequestSchema>;

const isWeekendDate = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

/**
 * The request schema with the checks that need the year of the path: every date inside that year,
 * every statutory day of 全国年节及纪念日放假办法 a holiday (never a make-up working day), and
 * make-up working days on weekends (a weekday is a working day anyway).
 */
export function putCalendarScheduleSchemaFor(year: number) {
  return PutCalendarScheduleRequestSchema.superRefine((s, ctx) => {
    const inYear = (d: string) => d.startsWith(`${year}-`);
    s.holidays.forEach((d, i) => {
      if (!inYear(d)) ctx.addIssue({ code: 'custom', path: ['holidays', i], message: `${d} is not in ${year}` });
    });
    s.workdays.forEach((d, i) => {
      if (!inYear(d)) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: `${d} is not in ${year}` });
      else if (!isWeekendDate(d)) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: `${d} is a weekday, not a make-up working day` });
    });
    const holidays = new Set(s.holidays);
    const workdays = new Set(s.workdays);
    for (const h of statutoryHolidays(year)) {
      if (workdays.has(h.date)) {
        ctx.addIssue({ code: 'custom', path: ['workdays', s.workdays.indexOf(h.date)], message: `${h.date} is a statutory holiday (${h.name})` });
      } else if (!holidays.has(h.date)) {
        ctx.addIssue({ code: 'custom', path: ['holidays'], message: `${h.date} is a statutory holiday (${h.name}) and must be listed` });
      }
    }
  });
}

export const CalendarYearStatusSchema = z.object({
  year: z.number().int(),
  /** `published`: the year's schedule with its 调休 is known; `provisional`: statutory days only, deadlines may move. */
  status: z.enum(['published', 'provisional']),
  /** `operator`: entered here; `bundled`: shipped with the code (chinese-days); `statutory`: computed, nothing published. */
  source: z.enum(['operator', 'bundled', 'statutory']),
  holidays: z.array(IsoDateSchema),
  workdays: z.array(IsoDateSchema),
  /** For an operator-entered year: the notice, when and by whom (user id) it was entered. */
  notice: z.string().nullable(),
  updatedAt: IsoInstantSchema.nullable(),
  updatedBy: z.string().nullable(),
});
export type CalendarYearStatus = z.infer<typeof CalendarYearStatusSchema>;

export const CalendarStatusQuerySchema = z.object({
  from: CalendarYearSchema.optional(),
  to: CalendarYearSchema.optional(),
});

export const CalendarStatusSchema = z.object({
  today: IsoDateSchema,
  /** From 1 November while next year's schedule has not been entered: deadlines reaching into it are provisional. */
  nextYearMissing: z.boolean(),
  years: z.array(CalendarYearStatusSchema),
});
export type CalendarStatus = z.infer<typeof CalendarStatusSchema>;

export const calendarRoutes = {
  status: defineRoute({
    method: 'GET', path: '/api/v1/calendar', tags: ['calendar'],
    summary: 'Operator: the working-day calendar per year (default: last year to next year), published or provisional',
    query: CalendarStatusQuerySchema, response: CalendarStatusSchema,
  }),
  putSchedule: defineRoute({
    method: 'PUT', path: '/api/v1/calendar/schedules/:year', tags: ['calendar'],
    summary: 'Operator: enter the State Council’s holiday schedule of a year (days off and make-up working days); audited',
    params: CalendarYearParamsSchema, body: PutCalendarScheduleRequestSchema, response: CalendarYearStatusSchema,
  }),
} as const;
