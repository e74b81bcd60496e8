import { z } from 'zod';
import { HOUSING_FUND_REFUSAL_CODES } from './domain/housing-fund';

/**
 * Stable error codes. The BFF answers every error as application/problem+json carrying one of
 * these; the mini-program turns the code into a sentence from its i18n resources.
 * Features add their codes here (one list, so both sides agree).
 */
export const ERROR_CODES = [
  // platform
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'RATE_LIMITED',
  'INTERNAL_ERROR',
  'UPSTREAM_UNAVAILABLE',
  // Our own database or shared store is down (not a department's system).
  'SERVICE_UNAVAILABLE',
  'IDEMPOTENCY_KEY_REUSED',
  'CONFLICT',
  'FORBIDDEN',
  // requests refused before any route: broken URL, request line, headers or body, or too slow
  'MALFORMED_URL',
  'MALFORMED_REQUEST',
  'MALFORMED_MULTIPART',
  'URI_TOO_LONG',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  // auth
  'UNAUTHENTICATED',
  'TOKEN_EXPIRED',
  'TOKEN_INVALID',
  'INVALID_LOGIN_CODE',
  'REFRESH_TOKEN_INVALID',
  'REFRESH_TOKEN_REUSED',
  'IDENTITY_NOT_AVAILABLE',
  // catalog, bundles, housing fund
  'SERVICE_NOT_FOUND',
  'BUNDLE_NOT_FOUND',
  'BUNDLE_ANSWERS_INVALID',
  'HOUSING_FUND_ACCOUNT_NOT_FOUND',
  'HOUSING_FUND_LOAN_NOT_FOUND',
  // The withdrawal refusals are listed once, beside the rules that produce them.
  ...HOUSING_FUND_REFUSAL_CODES,
  'FRESH_AUTH_FAILED',
  'WITHDRAWAL_CONFIRMATION_EXPIRED',
  'WITHDRAWAL_IN_PROGRESS',
  'SPOUSE_REQUEST_DECIDED',
  // cases, uploads, staff
  'ITEM_NOT_ONLINE',
  'CASE_TRANSITION_NOT_ALLOWED',
  'CASE_STATUS_CHANGED',
  'MATERIAL_MISSING',
  'MATERIAL_INVALID',
  'CERTIFICATE_NOT_HELD',
  'BUNDLE_NO_APPLICABLE_ITEMS',
  'UPLOAD_TYPE_NOT_ALLOWED',
  'UPLOAD_FILENAME_INVALID',
  'UPLOAD_QUOTA_EXCEEDED',
  'CASE_MATERIALS_TOO_LARGE',
  // presentation, verification, consent
  'FIELD_NOT_ON_CERTIFICATE',
  'CLAIM_NOT_PROVABLE',
  'CLAIM_NOT_SATISFIED',
  'CERTIFICATE_NOT_PRESENTABLE',
  'PRESENTATION_TOKEN_MALFORMED',
  'RELYING_PARTY_UNAUTHENTICATED',
  'CONSENT_REVOKED',
  'CONSENT_EXPIRED',
  // ratings, work orders, 12345 hotline
  'RATING_WINDOW_NOT_FOUND',
  'RATING_ITEM_MISMATCH',
  'RATING_CASE_NOT_COMPLETED',
  'RATING_EDIT_WINDOW_CLOSED',
  'RATING_NOT_UNDER_REVIEW',
  'RATING_ALREADY_EXCLUDED',
  'RATING_ANONYMOUS',
  'WORK_ORDER_TRANSITION_NOT_ALLOWED',
  'HOTLINE_SIGNATURE_INVALID',
  // 咨询, 随手拍, 依申请公开
  'REPORT_PHOTO_NOT_IMAGE',
  'REPORT_PHOTO_UNAVAILABLE',
  'LOCATION_OUTSIDE_CHINA',
  'ASK_TRANSITION_NOT_ALLOWED',
  'DISCLOSURE_ALREADY_EXTENDED',
  // Fees and delivery
  'PAYMENT_NOT_DUE',
  'PAYMENT_AMOUNT_MISMATCH',
  'DELIVERY_NOT_OFFERED',
  'ADDRESS_NOT_FOUND',
  'PICKUP_NOT_READY',
  // 代办 mandates, assisted mode
  'MANDATE_TO_SELF',
  'MANDATE_DUPLICATE',
  'MANDATE_TOO_LONG',
  'MANDATE_GRANTEE_NOT_ELIGIBLE',
  'MANDATE_NOT_PENDING',
  'MANDATE_ENDED',
  'MANDATE_OUT_OF_SCOPE',
  'ASSIST_CODE_INVALID',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldErrorSchema = z.object({
  path: z.string().describe('Dotted path of the offending field, e.g. "body.indicators.efficiency"'),
  message: z.string(),
});

/** RFC 9457 problem details with our stable `code` and field-level `errors`. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  errors: z.array(FieldErrorSchema).optional(),
  instance: z.string().optional(),
});

export type Problem = z.infer<typeof ProblemSchema>;
export type FieldError = z.infer<typeof FieldErrorSchema>;
