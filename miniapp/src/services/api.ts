import { buildPath, type RouteDef, type RouteInput, type RouteOutput } from '@zsb/shared/contracts/route';
import { request } from './request';

type AnyRoute = RouteDef<any, any, any, any, any>;
// Routes whose input is all optional can be called without an argument.
type CallArgs<D> = {} extends RouteInput<D> ? [input?: RouteInput<D>] : [input: RouteInput<D>];

/**
 * Calls any route descriptor from `src/contracts/*` (the contracts' routes without zod) with typed input and output:
 * `call(walletRoutes.detail, { params: { certificateId } })`.
 */
export function call<D extends AnyRoute>(route: D, ...[input]: CallArgs<D>): Promise<RouteOutput<D>> {
  return callWithHeaders(route, input as RouteInput<D>, {});
}

/** `call` with extra headers, e.g. the `idempotency-key` of a submission the phone may retry. */
export function callWithHeaders<D extends AnyRoute>(route: D, input: RouteInput<D>, headers: Record<string, string>): Promise<RouteOutput<D>> {
  const i = (input ?? {}) as { params?: Record<string, string | number>; query?: Record<string, unknown>; body?: unknown };
  return request<RouteOutput<D>>({
    method: route.method,
    path: buildPath(route.path, i.params),
    query: i.query,
    body: i.body,
    auth: route.auth !== false,
    headers,
  });
}
