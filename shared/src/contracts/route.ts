import type { z } from 'zod';

/**
 * A route descriptor: the single definition both sides use. The BFF registers it with its
 * schemas (validation + OpenAPI); the mini-program's API client calls it with typed input/output.
 */
export interface RouteDef<
  M extends 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: M;
  /** Fastify-style path, e.g. `/api/v1/wallet/:certificateId`. */
  path: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Success response body; `undefined` means 204 No Content. */
  response?: R;
  /** 2xx status of a success (default 200, or 204 when there is no response). */
  status?: number;
  /** Whether a signed-in user is required (default true). */
  auth?: boolean;
  summary: string;
  tags?: string[];
}

export function defineRoute<
  M extends 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType | undefined = undefined,
>(def: RouteDef<M, P, Q, B, R>): RouteDef<M, P, Q, B, R> {
  return def;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : never;
type InputOf<T> = T extends z.ZodType ? z.input<T> : never;

/** What a caller passes: only the parts the route declares. */
export type RouteInput<D> = D extends RouteDef<any, infer P, infer Q, infer B, any>
  ? (P extends z.ZodType ? { params: InputOf<P> } : { params?: undefined }) &
      (Q extends z.ZodType ? { query?: InputOf<Q> } : { query?: undefined }) &
      (B extends z.ZodType ? { body: InputOf<B> } : { body?: undefined })
  : never;

/** What a successful call returns. */
export type RouteOutput<D> = D extends RouteDef<any, any, any, any, infer R>
  ? R extends z.ZodType
    ? Infer<R>
    : void
  : never;

/** Fills `:name` segments of a path; values are URI-encoded. */
export function buildPath(path: string, params?: Record<string, string | number>): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    const v = params?.[name];
    if (v === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(v));
  });
}
