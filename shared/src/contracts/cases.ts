import { z } from 'zod';
import { defineRoute } from './route';
import { freeText, IsoDateSchema, IsoInstantSchema } from './common';
import { FormDataSchema, FormSchemaSchema, ServiceCodeParamsSchema } from './catalog';
import { BundleAnswersSchema, BundleCodeSchema } from './bundles';
import { UploadIdSchema, UploadMimeSchema } from './uploads';
import { CASE_ACTOR_ROLES, CASE_STATUSES } from '../domain/case-status';
import { PaymentViewSchema } from './payments';
import { DeliveryChoiceSchema, ShipmentSchema } from './delivery';

/*
 * Online application (申办): cases, drafts, bundle submissions and the staff back office.
 * A case belongs to one applicant and one item; a bundle case (一件事) links one child case per
 * applicable item and takes its status from them. Submissions carry an `Idempotency-Key` header.
 */

export const CaseStatusSchema = z.enum(CASE_STATUSES);
export const CaseActorRoleSchema = z.enum(CASE_ACTOR_ROLES);
export const DeadlineStateSchema = z.enum(['on_track', 'near', 'overdue', 'paused', 'stopped']);

export const CaseIdSchema = z.string().regex(/^cs_[A-Za-z0-9_-]{16,40}$/);
export const CaseParamsSchema = z.object({ caseId: CaseIdSchema });

const ItemCodeSchema = ServiceCodeParamsSchema.shape.code;
const MaterialKeySchema = z.string().regex(/^[a-z][a-z0-9_]*$/).max(64);
const NoteSchema = freeText().max(1000);

// ───────────────────────────── Materials ─────────────────────────────

const walletRef = {
  source: z.literal('wallet'),
  materialKey: MaterialKeySchema,
  /** A certificate in the applicant's wallet that satisfies the material (免提交). */
  certificateId: z.string().min(1).max(128),
};
const uploadRef = {
  source: z.literal('upload'),
  materialKey: MaterialKeySchema,
  /** One or more of the applicant's uploads (several pages of one material). */
  uploadIds: z.array(UploadIdSchema).min(1).max(10),
};

/** How one material of an item is provided: a wallet certificate by reference, or uploads. */
export const CaseMaterialInputSchema = z.discriminatedUnion('source', [
  z.strictObject(walletRef),
  z.strictObject(uploadRef),
]);
export type CaseMaterialInput = z.infer<typeof CaseMaterialInputSchema>;

/**
 * A material inside a bundle submission, named by an item and that item's material key (keys are
 * unique per item only). It also serves every item the bundle plan merged it with (same certificate
 * kind or same name), so the applicant provides a shared material once.
 */
export const BundleMaterialInputSchema = z.discriminatedUnion('source', [
  z.strictObject({ ...walletRef, itemCode: ItemCodeSchema }),
  z.strictObject({ ...uploadRef, itemCode: ItemCodeSchema }),
]);
export type BundleMaterialInput = z.infer<typeof BundleMaterialInputSchema>;

/** A material as a case shows it. */
export const CaseMaterialSchema = z.object({
  key: z.string(),
  name: z.string(),
  source: z.enum(['wallet', 'upload']),
  certificate: z.object({ id: z.string(), kindName: z.string() }).nullable(),
  uploads: z.array(
    z.object({
      id: UploadIdSchema,
      fileName: z.string(),
      mime: UploadMimeSchema,
      size: z.number().int(),
      /** Signed, short-lived content URL. */
      url: z.string(),
    }),
  ),
});
export type CaseMaterial = z.infer<typeof CaseMaterialSchema>;

// ───────────────────────────── Requests ─────────────────────────────

export const CreateCaseRequestSchema = z.strictObject({
  itemCode: ItemCodeSchema,
  /** Checked against the item's FormSchema (`formDataSchemaFor`). */
  form: FormDataSchema,
  materials: z.array(CaseMaterialInputSchema).max(50),
  /** Pickup or express, for an item that offers delivery (pickup when left out). */
  delivery: DeliveryChoiceSchema.optional(),
});
export type CreateCaseRequest = z.infer<typeof CreateCaseRequestSchema>;

export const CreateBundleCaseRequestSchema = z.strictObject({
  bundleCode: BundleCodeSchema,
  answers: BundleAnswersSchema,
  /** One form for the whole bundle: a key shared by several items is asked once and given to each. */
  form: FormDataSchema,
  materials: z.array(BundleMaterialInputSchema).max(200),
});
export type CreateBundleCaseRequest = z.infer<typeof CreateBundleCaseRequestSchema>;

/** The corrected form and materials of a case sent back for correction (需补正). */
export const ResubmitCaseRequestSchema = z.strictObject({
  form: FormDataSchema,
  materials: z.array(CaseMaterialInputSchema).max(50),
  note: NoteSchema.optional(),
});
export type ResubmitCaseRequest = z.infer<typeof ResubmitCaseRequestSchema>;

export const TransitionRequestSchema = z.strictObject({
  to: CaseStatusSchema,
  /** Required when sending back for correction (what to fix, all at once) or refusing (why). */
  note: NoteSchema.optional(),
  /** The status the clerk saw; when the case has moved since, the request is refused (409). */
  expectedStatus: CaseStatusSchema.optional(),
});
export type TransitionRequest = z.infer<typeof TransitionRequestSchema>;

// ───────────────────────────── Responses ─────────────────────────────

export const CaseDeadlineSchema = z.object({
  state: DeadlineStateSchema,
  /** Working days until the due date, negative once overdue; null when the clock is not running. */
  workingDaysLeft: z.number().int().nullable(),
});

export const CaseSummarySchema = z.object({
  id: CaseIdSchema,
  /** 办件编号, e.g. `ZSB20260316000042`. */
  number: z.string(),
  kind: z.enum(['item', 'bundle']),
  itemCode: z.string().nullable(),
  bundleCode: z.string().nullable(),
  /** The item's or bundle's name. */
  title: z.string(),
  /** Null for a bundle case (its children go to several departments). */
  departmentCode: z.string().nullable(),
  departmentName: z.string().nullable(),
  region: z.string(),
  status: CaseStatusSchema,
  /** Bundle only: some children were refused while the others go on. */
  partial: z.boolean(),
  submittedAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
  /** Promised completion date on the working-day calendar; null for a bundle case. */
  dueDate: IsoDateSchema.nullable(),
  /** The due date reaches into a year whose holiday schedule is not published yet: it may move (and is recomputed) once it is. */
  dueDateProvisional: z.boolean(),
  deadline: CaseDeadlineSchema,
  /** The bundle case this one belongs to. */
  parentId: CaseIdSchema.nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CaseEventSchema = z.object({
  /** Null for the submission that created the case. */
  from: CaseStatusSchema.nullable(),
  to: CaseStatusSchema,
  actor: z.object({
    role: CaseActorRoleSchema,
    /** The applicant's masked name, or the clerk's department; null for the system. */
    name: z.string().nullable(),
  }),
  at: IsoInstantSchema,
  note: z.string().nullable(),
});
export type CaseEvent = z.infer<typeof CaseEventSchema>;

export const CaseActionSchema = z.object({ to: CaseStatusSchema, noteRequired: z.boolean() });

export const CaseDetailSchema = CaseSummarySchema.extend({
  applicant: z.object({
    kind: z.enum(['personal', 'enterprise']),
    /** Masked for staff. */
    name: z.string(),
    /** ID number or USCC, masked. */
    idNumber: z.string(),
  }),
  promisedTimeLimitDays: z.number().int().nullable(),
  /** The form as submitted, ID numbers, phones, account numbers and personal data in typed text masked. Null for a bundle case. */
  form: FormDataSchema.nullable(),
  /** The form definition the case was submitted with, for labels. */
  formSchema: FormSchemaSchema.nullable(),
  materials: z.array(CaseMaterialSchema),
  /** Every step, oldest first. */
  timeline: z.array(CaseEventSchema),
  /** Bundle only: one case per item. */
  children: z.array(CaseSummarySchema),
  /** What this viewer may do next. */
  actions: z.array(CaseActionSchema),
  /** The latest request for correction, while it stands. */
  correction: z.object({ note: z.string(), at: IsoInstantSchema }).nullable(),
  /** The fee's payment once the case waits for it (待缴费), with its receipt; null when none. */
  payment: PaymentViewSchema.nullable(),
  /** How the result reaches the applicant (pickup or express, tracking); null when the item offers no delivery. */
  shipment: ShipmentSchema.nullable(),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

export const CaseListQuerySchema = z.object({
  status: CaseStatusSchema.optional(),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const CaseListSchema = z.object({ items: z.array(CaseSummarySchema), total: z.number().int() });
export type CaseList = z.infer<typeof CaseListSchema>;

export const StaffQueueQuerySchema = CaseListQuerySchema.extend({
  /** Only cases near or past their promised date. */
  deadline: z.enum(['near', 'overdue']).optional(),
  /** Open cases only (not refused, completed or delivered) unless a status is asked for. */
  open: z.enum(['true', 'false']).default('true'),
});

export const StaffQueueRowSchema = CaseSummarySchema.extend({ applicantName: z.string() });

export const StaffQueueSchema = z.object({
  items: z.array(StaffQueueRowSchema),
  total: z.number().int(),
  /** Open cases of the department near and past their promised date. */
  near: z.number().int(),
  overdue: z.number().int(),
});
export type StaffQueue = z.infer<typeof StaffQueueSchema>;

// ───────────────────────────── Drafts ─────────────────────────────

export const DraftParamsSchema = z.object({
  kind: z.enum(['item', 'bundle']),
  code: z.union([ItemCodeSchema, BundleCodeSchema]),
});

export const DraftMaterialSchema = z.union([CaseMaterialInputSchema, BundleMaterialInputSchema]);

export const SaveDraftRequestSchema = z.strictObject({
  /** Partial and possibly invalid: a draft is checked only when submitted. */
  form: FormDataSchema,
  materials: z.array(DraftMaterialSchema).max(200),
  answers: BundleAnswersSchema.optional(),
  /**
   * The client's save counter. A save whose revision is not above the stored one is ignored, so an
   * autosave that arrives late never overwrites a newer one.
   */
  revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});
export type SaveDraftRequest = z.infer<typeof SaveDraftRequestSchema>;

export const DraftSchema = z.object({
  kind: z.enum(['item', 'bundle']),
  code: z.string(),
  form: FormDataSchema,
  materials: z.array(DraftMaterialSchema),
  answers: BundleAnswersSchema.nullable(),
  revision: z.number().int(),
  updatedAt: IsoInstantSchema,
  /** False when the save was older than the stored draft and was ignored. */
  applied: z.boolean(),
});
export type Draft = z.infer<typeof DraftSchema>;

// ───────────────────────────── Routes ─────────────────────────────

export const caseRoutes = {
  create: defineRoute({
    method: 'POST', path: '/api/v1/cases', tags: ['cases'], status: 201,
    summary: 'Submit an application for an online item; retried with the same Idempotency-Key it creates one case',
    body: CreateCaseRequestSchema, response: CaseDetailSchema,
  }),
  createBundle: defineRoute({
    method: 'POST', path: '/api/v1/bundle-cases', tags: ['cases'], status: 201,
    summary: 'Submit a 一件事 bundle: one child case per applicable item under one bundle case (Idempotency-Key)',
    body: CreateBundleCaseRequestSchema, response: CaseDetailSchema,
  }),
  list: defineRoute({
    method: 'GET', path: '/api/v1/cases', tags: ['cases'],
    summary: 'My cases (single items and bundles), newest first',
    query: CaseListQuerySchema, response: CaseListSchema,
  }),
  detail: defineRoute({
    method: 'GET', path: '/api/v1/cases/:caseId', tags: ['cases'],
    summary: "One of my cases with its timeline, materials, countdown and a bundle's children",
    params: CaseParamsSchema, response: CaseDetailSchema,
  }),
  resubmit: defineRoute({
    method: 'POST', path: '/api/v1/cases/:caseId/resubmit', tags: ['cases'],
    summary: 'Correct and resubmit a case sent back for correction (需补正); it returns to 已提交',
    params: CaseParamsSchema, body: ResubmitCaseRequestSchema, response: CaseDetailSchema,
  }),
  getDraft: defineRoute({
    method: 'GET', path: '/api/v1/drafts/:kind/:code', tags: ['cases'],
    summary: 'My saved draft of an item or bundle application (null when there is none)',
    params: DraftParamsSchema, response: z.object({ draft: DraftSchema.nullable() }),
  }),
  saveDraft: defineRoute({
    method: 'PUT', path: '/api/v1/drafts/:kind/:code', tags: ['cases'],
    summary: 'Autosave a draft; a save older than the stored revision is ignored',
    params: DraftParamsSchema, body: SaveDraftRequestSchema, response: DraftSchema,
  }),
  deleteDraft: defineRoute({
    method: 'DELETE', path: '/api/v1/drafts/:kind/:code', tags: ['cases'],
    summary: 'Discard a draft', params: DraftParamsSchema,
  }),
} as const;

export const staffRoutes = {
  queue: defineRoute({
    method: 'GET', path: '/api/v1/staff/cases', tags: ['staff'],
    summary: "The clerk's department queue, most urgent first, with near/overdue counts",
    query: StaffQueueQuerySchema, response: StaffQueueSchema,
  }),
  detail: defineRoute({
    method: 'GET', path: '/api/v1/staff/cases/:caseId', tags: ['staff'],
    summary: 'A case of the clerk\'s department with its materials and the moves the clerk may make',
    params: CaseParamsSchema, response: CaseDetailSchema,
  }),
  transition: defineRoute({
    method: 'POST', path: '/api/v1/staff/cases/:caseId/transitions', tags: ['staff'],
    summary: 'Move a case along its life cycle (allowed transitions only); the applicant gets a message',
    params: CaseParamsSchema, body: TransitionRequestSchema, response: CaseDetailSchema,
  }),
} as const;
