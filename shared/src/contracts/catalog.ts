import { z } from 'zod';
import { defineRoute } from './route';
import { ContentLanguageSchema, freeText, IsoDateSchema, UntranslatedSchema } from './common';

/*
 * Service catalog (事项目录) and guides (办事指南). Element names follow the national
 * exchange schema: 基本目录 (name, baseCode, type, legalBasis) and 实施清单 (implementationCode,
 * implementingBody, audience, conditions, procedure, time limits, visits, fees, enquiry and
 * complaint channels, materials, FAQs). Content is Chinese data; enums are English codes that
 * the mini-program turns into words through i18n.
 */

// ───────────────────────────── Form schema (申请表单) ─────────────────────────────

/**
 * Where a field's initial value comes from:
 * - `profile.<key>`: the signed-in person — name, idNumber, phone, gender, region.
 * - `identity.<key>`: the active enterprise identity — name, uscc.
 * - `wallet.<kind>`: a certificate of that kind in the wallet, by reference (the field's value is
 *   the certificate id; use it with type `certificate`).
 * - `wallet.<kind>.<fieldKey>`: one field of that certificate (e.g. `wallet.marriage_certificate.spouseName`).
 */
export const PrefillSourceSchema = z
  .string()
  .regex(/^(profile\.(name|idNumber|phone|gender|region)|identity\.(name|uscc)|wallet\.[a-z_]+(\.[A-Za-z_]+)?)$/);
export type PrefillSource = z.infer<typeof PrefillSourceSchema>;

export const FormFieldTypeSchema = z.enum([
  'text',
  'textarea',
  'number',
  /** Money as an integer number of fen (分); shown as yuan. */
  'money',
  'date',
  'phone',
  'idNumber',
  'uscc',
  /** A GB/T 2260 region code from regions.ts. */
  'region',
  'select',
  'radio',
  'checkbox',
  /** A reference to a wallet certificate (its id); `certificateKind` says which kind. */
  'certificate',
]);
export type FormFieldType = z.infer<typeof FormFieldTypeSchema>;

export const FormOptionSchema = z.object({ value: z.string(), label: z.string() });

export const FormFieldSchema = z.object({
  /**
   * Stable key of the value in the submitted data. The same key in two items' forms means the
   * same fact (e.g. `applicantName`), which is how a bundle asks a shared field once.
   */
  key: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  label: z.string(),
  type: FormFieldTypeSchema,
  required: z.boolean(),
  prefill: PrefillSourceSchema.optional(),
  /** Whether a pre-filled value may be changed by the applicant (identity fields may not). */
  readonlyWhenPrefilled: z.boolean().optional(),
  options: z.array(FormOptionSchema).optional(),
  certificateKind: z.string().optional(),
  placeholder: z.string().optional(),
  help: z.string().optional(),
  /** Inclusive bounds for number/money (money in fen). */
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  maxLength: z.number().int().positive().optional(),
  /** Optional heading the field is grouped under. */
  group: z.string().optional(),
});
export type FormField = z.infer<typeof FormFieldSchema>;

export const FormSchemaSchema = z.object({
  version: z.number().int().positive(),
  fields: z.array(FormFieldSchema).min(1),
});
export type FormSchema = z.infer<typeof FormSchemaSchema>;

/** Values of a filled form keyed by field key. Checkbox → boolean, number/money → integer, others → string. */
export const FormDataSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type FormData = z.infer<typeof FormDataSchema>;

const ID_NUMBER_SHAPE = /^\d{17}[\dX]$/;
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const PHONE_SHAPE = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

function fieldValueSchema(f: FormField): z.ZodType {
  const text = (s: z.ZodString) => (f.maxLength ? s.max(f.maxLength) : s.max(2000));
  switch (f.type) {
    case 'number':
    case 'money': {
      let n = z.number().int();
      if (f.min !== undefined) n = n.min(f.min);
      if (f.max !== undefined) n = n.max(f.max);
      return n;
    }
    case 'checkbox':
      return z.boolean();
    case 'date':
      return IsoDateSchema;
    case 'phone':
      return z.string().regex(PHONE_SHAPE);
    case 'idNumber':
      return z.string().regex(ID_NUMBER_SHAPE);
    case 'uscc':
      return z.string().regex(USCC_SHAPE);
    case 'region':
      return z.string().regex(/^\d{6}$/);
    case 'select':
    case 'radio': {
      const values = (f.options ?? []).map((o) => o.value);
      return z.string().refine((v) => values.includes(v), { message: 'not one of the options' });
    }
    case 'certificate':
      return z.string().min(1).max(128);
    default:
      return text(freeText().min(f.required ? 1 : 0));
  }
}

/**
 * A zod schema for the data of a filled form: required fields must be present (a required
 * checkbox must be `true`), optional ones may be missing/null/empty, unknown keys are refused.
 */
export function formDataSchemaFor(form: FormSchema): z.ZodType<FormData> {
  const shape: Record<string, z.ZodType> = {};
  for (const f of form.fields) {
    const v = fieldValueSchema(f);
    if (f.required) shape[f.key] = f.type === 'checkbox' ? z.literal(true) : v;
    else shape[f.key] = z.union([v, z.literal(''), z.null()]).optional();
  }
  return z.strictObject(shape) as unknown as z.ZodType<FormData>;
}

// ───────────────────────────── Catalog elements ─────────────────────────────

/** 事项类型 (national list of power and service types). */
export const ServiceTypeSchema = z.enum([
  'administrative_licensing', // 行政许可
  'administrative_payment', // 行政给付
  'administrative_confirmation', // 行政确认
  'administrative_ruling', // 行政裁决
  'administrative_reward', // 行政奖励
  'other_administrative_power', // 其他行政权力
  'public_service', // 公共服务
]);
export type ServiceType = z.infer<typeof ServiceTypeSchema>;

/** 服务对象. */
export const AudienceSchema = z.enum(['personal', 'enterprise']);
export type Audience = z.infer<typeof AudienceSchema>;

/** Life events (主题分类) residents and enterprises browse by. */
export const LIFE_EVENTS = [
  // personal
  'birth', 'education', 'employment', 'marriage', 'housing', 'vehicle', 'medical', 'social_security',
  'retirement', 'pets', 'household', 'disability', 'veterans', 'culture_travel', 'legal_aid', 'funeral',
  // enterprise
  'business_start', 'business_operation', 'construction', 'tax', 'hiring', 'environment', 'business_closure',
] as const;
export const LifeEventSchema = z.enum(LIFE_EVENTS);
export type LifeEvent = z.infer<typeof LifeEventSchema>;

/** Life events of enterprises (法人); the others are personal. */
export const ENTERPRISE_LIFE_EVENTS: readonly LifeEvent[] = [
  'business_start', 'business_operation', 'construction', 'tax', 'hiring', 'environment', 'business_closure',
];

/** 材料形式. */
export const MaterialFormSchema = z.enum(['original', 'copy', 'original_and_copy', 'electronic']);
/** 材料必要性: 必要 / 容缺或情形必要 / 非必要. */
export const MaterialNecessitySchema = z.enum(['required', 'conditional', 'optional']);
/** 来源渠道. */
export const MaterialSourceSchema = z.enum(['applicant', 'government', 'intermediary', 'other']);

export const MaterialSchema = z.object({
  /** Stable within the item; cases reference materials by it. */
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: z.string().min(1),
  form: MaterialFormSchema,
  necessity: MaterialNecessitySchema,
  /** When necessity is `conditional`: the situation in which it is needed. */
  condition: z.string().nullable(),
  count: z.number().int().min(1),
  source: MaterialSourceSchema,
  /** Who issues it, e.g. 公安机关 (来源渠道说明). */
  sourceNote: z.string().nullable(),
  /** A wallet certificate kind (certificate-id.ts CERTIFICATE_KINDS) that satisfies this material. */
  certificateKind: z.string().nullable(),
  /** 空白表格: name of the blank form to download, if any. */
  blankForm: z.string().nullable(),
  /** 示例样表: name of the filled example, if any. */
  sample: z.string().nullable(),
  note: z.string().nullable(),
});
export type Material = z.infer<typeof MaterialSchema>;

export const ProcedureStepSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** Who does it: 申请人 / 单位 / 受理窗口 / 承办处室 … */
  actor: z.string(),
});

export const FeeSchema = z.object({
  charged: z.boolean(),
  /** 收费标准, e.g. "工本费每证10元". */
  standard: z.string().nullable(),
  /** 收费依据. */
  basis: z.string().nullable(),
});

export const ResultSchema = z.object({
  kind: z.enum(['certificate', 'document', 'approval_form', 'payment', 'none']),
  name: z.string(),
  /** When the result lands in the wallet. */
  certificateKind: z.string().nullable(),
  /** 送达方式 offered. */
  delivery: z.array(z.enum(['window', 'express', 'electronic'])).min(1),
});

export const ServiceFlagsSchema = z.object({
  appointment: z.boolean(), // 可预约
  onlinePayment: z.boolean(), // 可网上支付
  expressDelivery: z.boolean(), // 可快递送达
  selfServiceTerminal: z.boolean(), // 可自助终端办理
});
export type ServiceFlags = z.infer<typeof ServiceFlagsSchema>;

export const FaqSchema = z.object({ question: z.string(), answer: z.string() });

/** One service item (事项) with every public element. */
export const ServiceItemSchema = z.object({
  /** Our stable short code used in URLs and ids, e.g. `GJJ-0001`. */
  code: z.string().regex(/^[A-Z]+-\d{4}$/),
  /** 基本编码 (basic catalog code). */
  baseCode: z.string().regex(/^\d{12}$/),
  /** 实施编码: implementing body's USCC + base code + business seq. */
  implementationCode: z.string().min(20).max(40),
  name: z.string().min(2),
  /** Everyday names residents search by. */
  aliases: z.array(z.string()),
  type: ServiceTypeSchema,
  /** 设定依据 (legal basis), one law or rule per entry. */
  legalBasis: z.array(z.string()).min(1),
  departmentCode: z.string(),
  /** 实施主体. */
  implementingBody: z.string(),
  /** GB/T 2260 code of the region the item is implemented in (city or a district). */
  region: z.string().regex(/^\d{6}$/),
  audience: z.array(AudienceSchema).min(1),
  lifeEvents: z.array(LifeEventSchema).min(1),
  /** 受理条件. */
  conditions: z.array(z.string()).min(1),
  materials: z.array(MaterialSchema),
  procedure: z.array(ProcedureStepSchema).min(1),
  /** 法定办结时限 in working days; null when the law sets none. */
  legalTimeLimitDays: z.number().int().min(0).nullable(),
  /** 承诺办结时限 in working days; 0 = 即办 (done on the spot). */
  promisedTimeLimitDays: z.number().int().min(0),
  fee: FeeSchema,
  place: z.object({ address: z.string(), hours: z.string(), window: z.string().nullable() }),
  result: ResultSchema,
  /** 咨询方式. */
  enquiryPhone: z.string(),
  /** 监督投诉方式. */
  complaintPhone: z.string(),
  /** 网办深度 1–4 (1 information only … 4 fully online). */
  onlineDepth: z.number().int().min(1).max(4),
  /** 到办事现场次数. */
  visits: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  flags: ServiceFlagsSchema,
  /** Whether it can be applied for in this app; then `form` is set. */
  online: z.boolean(),
  form: FormSchemaSchema.nullable(),
  /**
   * Where "apply" leads when online: `case` = the generic application (a case a clerk processes);
   * `housing_fund_withdrawal` = the dedicated withdrawal flow checked against the housing-fund upstream.
   */
  applyChannel: z.enum(['case', 'housing_fund_withdrawal']).nullable(),
  faqs: z.array(FaqSchema),
  /** 温馨提示. */
  tips: z.array(z.string()),
});
export type ServiceItem = z.infer<typeof ServiceItemSchema>;

// ───────────────────────────── API shapes ─────────────────────────────

/** A piece of text split into matched / unmatched runs, for highlighting without HTML. */
export const HighlightSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));
export type Highlight = z.infer<typeof HighlightSchema>;

export const ServiceSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  type: ServiceTypeSchema,
  departmentCode: z.string(),
  departmentName: z.string(),
  region: z.string(),
  regionName: z.string(),
  audience: z.array(AudienceSchema),
  lifeEvents: z.array(LifeEventSchema),
  onlineDepth: z.number().int(),
  visits: z.number().int(),
  online: z.boolean(),
  applyChannel: z.enum(['case', 'housing_fund_withdrawal']).nullable(),
  promisedTimeLimitDays: z.number().int(),
  usage: z.number().int(),
  /** The name with the matched characters marked (search only). */
  nameHighlight: HighlightSchema.optional(),
  /** Where the query matched when not in the name: which element and a short excerpt. */
  matchedIn: z
    .object({ field: z.enum(['alias', 'condition', 'material', 'department']), snippet: HighlightSchema })
    .optional(),
  /** Shown in 简体中文 for want of a translation (e.g. `name`). */
  untranslated: UntranslatedSchema.optional(),
  /**
   * With `group=item`: every implementation of this item (same 基本目录 `baseCode`) that passed the filters,
   * one per region, city first — the row stands for all of them and the district is chosen inside.
   */
  variants: z.array(z.object({ code: z.string(), region: z.string(), regionName: z.string() })).optional(),
});
export type ServiceSummary = z.infer<typeof ServiceSummarySchema>;

export const ServiceListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  audience: AudienceSchema.optional(),
  lifeEvent: LifeEventSchema.optional(),
  department: z.string().max(32).optional(),
  region: z.string().regex(/^\d{6}$/).optional(),
  online: z.enum(['true', 'false']).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** `item`: one row per item (its best-ranked implementation, with `variants`); `total` counts rows. */
  group: z.enum(['item']).optional(),
});
export type ServiceListQuery = z.infer<typeof ServiceListQuerySchema>;

export const ServiceListSchema = z.object({
  items: z.array(ServiceSummarySchema),
  total: z.number().int(),
  /** Bundles matching the query (shown above items). */
  bundles: z.array(z.object({ code: z.string(), name: z.string(), nameHighlight: HighlightSchema.optional(), untranslated: UntranslatedSchema.optional() })),
  /** The language names are in (Accept-Language). */
  language: ContentLanguageSchema.optional(),
});
export type ServiceList = z.infer<typeof ServiceListSchema>;

/** A material as the guide shows it to this user. */
export const GuideMaterialSchema = MaterialSchema.extend({
  /** Set when the user's wallet holds a valid certificate of `certificateKind`: 证照库已有，免提交. */
  fromWallet: z.object({ certificateId: z.string(), kindName: z.string() }).nullable(),
});
export type GuideMaterial = z.infer<typeof GuideMaterialSchema>;

export const ServiceGuideSchema = ServiceItemSchema.omit({ materials: true }).extend({
  materials: z.array(GuideMaterialSchema),
  departmentName: z.string(),
  regionName: z.string(),
  usage: z.number().int(),
  /** If applied today (China time): the promised completion date on the working-day calendar. */
  promisedDeadline: IsoDateSchema.nullable(),
  /** Same, for the legal time limit. */
  legalDeadline: IsoDateSchema.nullable(),
  /** Either deadline reaches into a year whose holiday schedule is not published yet, so it may still move. */
  deadlinesProvisional: z.boolean(),
  /** Whether the wallet could be consulted (false when not signed in or the library was down). */
  walletChecked: z.boolean(),
  /** The language of the texts (Accept-Language). */
  language: ContentLanguageSchema.optional(),
  /** Guide sections shown in 简体中文 for want of a translation: name, conditions, materials, place.address … */
  untranslated: UntranslatedSchema.optional(),
});
export type ServiceGuide = z.infer<typeof ServiceGuideSchema>;

export const ServiceCodeParamsSchema = z.object({ code: z.string().regex(/^[A-Z]+-\d{4}$/) });

export const FacetsSchema = z.object({
  departments: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
  regions: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
  lifeEvents: z.array(z.object({ code: LifeEventSchema, audience: AudienceSchema, count: z.number().int() })),
});
export type Facets = z.infer<typeof FacetsSchema>;

export const HotServicesSchema = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string(), departmentCode: z.string(), usage: z.number().int(), untranslated: UntranslatedSchema.optional() })),
  language: ContentLanguageSchema.optional(),
});

export const catalogRoutes = {
  list: defineRoute({
    method: 'GET', path: '/api/v1/services', auth: false, tags: ['catalog'],
    summary: 'Browse or search service items: filters by audience, life event, department, region; ranked by relevance then usage',
    query: ServiceListQuerySchema, response: ServiceListSchema,
  }),
  hot: defineRoute({
    method: 'GET', path: '/api/v1/services/hot', auth: false, tags: ['catalog'],
    summary: 'Hot services (热门服务) by usage count',
    query: z.object({ audience: AudienceSchema.optional(), limit: z.coerce.number().int().min(1).max(20).default(8) }),
    response: HotServicesSchema,
  }),
  facets: defineRoute({
    method: 'GET', path: '/api/v1/services/facets', auth: false, tags: ['catalog'],
    summary: 'Departments, regions and life events with item counts, for the browse screen',
    query: z.object({ audience: AudienceSchema.optional() }),
    response: FacetsSchema,
  }),
  guide: defineRoute({
    method: 'GET', path: '/api/v1/services/:code', auth: false, tags: ['catalog'],
    summary: "The guide (办事指南): every element, deadlines as dates, and materials the signed-in user's wallet already satisfies",
    params: ServiceCodeParamsSchema, response: ServiceGuideSchema,
  }),
} as const;
