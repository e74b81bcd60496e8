import type { ErrorCode, FieldError } from '@zsb/shared/errors';

/** Codes the client produces itself, when there is no problem+json answer to read. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNKNOWN_ERROR';

/** A failed API call: the BFF's problem+json, or a client-side failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode | (string & {});
  readonly errors: FieldError[];
  readonly detail?: string;

  constructor(init: { status: number; code: string; errors?: FieldError[]; detail?: string; title?: string }) {
    super(init.title ?? init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.errors = init.errors ?? [];
    this.detail = init.detail;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
