import { z } from 'zod';
import { defineRoute } from './route';
import { AudienceSchema, FormSchemaSchema, LifeEventSchema, MaterialSchema } from './catalog';
import { UntranslatedSchema } from './common';

/*
 * 一件事 bundles: one guided question set decides which service items apply (一次告知), one
 * combined form asks every shared field once (一表申请). Submission (one case per item under a
 * bundle case) belongs to the cases feature; this contract only defines and plans bundles.
 */

export const BundleCodeSchema = z.string().regex(/^[a-z][a-z_]{1,39}$/);

/** Holds when the answer to `question` is one of `in`. A list of conditions holds when all do. */
export const BundleConditionSchema = z.object({ question: z.string(), in: z.array(z.string()).min(1) });
export type BundleCondition = z.infer<typeof BundleConditionSchema>;

export const BundleQuestionSchema = z.object({
  key: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  text: z.string(),
  help: z.string().nullable(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).min(2),
  /** Asked only when these hold (e.g. "has the restaurant a sign?" only after "is it new?"). */
  showIf: z.array(BundleConditionSchema),
});
export type BundleQuestion = z.infer<typeof BundleQuestionSchema>;

export const BundleItemRuleSchema = z.object({
  itemCode: z.string(),
  /** The item applies when these all hold; empty = always. */
  when: z.array(BundleConditionSchema),
});

export const BundleDefinitionSchema = z.object({
  code: BundleCodeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  audience: AudienceSchema,
  lifeEvent: LifeEventSchema,
  description: z.string(),
  /** 申报须知: everything the applicant must know up front, said once. */
  notice: z.array(z.string()).min(1),
  questions: z.array(BundleQuestionSchema).min(1),
  items: z.array(BundleItemRuleSchema).min(2),
});
export type BundleDefinition = z.infer<typeof BundleDefinitionSchema>;

/** Answers keyed by question key; values are option values. */
export const BundleAnswersSchema = z.record(z.string().max(40), z.string().max(40));
export type BundleAnswers = z.infer<typeof BundleAnswersSchema>;

export const BundleSummarySchema = z.object({
  code: BundleCodeSchema,
  name: z.string(),
  description: z.string(),
  audience: AudienceSchema,
  lifeEvent: LifeEventSchema,
  itemCount: z.number().int(),
  /** Shown in 简体中文 for want of a translation (name, description, questions, notice, items). */
  untranslated: UntranslatedSchema.optional(),
});

export const BundleItemRefSchema = z.object({
  code: z.string(),
  name: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  promisedTimeLimitDays: z.number().int(),
});
export type BundleItemRef = z.infer<typeof BundleItemRefSchema>;

export const BundleDetailSchema = BundleSummarySchema.extend({
  notice: z.array(z.string()),
  questions: z.array(BundleQuestionSchema),
  /** Every item the bundle may include, before any answer. */
  items: z.array(BundleItemRefSchema),
});
export type BundleDetail = z.infer<typeof BundleDetailSchema>;

export const BundlePlanSchema = z.object({
  bundleCode: BundleCodeSchema,
  /** The items that apply for these answers, in the bundle's order. */
  items: z.array(BundleItemRefSchema.extend({ fieldKeys: z.array(z.string()) })),
  notApplicable: z.array(BundleItemRefSchema),
  /** One form: each field once; fields of a single item are grouped under that item's name. */
  form: FormSchemaSchema,
  /** Keys asked once but used by two or more items. */
  sharedFieldKeys: z.array(z.string()),
  /** Materials of all applicable items, each once (same name or same certificate kind). */
  materials: z.array(MaterialSchema.extend({ itemCodes: z.array(z.string()) })),
});
export type BundlePlan = z.infer<typeof BundlePlanSchema>;

export const BundleParamsSchema = z.object({ code: BundleCodeSchema });

export const bundleRoutes = {
  list: defineRoute({
    method: 'GET', path: '/api/v1/bundles', auth: false, tags: ['bundles'],
    summary: '一件事 bundles',
    query: z.object({ audience: AudienceSchema.optional() }),
    response: z.object({ items: z.array(BundleSummarySchema) }),
  }),
  detail: defineRoute({
    method: 'GET', path: '/api/v1/bundles/:code', auth: false, tags: ['bundles'],
    summary: 'A bundle with its notice, guided questions and every item it may include',
    params: BundleParamsSchema, response: BundleDetailSchema,
  }),
  plan: defineRoute({
    method: 'POST', path: '/api/v1/bundles/:code/plan', auth: false, tags: ['bundles'],
    summary: 'Which items apply for these answers, and the combined form asking each shared field once',
    params: BundleParamsSchema,
    body: z.strictObject({ answers: BundleAnswersSchema }),
    response: BundlePlanSchema,
  }),
} as const;
