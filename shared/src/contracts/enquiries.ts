import { z } from 'zod';
import { defineRoute } from './route';
import { freeText, IsoDateSchema, IsoInstantSchema } from './common';
import { ServiceCodeParamsSchema } from './catalog';

/*
 * 在线咨询: a question about a service item, routed to the item's department, answered by its staff
 * within a promised number of working days, shown publicly (masked) when the asker agrees, and
 * handed to the 12345 hotline when the department lets the promise pass.
 */

/** Working days the department has to answer. */
export const ENQUIRY_ANSWER_WORKING_DAYS = 5;
export const QUESTION_MAX_CHARS = 1000;
export const ANSWER_MAX_CHARS = 2000;

/**
 * - `open`: waiting for the department's answer;
 * - `escalated`: overdue and handed to 12345 (the department may still answer);
 * - `answered`: answered by the department.
 */
export const ENQUIRY_STATUSES = ['open', 'escalated', 'answered'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];
export const HOTLINE_STATES = ['none', 'pending', 'pushed', 'failed'] as const;

export const EnquirySchema = z.object({
  id: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  question: z.string(),
  /** The asker agreed to show the question and its answer (masked) on the item's guide. */
  public: z.boolean(),
  status: z.enum(ENQUIRY_STATUSES),
  dueDate: IsoDateSchema,
  answer: z.object({ text: z.string(), at: IsoInstantSchema }).nullable(),
  escalation: z.object({ state: z.enum(HOTLINE_STATES), ticketNo: z.string().nullable(), at: IsoInstantSchema }).nullable(),
  createdAt: IsoInstantSchema,
});
export type Enquiry = z.infer<typeof EnquirySchema>;

export const CreateEnquiryRequestSchema = z.strictObject({
  itemCode: ServiceCodeParamsSchema.shape.code,
  question: freeText().min(5).max(QUESTION_MAX_CHARS),
  public: z.boolean().default(false),
});

export const CreatedSchema = z.object({ id: z.string(), status: z.string() });

/** A question and answer as shown on a guide: personal data masked, no asker. */
export const PublicEnquirySchema = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string(),
  answeredAt: IsoInstantSchema,
});
export type PublicEnquiry = z.infer<typeof PublicEnquirySchema>;

/** What staff see: the question as written (they answer the asker), never who asked. */
export const StaffEnquirySchema = EnquirySchema.extend({ overdue: z.boolean() });
export type StaffEnquiry = z.infer<typeof StaffEnquirySchema>;

export const AnswerEnquiryRequestSchema = z.strictObject({ answer: freeText().min(2).max(ANSWER_MAX_CHARS) });

const EnquiryParams = z.object({ enquiryId: z.string().min(1).max(64) });

export const enquiryRoutes = {
  create: defineRoute({
    method: 'POST', path: '/api/v1/enquiries', tags: ['enquiries'], status: 201,
    summary: 'Ask the department of a service item a question (在线咨询)',
    body: CreateEnquiryRequestSchema, response: CreatedSchema,
  }),
  mine: defineRoute({
    method: 'GET', path: '/api/v1/enquiries', tags: ['enquiries'],
    summary: 'My questions, newest first',
    response: z.object({ items: z.array(EnquirySchema) }),
  }),
  get: defineRoute({
    method: 'GET', path: '/api/v1/enquiries/:enquiryId', tags: ['enquiries'],
    summary: 'One of my questions; someone else\'s is 404',
    params: EnquiryParams, response: EnquirySchema,
  }),
  faq: defineRoute({
    method: 'GET', path: '/api/v1/services/:code/enquiries', tags: ['enquiries'], auth: false,
    summary: 'Frequent questions of an item: public, answered, masked',
    params: ServiceCodeParamsSchema, response: z.object({ items: z.array(PublicEnquirySchema) }),
  }),
  staffList: defineRoute({
    method: 'GET', path: '/api/v1/staff/enquiries', tags: ['staff'],
    summary: 'Questions to my department, oldest due first',
    query: z.object({ status: z.enum(ENQUIRY_STATUSES).optional() }),
    response: z.object({ items: z.array(StaffEnquirySchema) }),
  }),
  staffAnswer: defineRoute({
    method: 'POST', path: '/api/v1/staff/enquiries/:enquiryId/answer', tags: ['staff'],
    summary: 'Answer a question to my department (once)',
    params: EnquiryParams, body: AnswerEnquiryRequestSchema, response: StaffEnquirySchema,
  }),
};
