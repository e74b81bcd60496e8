import { z } from 'zod';
import { defineRoute } from './route';
import { freeText, IsoDateSchema, IsoInstantSchema } from './common';
import { cleanText } from '../domain/free-text';

/*
 * 差评工单: a real-name 1–2 star rating becomes a rectification work order for the responsible
 * unit, pushed to the 12345 hotline, due in 10 working days. The unit records a callback (回访)
 * and a rectification (整改); the rater rates the fix; 不满意 reopens it once.
 * Staff never see who the rater is: no view in this file carries the rater's identity.
 */

/**
 * - `open`: waiting for the unit's callback;
 * - `callback_recorded`: contacted, waiting for the rectification;
 * - `rectified`: waiting for the rater's verdict;
 * - `closed`: the rater accepted, or the second round ended.
 */
export const WORK_ORDER_STATUSES = ['open', 'callback_recorded', 'rectified', 'closed'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

/** Against the due date: more than 2 working days left, 2 or fewer (warning), past it, or no longer running. */
export const DEADLINE_STATES = ['on_track', 'near', 'overdue', 'stopped'] as const;
export type WorkOrderDeadlineState = (typeof DEADLINE_STATES)[number];

/** How the unit reached the rater; `in_app` sends the summary to the rater's message center. */
export const CALLBACK_METHODS = ['phone', 'sms', 'in_app', 'visit', 'hotline'] as const;
/** 满意 / 基本满意 / 不满意 on the rectification. */
export const VERDICTS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const HOTLINE_STATES = ['pending', 'pushed', 'failed', 'resolved'] as const;

/** Mini-program page of one work order (staff, the operator and the rater); messages link to it with `?id=`. */
export { WORK_ORDER_PAGE_PATH } from './page-paths';

export const WorkOrderIdSchema = z.string().min(1).max(64);

export const WorkOrderSchema = z.object({
  id: z.string(),
  ratingId: z.string(),
  /** 1, or 2 after the rater found the first rectification 不满意. */
  round: z.number().int().min(1).max(2),
  status: z.enum(WORK_ORDER_STATUSES),
  departmentCode: z.string(),
  departmentName: z.string(),
  region: z.string(),
  regionName: z.string(),
  itemCode: z.string(),
  windowId: z.string().nullable(),
  hallId: z.string().nullable(),
  /** The complaint itself, without who made it. */
  rating: z.object({
    overall: z.number().int(),
    indicators: z.record(z.string(), z.number().int()),
    comment: z.string().nullable(),
    tags: z.array(z.string()),
    channel: z.string(),
    createdAt: IsoInstantSchema,
  }),
  dueDate: IsoDateSchema,
  /** The due date reaches into a year whose holiday schedule is not published yet: it may move (and is recomputed) once it is. */
  dueDateProvisional: z.boolean(),
  deadline: z.object({
    state: z.enum(DEADLINE_STATES),
    /** Working days from today to the due date, negative once overdue; null when stopped. */
    workingDaysLeft: z.number().int().nullable(),
  }),
  hotline: z.object({
    state: z.enum(HOTLINE_STATES),
    ticketNo: z.string().nullable(),
    note: z.string().nullable(),
  }),
  callback: z
    .object({ contactedAt: IsoInstantSchema, method: z.enum(CALLBACK_METHODS), summary: z.string(), recordedAt: IsoInstantSchema })
    .nullable(),
  rectification: z
    .object({
      note: z.string(),
      /** What the public sees beside the bad rating; null when nothing was published. */
      publicNote: z.string().nullable(),
      source: z.enum(['unit', 'hotline']),
      recordedAt: IsoInstantSchema,
    })
    .nullable(),
  verdict: z.object({ verdict: z.enum(VERDICTS), comment: z.string().nullable(), at: IsoInstantSchema }).nullable(),
  history: z.array(
    z.object({
      at: IsoInstantSchema,
      round: z.number().int(),
      action: z.enum(['created', 'pushed', 'push_failed', 'callback', 'rectification', 'hotline_resolved', 'verdict', 'reopened', 'closed']),
      note: z.string().nullable(),
    }),
  ),
  createdAt: IsoInstantSchema,
  closedAt: IsoInstantSchema.nullable(),
});
export type WorkOrder = z.infer<typeof WorkOrderSchema>;

export const WorkOrderParamsSchema = z.object({ workOrderId: WorkOrderIdSchema });

export const ListWorkOrdersQuerySchema = z.object({
  status: z.enum([...WORK_ORDER_STATUSES, 'unclosed']).default('unclosed'),
  deadline: z.enum(DEADLINE_STATES).optional(),
  /** Operator only; staff always see their own department. */
  department: z.string().regex(/^[a-z]{2,8}$/).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const RecordCallbackRequestSchema = z.strictObject({
  contactedAt: z.iso.datetime({ offset: true }),
  method: z.enum(CALLBACK_METHODS).exclude(['hotline']),
  summary: freeText().min(2).max(1000),
});

export const RecordRectificationRequestSchema = z.strictObject({
  note: freeText().min(2).max(2000),
  publicNote: freeText().min(2).max(500).optional(),
});

export const VerdictRequestSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  comment: freeText().max(500).optional(),
});

/** What the 12345 hotline POSTs back; signed with `X-Hotline-Signature: sha256=<hex HMAC-SHA256(secret, rawBody)>`. */
export const HotlineWebhookSchema = z.object({
  ticketNo: z.string().min(1).max(64),
  externalId: z.string().min(1).max(64),
  event: z.enum(['resolved']),
  note: z.string().overwrite(cleanText).max(2000),
  at: IsoInstantSchema,
});

export const workOrderRoutes = {
  list: defineRoute({
    method: 'GET', path: '/api/v1/work-orders', tags: ['work-orders'],
    summary: 'Work orders: staff see their department’s, the operator all, a resident the ones from their ratings; with due dates and warnings',
    query: ListWorkOrdersQuerySchema,
    response: z.object({ items: z.array(WorkOrderSchema) }),
  }),
  get: defineRoute({
    method: 'GET', path: '/api/v1/work-orders/:workOrderId', tags: ['work-orders'],
    summary: 'One work order (staff of its department, its rater, or the operator)',
    params: WorkOrderParamsSchema, response: WorkOrderSchema,
  }),
  callback: defineRoute({
    method: 'POST', path: '/api/v1/work-orders/:workOrderId/callback', tags: ['work-orders'],
    summary: 'Staff: record the callback (回访) — when, how, what was said',
    params: WorkOrderParamsSchema, body: RecordCallbackRequestSchema, response: WorkOrderSchema,
  }),
  rectification: defineRoute({
    method: 'POST', path: '/api/v1/work-orders/:workOrderId/rectification', tags: ['work-orders'],
    summary: 'Staff: record the rectification (整改) and optionally a note to publish beside the rating; the rater is asked for a verdict',
    params: WorkOrderParamsSchema, body: RecordRectificationRequestSchema, response: WorkOrderSchema,
  }),
  verdict: defineRoute({
    method: 'POST', path: '/api/v1/work-orders/:workOrderId/verdict', tags: ['work-orders'],
    summary: 'The rater rates the fix: 满意 / 基本满意 close it; 不满意 reopens it for one more round',
    params: WorkOrderParamsSchema, body: VerdictRequestSchema, response: WorkOrderSchema,
  }),
  hotlineWebhook: defineRoute({
    method: 'POST', path: '/api/v1/hotline/webhook', auth: false, tags: ['work-orders'],
    summary: '12345 hotline callback with a result; verified by HMAC signature, idempotent on repeats',
    body: HotlineWebhookSchema,
    response: z.object({ result: z.enum(['applied', 'duplicate', 'ignored']) }),
  }),
} as const;
