import type { RouteDef } from '@zsb/shared/contracts/route';

/**
 * What the generated modules beside this one keep of a contract's route map: every route of it (a route added to
 * the contract but not regenerated is a type error here), with only what the API client reads.
 */
export type LeanRoutes<T extends Record<string, RouteDef<any, any, any, any, any>>> = {
  [K in keyof T]: { method: T[K]['method']; path: string; auth?: boolean; status?: number };
};
