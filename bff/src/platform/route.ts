import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { z } from 'zod';
import { ProblemSchema } from '@zsb/shared/errors';
import type { RouteDef } from '@zsb/shared/contracts/route';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);


/**
 * Every writing route is limited per route: per user when signed in (the rate hook runs after
 * authentication), per client address otherwise; 429 carries Retry-After. Off with
 * WRITE_RATE_LIMIT_ENABLED=false (benchmarks); routes with a limit of their own keep it.
 */
function writeRateLimit(app: FastifyInstance) {
  const c = app.config.writeRateLimit;
  if (!c.enabled) return undefined;
  return {
    timeWindow: 60_000,
    keyGenerator: (req: FastifyRequest) => (req.user?.userId ? `user:${req.user.userId}` : `ip:${req.ip}`),
    max: (_req: FastifyRequest, key: string) => (key.startsWith('user:') ? c.perMinute : c.anonymousPerMinute),
  };
}

type Inf<T> = [T] extends [z.ZodType] ? z.infer<T> : undefined;

export type RouteRequest<D> = D extends RouteDef<any, infer P, infer Q, infer B, any>
  ? FastifyRequest<{ Params: Inf<P>; Querystring: Inf<Q>; Body: Inf<B> }>
  : never;

export type RouteHandler<D> = (
  request: RouteRequest<D>,
  reply: FastifyReply,
) => Promise<D extends RouteDef<any, any, any, any, infer R> ? ([R] extends [z.ZodType] ? z.infer<R> : void) : void>;

/**
 * Registers a shared route descriptor: its zod schemas validate the request and the answer and
 * feed the OpenAPI document; `auth` (default on) requires a valid access token.
 */
export function registerRoute<D extends RouteDef>(
  app: FastifyInstance,
  def: D,
  handler: RouteHandler<D>,
  extra: Pick<RouteShorthandOptions, 'config' | 'bodyLimit' | 'preHandler'> & { headers?: z.ZodType } = {},
) {
  const status = def.status ?? (def.response ? 200 : 204);
  const needsAuth = def.auth !== false;
  const writeLimit = WRITE_METHODS.has(def.method) && !extra.config?.rateLimit ? writeRateLimit(app) : undefined;
  const config = writeLimit ? { ...extra.config, rateLimit: writeLimit } : extra.config;
  app.route({
    method: def.method,
    url: def.path,
    schema: {
      summary: def.summary,
      tags: def.tags,
      ...(needsAuth ? { security: [{ bearerAuth: [] }] } : {}),
      ...(def.params ? { params: def.params } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.body ? { body: def.body } : {}),
      ...(extra.headers ? { headers: extra.headers } : {}),
      response: {
        ...(def.response ? { [status]: def.response } : {}),
        '4xx': ProblemSchema,
        '5xx': ProblemSchema,
      },
    },
    // Answers under /api/ start as no-store (platform/hardening.ts); signed-in routes never relax it.
    ...(needsAuth ? { onRequest: app.authenticate } : {}),
    ...(extra.preHandler ? { preHandler: extra.preHandler } : {}),
    ...(config ? { config } : {}),
    ...(extra.bodyLimit ? { bodyLimit: extra.bodyLimit } : {}),
    handler: async (request, reply) => {
      const result = await handler(request as RouteRequest<D>, reply);
      // A handler that sent the answer itself (e.g. kept bytes) returns the reply.
      if (reply.sent || (result as unknown) === reply) return reply;
      reply.status(status);
      return def.response ? result : reply.send();
    },
  });
}
