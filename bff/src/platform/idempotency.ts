import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { isUniqueViolation, type Database } from './db';
import { AppError } from './errors';
import { nowIso } from '../db/ids';

const KEY_RE = /^[A-Za-z0-9_.:-]{8,128}$/;

/** The Idempotency-Key header, validated; undefined when the client sent none. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!KEY_RE.test(key)) {
    throw new AppError(400, 'VALIDATION_FAILED', 'Idempotency-Key must be 8–128 letters, digits or _.:-',
      [{ path: 'headers.idempotency-key', message: 'invalid format' }]);
  }
  return key;
}

export function hashRequest(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body ?? null)).digest('hex');
}

/**
 * Runs a write once per (caller, key): a retry with the same key and body gets the first answer
 * back; the same key with another body is refused. `write` runs inside the same transaction as the
 * key's record, so a crash never leaves one without the other, and the key's primary key decides
 * between two instances racing with the same key: the loser's transaction rolls back and it answers
 * with the winner's result.
 */
export async function runIdempotent<T>(
  db: Database,
  args: { userKey: string; key: string | undefined; route: string; body: unknown; status?: number },
  write: () => Promise<T>,
): Promise<{ replayed: boolean; status: number; body: T }> {
  const status = args.status ?? 201;
  if (!args.key) return { replayed: false, status, body: await write() };
  const requestHash = hashRequest(args.body);
  const { idempotencyKeys } = db.schema;
  const prior = async () => {
    const [row] = await db.q.select().from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userKey, args.userKey), eq(idempotencyKeys.key, args.key!))).limit(1);
    if (!row) return undefined;
    if (row.requestHash !== requestHash || row.route !== args.route) {
      throw new AppError(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request');
    }
    return { replayed: true, status: row.status, body: row.body as T };
  };
  const seen = await prior();
  if (seen) return seen;
  try {
    return await db.transaction(async () => {
      const body = await write();
      await db.q.insert(idempotencyKeys).values({
        userKey: args.userKey, key: args.key!, route: args.route, requestHash, status, body: body as unknown, createdAt: nowIso(),
      });
      return { replayed: false, status, body };
    });
  } catch (error) {
    // Another request with the same key committed first: answer as it did.
    if (isUniqueViolation(error)) {
      const winner = await prior();
      if (winner) return winner;
    }
    throw error;
  }
}
