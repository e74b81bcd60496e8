import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/** An error the sandbox error handler turns into `{error, message}` with the given status. */
export class SandboxError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

/** Parses with zod; failures become 400 `{error:'invalid_request', message}` naming the first bad field. */
export function parse<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw new SandboxError(400, 'invalid_request', `${path}${issue.message}`);
  }
  return result.data;
}

export function notFound(reply: FastifyReply) {
  return reply.code(404).send({ error: 'not_found' });
}

export function badRequest(reply: FastifyReply, message: string) {
  return reply.code(400).send({ error: 'invalid_request', message });
}

/** Calendar date in China (UTC+8) of an instant, `YYYY-MM-DD`. */
export function chinaToday(instant: number = Date.now()): string {
  return new Date(instant + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
