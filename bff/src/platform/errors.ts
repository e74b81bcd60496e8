import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode, FieldError, Problem } from '@zsb/shared/errors';
import { isDatabaseUnavailable, isUnstorableText } from './db';
import { isSharedStateUnavailable } from './shared-state';
import type { ContentLanguage } from '@zsb/shared/domain/content-language';
import { ERROR_TEXTS } from './i18n/error-texts';
import { localizedReply, requestLanguage, toTraditional } from './i18n/language';

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  408: 'Request Timeout', 409: 'Conflict', 413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** An error meant for the client: becomes application/problem+json with a stable `code`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | (string & {}),
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? code);
    this.name = 'AppError';
  }
}

export const notFound = (detail = 'Not found') => new AppError(404, 'NOT_FOUND', detail);
export const forbidden = (detail = 'Forbidden') => new AppError(403, 'FORBIDDEN', detail);
export const conflict = (code: string, detail: string) => new AppError(409, code, detail);
export const invalid = (path: string, message: string, code: ErrorCode | (string & {}) = 'VALIDATION_FAILED') =>
  new AppError(422, code, message, [{ path, message }]);

/** A code without its own sentence says what its status means. */
const STATUS_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE', 422: 'VALIDATION_FAILED', 429: 'RATE_LIMITED', 503: 'SERVICE_UNAVAILABLE',
};
const LANG_INDEX = { 'zh-Hans': 0, en: 1, fr: 2, ja: 3 } as const;
const hantTitles = new Map<string, string>();

/** The sentence a person reads for an error code, in `lang` (the app shows it as is). */
export function errorTitle(code: string, status: number, lang: ContentLanguage): string {
  const texts = ERROR_TEXTS[code] ?? ERROR_TEXTS[STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'UNKNOWN_ERROR')] ?? ERROR_TEXTS.UNKNOWN_ERROR!;
  if (lang !== 'zh-Hant') return texts[LANG_INDEX[lang]] || texts[0];
  let t = hantTitles.get(texts[0]);
  if (t === undefined) hantTitles.set(texts[0], (t = toTraditional(texts[0])));
  return t;
}

/** The problem+json body; `instance` is the request path when there is one. */
export function problemBody(p: Omit<Problem, 'type' | 'title' | 'instance'> & { title?: string }, instance?: string): Problem {
  return {
    type: `https://zsb.example.gov.cn/problems/${p.code.toLowerCase().replace(/_/g, '-')}`,
    title: p.title ?? TITLES[p.status] ?? 'Error',
    status: p.status,
    code: p.code,
    ...(p.detail ? { detail: p.detail } : {}),
    ...(p.errors ? { errors: p.errors } : {}),
    ...(instance !== undefined ? { instance } : {}),
  };
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, p: Omit<Problem, 'type' | 'title' | 'instance'> & { title?: string }) {
  // The title is the sentence for the code in the asked language; `detail` stays the developer's note.
  const lang = requestLanguage(request);
  localizedReply(reply, lang);
  const body = problemBody({ ...p, title: p.title ?? errorTitle(p.code, p.status, lang) }, request.url.split('?')[0]);
  return reply.status(p.status).type('application/problem+json; charset=utf-8').send(body);
}

/** Turns every thrown error into problem+json; a client's mistake never becomes a 500. */
export const errorsPlugin = fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return sendProblem(reply, request, { status: err.status, code: err.code, detail: err.message, errors: err.errors });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = (err as FastifyError).validationContext ?? 'body';
      const errors = err.validation.map((v) => ({
        path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      return sendProblem(reply, request, { status: 400, code: 'VALIDATION_FAILED', detail: 'The request is not valid', errors });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, reqId: request.id }, 'response did not match its contract');
      return sendProblem(reply, request, { status: 500, code: 'INTERNAL_ERROR', detail: 'Internal error' });
    }
    const fe = err as FastifyError;
    switch (fe.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, request, { status: 400, code: 'MALFORMED_JSON', detail: 'The body is not valid JSON' });
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
      case 'FST_REQ_FILE_TOO_LARGE':
        return sendProblem(reply, request, { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'The body is too large' });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(reply, request, { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Unsupported content type' });
    }
    if (fe.statusCode === 429) {
      return sendProblem(reply, request, { status: 429, code: 'RATE_LIMITED', detail: 'Too many requests, try again later' });
    }
    if (fe.validation) {
      const errors = fe.validation.map((v) => ({ path: `${fe.validationContext ?? 'body'}${v.instancePath.replace(/\//g, '.')}`, message: v.message ?? 'invalid' }));
      return sendProblem(reply, request, { status: 400, code: 'VALIDATION_FAILED', detail: fe.message, errors });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return sendProblem(reply, request, { status: fe.statusCode, code: 'VALIDATION_FAILED', detail: fe.message });
    }
    // Text PostgreSQL cannot hold (NUL inside a JSON string of a field that is not free text): the client's input, not our fault.
    if (isUnstorableText(err)) {
      return sendProblem(reply, request, { status: 400, code: 'VALIDATION_FAILED', detail: 'The request contains characters that cannot be stored (NUL)' });
    }
    // Our own database or Redis is down: a clear 503 the client may retry, never a 500 (nothing was acknowledged).
    if (isDatabaseUnavailable(err) || isSharedStateUnavailable(err)) {
      request.log.error({ err, reqId: request.id }, 'infrastructure unavailable');
      return sendProblem(reply.header('retry-after', '2'), request, { status: 503, code: 'SERVICE_UNAVAILABLE', detail: 'The service is briefly unavailable, try again' });
    }
    request.log.error({ err, reqId: request.id }, 'unhandled error');
    return sendProblem(reply, request, { status: 500, code: 'INTERNAL_ERROR', detail: 'Internal error' });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, { status: 404, code: 'NOT_FOUND', detail: `No route ${request.method} ${request.url.split('?')[0]}` }),
  );
}, { name: 'zsb-errors' });
