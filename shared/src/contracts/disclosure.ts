import { z } from 'zod';
import { defineRoute } from './route';
import { freeText, IsoDateSchema, IsoInstantSchema } from './common';
import { DEPARTMENT_CODES } from '../domain/regions';

/*
 * 依申请公开: a request for government information to a department, answered within 20 working
 * days, extended once by 20 with a reason, answered as granted, partly granted, refused (with the
 * legal ground) or not held, with files attached; every answer states the right to a review.
 */

export const DISCLOSURE_STATUSES = ['received', 'extended', 'answered'] as const;
export const DISCLOSURE_OUTCOMES = ['granted', 'partly', 'refused', 'not_held'] as const;
export type DisclosureOutcome = (typeof DISCLOSURE_OUTCOMES)[number];
export const DELIVERY_FORMATS = ['electronic', 'paper'] as const;
export const DISCLOSURE_MAX_FILES = 10;

const DepartmentCodeSchema = z.string().refine((c) => DEPARTMENT_CODES.includes(c), 'unknown department');
const UploadIdSchema = z.string().regex(/^up_[A-Za-z0-9_-]{16,40}$/);

export const CreateDisclosureRequestSchema = z.strictObject({
  departmentCode: DepartmentCodeSchema,
  /** 所需信息的名称、文号或者便于查询的其他特征性描述. */
  description: freeText().min(5).max(2000),
  purpose: freeText().max(500).optional(),
  format: z.enum(DELIVERY_FORMATS).default('electronic'),
});

/** The requester's remedies, stated in every answer (条例 第五十一条). */
export const ReviewRightsSchema = z.object({
  reviewDays: z.number().int(),
  litigationMonths: z.number().int(),
  /** Where to apply for 行政复议: the people's government at the department's level. */
  reviewBody: z.string(),
});

export const DisclosureFileSchema = z.object({ id: z.string(), fileName: z.string(), mime: z.string(), size: z.number().int(), url: z.string() });

export const DisclosureSchema = z.object({
  id: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  description: z.string(),
  purpose: z.string().nullable(),
  format: z.enum(DELIVERY_FORMATS),
  status: z.enum(DISCLOSURE_STATUSES),
  receivedOn: IsoDateSchema,
  dueDate: IsoDateSchema,
  extension: z.object({ reason: z.string(), previousDueDate: IsoDateSchema, at: IsoInstantSchema }).nullable(),
  answer: z.object({
    outcome: z.enum(DISCLOSURE_OUTCOMES),
    legalGround: z.string().nullable(),
    text: z.string(),
    files: z.array(DisclosureFileSchema),
    at: IsoInstantSchema,
    reviewRights: ReviewRightsSchema,
  }).nullable(),
  createdAt: IsoInstantSchema,
});
export type Disclosure = z.infer<typeof DisclosureSchema>;

export const StaffDisclosureSchema = DisclosureSchema.extend({ overdue: z.boolean() });

export const ExtendDisclosureRequestSchema = z.strictObject({ reason: freeText().min(5).max(500) });

export const AnswerDisclosureRequestSchema = z.strictObject({
  outcome: z.enum(DISCLOSURE_OUTCOMES),
  /** Required when refusing in whole or in part: the article the refusal rests on. */
  legalGround: freeText().min(4).max(300).optional(),
  text: freeText().min(2).max(4000),
  fileIds: z.array(UploadIdSchema).max(DISCLOSURE_MAX_FILES).default([])
    .refine((ids) => new Set(ids).size === ids.length, { message: 'files must not repeat' }),
}).refine((a) => (a.outcome === 'refused' || a.outcome === 'partly') ? !!a.legalGround : true,
  { path: ['legalGround'], message: 'a refusal names its legal ground' })
  .refine((a) => (a.outcome === 'granted' || a.outcome === 'partly') ? a.fileIds.length > 0 : true,
    { path: ['fileIds'], message: 'granted information is attached' });

const Params = z.object({ requestId: z.string().min(1).max(64) });

export const disclosureRoutes = {
  create: defineRoute({
    method: 'POST', path: '/api/v1/disclosure-requests', tags: ['disclosure'], status: 201,
    summary: 'Request government information from a department (依申请公开); due in 20 working days',
    body: CreateDisclosureRequestSchema, response: z.object({ id: z.string(), status: z.string() }),
  }),
  mine: defineRoute({
    method: 'GET', path: '/api/v1/disclosure-requests', tags: ['disclosure'],
    summary: 'My requests, newest first', response: z.object({ items: z.array(DisclosureSchema) }),
  }),
  get: defineRoute({
    method: 'GET', path: '/api/v1/disclosure-requests/:requestId', tags: ['disclosure'],
    summary: 'One of my requests; someone else\'s is 404', params: Params, response: DisclosureSchema,
  }),
  staffList: defineRoute({
    method: 'GET', path: '/api/v1/staff/disclosure-requests', tags: ['staff'],
    summary: 'Requests to my department, oldest due first',
    query: z.object({ status: z.enum(DISCLOSURE_STATUSES).optional() }),
    response: z.object({ items: z.array(StaffDisclosureSchema) }),
  }),
  staffExtend: defineRoute({
    method: 'POST', path: '/api/v1/staff/disclosure-requests/:requestId/extend', tags: ['staff'],
    summary: 'Extend once by 20 working days, with the reason told to the requester',
    params: Params, body: ExtendDisclosureRequestSchema, response: StaffDisclosureSchema,
  }),
  staffAnswer: defineRoute({
    method: 'POST', path: '/api/v1/staff/disclosure-requests/:requestId/answer', tags: ['staff'],
    summary: 'Answer (granted, partly, refused with its legal ground, not held) with files uploaded by me',
    params: Params, body: AnswerDisclosureRequestSchema, response: StaffDisclosureSchema,
  }),
};
