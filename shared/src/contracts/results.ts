import { z } from 'zod';
import { defineRoute } from './route';
import { IsoInstantSchema } from './common';

/*
 * 统一发证: what a finished case (已办结) produced. A certificate result is issued into the
 * certificate library and shows in the wallet; a document result (证明, 审批意见…) is a signed PDF
 * with a QR that anyone can check at the document check route.
 */

export { DOCUMENT_CHECK_PAGE_PATH } from './page-paths';

export const CaseResultSchema = z.object({
  caseId: z.string(),
  /** none: the item produces nothing to hand over (or the case is not finished); pending: being issued. */
  status: z.enum(['none', 'pending', 'issued']),
  kind: z.enum(['certificate', 'document']).nullable(),
  /** The result's name in the service guide, e.g. 社会保障卡, 无犯罪记录证明（电子）. */
  name: z.string().nullable(),
  certificate: z.object({ id: z.string(), kind: z.string(), kindName: z.string() }).nullable(),
  document: z.object({
    id: z.string(),
    title: z.string(),
    issuedAt: IsoInstantSchema,
    /** SHA-256 (hex) of the PDF: the check route recognises this exact file. */
    sha256: z.string(),
    size: z.number().int(),
    /** GET with the bearer token; answers application/pdf. */
    downloadPath: z.string(),
  }).nullable(),
});
export type CaseResult = z.infer<typeof CaseResultSchema>;

export const CaseResultParamsSchema = z.object({ caseId: z.string().min(1).max(64) });

export const DocumentCheckRequestSchema = z.strictObject({
  /** The QR's text: the check page link or the bare `zsb1:doc:` code. */
  code: z.string().min(1).max(1000),
  /** SHA-256 (hex) of a file someone was handed, to learn whether it is the issued one. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

export const DocumentCheckSchema = z.object({
  /**
   * valid: issued by 掌上办 (and, with `sha256`, this exact file); tampered: the code's signature or
   * the file does not match what was issued; unknown: not a document code of ours, or no such document.
   */
  result: z.enum(['valid', 'tampered', 'unknown']),
  document: z.object({
    title: z.string(),
    number: z.string(),
    /** Masked: a checker learns whose document it is without the full name. */
    holderName: z.string(),
    issuer: z.string(),
    issuedAt: IsoInstantSchema,
    sha256: z.string(),
  }).nullable(),
});
export type DocumentCheck = z.infer<typeof DocumentCheckSchema>;

export const resultRoutes = {
  result: defineRoute({
    method: 'GET', path: '/api/v1/cases/:caseId/result', tags: ['results'],
    summary: "A finished case's result: the certificate issued into the wallet, or the signed PDF; someone else's case is 404",
    params: CaseResultParamsSchema, response: CaseResultSchema,
  }),
  /** Answers the PDF itself (application/pdf), not JSON. */
  document: defineRoute({
    method: 'GET', path: '/api/v1/cases/:caseId/result/document', tags: ['results'], status: 200,
    summary: 'The signed PDF of a document result (application/pdf); someone else\'s case is 404',
    params: CaseResultParamsSchema,
  }),
  check: defineRoute({
    method: 'POST', path: '/api/v1/documents/check', auth: false, tags: ['results'],
    summary: "Checks a document's QR (and optionally the file's SHA-256): valid, tampered or unknown",
    body: DocumentCheckRequestSchema, response: DocumentCheckSchema,
  }),
} as const;
