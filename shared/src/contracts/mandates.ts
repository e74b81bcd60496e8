import { z } from 'zod';
import { defineRoute } from './route';
import { IsoDateSchema, IsoInstantSchema } from './common';
import { LifeEventSchema } from './catalog';
import { TokenPairSchema } from './auth';
import { isValidIdNumber, normalizeIdNumber } from '../domain/id-number';

/** Mini-program pages of the mandates subpackage (messages and scan answers link to them). */
export const MANDATE_PAGES = {
  list: '/mandates/pages/list/index',
  grant: '/mandates/pages/grant/index',
  detail: '/mandates/pages/detail/index',
  confirm: '/mandates/pages/confirm/index',
  verify: '/mandates/pages/detail/index',
  assist: '/mandates/pages/assist/index',
} as const;

const IdNumberInputSchema = z.string().trim().min(15).max(18).transform(normalizeIdNumber)
  .refine((s) => isValidIdNumber(s), 'not a valid ID number');

const ItemCodeSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const CertificateIdSchema = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/);

/** `POST /api/v1/mandates`: to whom, for which items (or life events), which certificates, until when. */
export const CreateMandateRequestSchema = z.strictObject({
  grantee: z.strictObject({ name: z.string().trim().min(1).max(50), idNumber: IdNumberInputSchema }),
  itemCodes: z.array(ItemCodeSchema).max(50).default([]),
  lifeEvents: z.array(LifeEventSchema).max(20).default([]),
  /** Certificates the grantee may see and show (亮证); none by default. */
  certificateIds: z.array(CertificateIdSchema).max(30).default([]),
  /** Last China calendar day of the mandate (inclusive); 30 days from today when absent, at most one year. */
  until: IsoDateSchema.optional(),
}).refine((b) => b.itemCodes.length + b.lifeEvents.length > 0, {
  path: ['itemCodes'], message: 'name at least one item or life event',
});
export type CreateMandateRequest = z.input<typeof CreateMandateRequestSchema>;

export const MandateStatusSchema = z.enum(['pending', 'active', 'ended', 'expired']);
export type MandateStatus = z.infer<typeof MandateStatusSchema>;

export const MandateKindSchema = z.enum(['family', 'helper', 'assisted']);

/** The signed 委托书 both sides keep: a canonical text and a signature anyone can check by scanning it. */
export const MandateDocumentSchema = z.object({
  number: z.string(),
  /** The signed code (`zsb1:mandate:…`), shown as a QR code. */
  code: z.string(),
  /** The code drawn as a QR code (SVG). */
  svg: z.string(),
  signedAt: IsoInstantSchema,
});

export const MandateSchema = z.object({
  id: z.string(),
  kind: MandateKindSchema,
  status: MandateStatusSchema,
  /** The viewer's side of it. */
  role: z.enum(['grantor', 'grantee']),
  grantor: z.object({ name: z.string(), idNumber: z.string() }),
  grantee: z.object({ name: z.string(), idNumber: z.string() }),
  itemCodes: z.array(z.string()),
  /** Names of the granted items, in order (the code when the catalog has no such item). */
  itemNames: z.array(z.string()),
  lifeEvents: z.array(z.string()),
  certificateIds: z.array(z.string()),
  until: IsoDateSchema,
  createdAt: IsoInstantSchema,
  acceptedAt: IsoInstantSchema.nullable(),
  endedAt: IsoInstantSchema.nullable(),
  /** Assisted mandates: how the resident consented. */
  consent: z.enum(['scan', 'paper']).nullable(),
  document: MandateDocumentSchema,
});
export type Mandate = z.infer<typeof MandateSchema>;

/** A minor the signed-in guardian may act for without a mandate (from the household register). */
export const WardSchema = z.object({ id: z.string(), name: z.string(), birthDate: IsoDateSchema });

export const MandateListSchema = z.object({
  granted: z.array(MandateSchema),
  received: z.array(MandateSchema),
  wards: z.array(WardSchema),
});

/** Who the signed-in person is acting for right now (the app's permanent banner), if anyone. */
export const ActingSchema = z.object({
  acting: z.object({
    name: z.string(),
    kind: z.enum(['mandate', 'guardian']),
    mandateId: z.string().nullable(),
    until: IsoDateSchema.nullable(),
    itemCodes: z.array(z.string()).nullable(),
    lifeEvents: z.array(z.string()).nullable(),
    certificateIds: z.array(z.string()).nullable(),
  }).nullable(),
});
export type Acting = z.infer<typeof ActingSchema>['acting'];

/** Assisted mode: a helper at a community station asks a resident without a phone to consent. */
export const CreateAssistRequestSchema = z.strictObject({
  resident: z.strictObject({ name: z.string().trim().min(1).max(50), idNumber: IdNumberInputSchema }),
  itemCodes: z.array(ItemCodeSchema).min(1).max(10),
});
export const AssistSchema = z.object({
  mandateId: z.string(),
  status: MandateStatusSchema,
  /** The one-time code the resident scans with any 掌上办 (short-lived; null once consented). */
  code: z.object({ text: z.string(), svg: z.string(), expiresAt: IsoInstantSchema }).nullable(),
});
export const PaperConsentRequestSchema = z.strictObject({ uploadId: z.string().min(1).max(64) });

/** What the receiving department sees about a case made under a mandate. */
export const CaseMandateSchema = z.object({
  mandate: z.object({
    kind: MandateKindSchema.or(z.literal('guardian')),
    agentName: z.string(),
    consent: z.enum(['scan', 'paper']).nullable(),
    /** Signed short-lived URL of the paper consent photo. */
    consentPhotoUrl: z.string().nullable(),
  }).nullable(),
});

/** 长辈模式 home: the person's five most-used tasks, the ID card for one-tap 亮证, and who to call. */
export const ElderHomeSchema = z.object({
  tasks: z.array(z.object({ code: z.string(), name: z.string(), uses: z.number().int() })).max(5),
  idCard: z.object({ certificateId: z.string(), kindName: z.string() }).nullable(),
  help: z.object({
    hall: z.object({ name: z.string(), phone: z.string(), address: z.string() }),
    helpers: z.array(z.object({ name: z.string(), phone: z.string().nullable(), until: IsoDateSchema })),
  }),
});
export type ElderHome = z.infer<typeof ElderHomeSchema>;

const IdParams = z.object({ id: z.string().min(1).max(64) });

export const mandateRoutes = {
  create: defineRoute({
    method: 'POST', path: '/api/v1/mandates', tags: ['mandates'], status: 201,
    summary: 'Grant a mandate (代办委托) to a family member or community helper; pending until they accept',
    body: CreateMandateRequestSchema, response: z.object({ id: z.string(), status: z.literal('pending') }),
  }),
  list: defineRoute({
    method: 'GET', path: '/api/v1/mandates', tags: ['mandates'],
    summary: 'Mandates I granted and received (both with their signed 委托书), and minors I am guardian of',
    response: MandateListSchema,
  }),
  detail: defineRoute({
    method: 'GET', path: '/api/v1/mandates/:id', tags: ['mandates'],
    summary: 'One mandate of mine (either side); anyone else\'s is 404', params: IdParams, response: MandateSchema,
  }),
  accept: defineRoute({
    method: 'POST', path: '/api/v1/mandates/:id/accept', tags: ['mandates'],
    summary: 'The grantee accepts a pending mandate', params: IdParams, response: MandateSchema,
  }),
  end: defineRoute({
    method: 'DELETE', path: '/api/v1/mandates/:id', tags: ['mandates'],
    summary: 'End a mandate (either side, at any time); the next request under it is refused', params: IdParams, status: 204,
  }),
  act: defineRoute({
    method: 'POST', path: '/api/v1/mandates/:id/act', tags: ['mandates'],
    summary: 'Act for the grantor of an active mandate: tokens for that identity', params: IdParams, response: TokenPairSchema,
  }),
  actForWard: defineRoute({
    method: 'POST', path: '/api/v1/wards/:id/act', tags: ['mandates'],
    summary: 'A guardian acts for a minor of the household: tokens for that identity', params: IdParams, response: TokenPairSchema,
  }),
  acting: defineRoute({
    method: 'GET', path: '/api/v1/acting', tags: ['mandates'],
    summary: 'Whom the current session acts for (the "正在为 X 代办" banner), or null', response: ActingSchema,
  }),
  createAssist: defineRoute({
    method: 'POST', path: '/api/v1/assists', tags: ['mandates'], status: 201,
    summary: 'Helper at a community station: start assisted mode for a resident without a phone (one-time consent code)',
    body: CreateAssistRequestSchema, response: AssistSchema,
  }),
  assist: defineRoute({
    method: 'GET', path: '/api/v1/assists/:id', tags: ['mandates'],
    summary: 'Helper: the assisted consent and a fresh one-time code while it is pending', params: IdParams, response: AssistSchema,
  }),
  confirmAssist: defineRoute({
    method: 'POST', path: '/api/v1/assists/:id/confirm', tags: ['mandates'],
    summary: 'The resident (after scanning the helper\'s code) confirms the assisted consent',
    params: IdParams, body: z.strictObject({ code: z.string().min(1).max(400) }), response: MandateSchema,
  }),
  paperConsent: defineRoute({
    method: 'POST', path: '/api/v1/assists/:id/paper-consent', tags: ['mandates'],
    summary: 'Helper: record a signed paper consent (a photo, uploaded first) instead of a scan',
    params: IdParams, body: PaperConsentRequestSchema, response: MandateSchema,
  }),
  caseMandate: defineRoute({
    method: 'GET', path: '/api/v1/staff/cases/:id/mandate', tags: ['mandates'],
    summary: 'Staff: who applied for the applicant under a mandate, and the consent (paper photo) if assisted',
    params: IdParams, response: CaseMandateSchema,
  }),
  elderHome: defineRoute({
    method: 'GET', path: '/api/v1/home/elder', tags: ['mandates'],
    summary: '长辈模式 home: my five most-used tasks, my ID card, the nearest hall\'s phone and my helpers',
    response: ElderHomeSchema,
  }),
} as const;
