import { z } from 'zod';
import { cleanText } from '../domain/free-text';
import { CONTENT_LANGUAGES } from '../domain/content-language';

/**
 * Free text a person types and we store (comments, notes, purposes, form answers): control and bidi
 * characters removed (`cleanText`), then trimmed. Length checks chained after it count the cleaned text.
 */
export const freeText = () => z.string().overwrite(cleanText).trim();

/** A section of an aggregated answer: present, or marked degraded because its upstream was slow or down. */
export function sectionOf<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('status', [
    z.object({ status: z.literal('ok'), data }),
    z.object({
      status: z.literal('degraded'),
      code: z.enum(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT']),
      upstream: z.string(),
    }),
  ]);
}

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const IsoInstantSchema = z.string().describe('ISO 8601 instant in UTC');

export const IdempotencyKeyHeaderSchema = z.object({
  'idempotency-key': z.string().min(8).max(128).regex(/^[A-Za-z0-9_.:-]+$/),
});

/** The language an answer's content is in (the request's Accept-Language, 简体中文 by default). */
export const ContentLanguageSchema = z.enum(CONTENT_LANGUAGES);

/**
 * Parts of an answer shown in 简体中文 because they have no translation into the asked language
 * (the app marks them 中文原文); absent or empty when everything is translated.
 */
export const UntranslatedSchema = z.array(z.string()).describe('Sections left in 简体中文 for want of a translation, e.g. ["name", "conditions"]');
