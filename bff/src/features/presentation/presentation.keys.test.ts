import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { Leases } from '../../platform/lease';
import { MemorySharedState } from '../../platform/shared-state';
import { startStack, type Session, type Stack } from '../../test/harness';
import { SigningKeyRing } from './presentation.keys';
import { PresentationRepository } from './presentation.repository';
import { exportSigningKey, generateSigningKey } from './presentation.token';
import { auditEvents, certificateOf, present, verify } from './presentation.testing';

// 亮证 signing keys live in the database: rotated without restart, published before they sign,
// verifying until their last token expired, and seen by every instance.
let stack: Stack;
let holder: Session;
let checker: Session;
let operator: Session;
let idCardId: string;
let second: FastifyInstance | undefined;

beforeAll(async () => {
  stack = await startStack();
  holder = await stack.login('r001');
  checker = await stack.login('staff-gaj');
  operator = await stack.login('operator-1');
  idCardId = (await certificateOf(holder, 'id_card')).id;
});
afterAll(async () => {
  await second?.close();
  await stack.close();
});
afterEach(() => { vi.useRealTimers(); });

const kidOf = (token: string): string => JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid;
const issue = async (body: Record<string, unknown> = {}) => {
  const r = await present(holder, idCardId, { fields: ['name'], ...body });
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; token: string };
};
const jwksKids = async (app: FastifyInstance = stack.app) =>
  ((await app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json().keys as { kid: string }[]).map((k) => k.kid);
const rotate = (body: Record<string, unknown> = {}, s = operator) =>
  s.inject({ method: 'POST', url: '/api/v1/admin/signing-keys/rotate', payload: body });
/** Moves the wall clock (only Date: timers and I/O run as usual). */
const at = (ms: number) => vi.useFakeTimers({ toFake: ['Date'], now: ms });

describe('the first key', () => {
  it('exists from the start: one key, signing and published', async () => {
    const keys = await stack.rows('signingKeys');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ generation: 1, algorithm: 'EdDSA', retiredAt: null, expiresAt: null });
    const p = await issue();
    expect(kidOf(p.token)).toBe(keys[0]!.kid);
    expect(await jwksKids()).toEqual([keys[0]!.kid]);
  });
});

describe('rotating the signing key', () => {
  it('is for operators only', async () => {
    expect((await rotate({}, holder)).statusCode).toBe(403);
    expect((await rotate({}, checker)).statusCode).toBe(403);
  });

  it('publishes the new key before it signs; old tokens keep verifying; after activation new tokens carry the new kid', async () => {
    const [oldKey] = await stack.rows('signingKeys');
    const before = await issue();

    const r = await rotate({ publishLeadSeconds: 600 });
    expect(r.statusCode).toBe(201);
    const rotated = r.json();
    expect(rotated).toMatchObject({ created: true });
    expect(rotated.kid).not.toBe(oldKey!.kid);
    const activatesAt = Date.parse(rotated.activatesAt);
    expect(activatesAt - Date.now()).toBeGreaterThan(590_000);
    expect((await auditEvents(stack, { action: 'presentation.key.rotate' }))[0]).toMatchObject({ result: 'ok', detail: { kid: rotated.kid } });

    // Published at once, the upcoming key included; not signing yet.
    expect(await jwksKids()).toEqual([oldKey!.kid, rotated.kid]);
    const during = await issue();
    expect(kidOf(during.token)).toBe(oldKey!.kid);
    expect((await verify(checker, before.token)).json().result).toBe('valid');

    // The old key stops signing when the new one starts, and stays for verification until its tokens expired.
    const [old] = await stack.rows('signingKeys', { kid: oldKey!.kid });
    expect(old).toMatchObject({ retiredAt: activatesAt });
    expect(Number(old!.expiresAt)).toBeGreaterThanOrEqual(activatesAt + 120_000);

    at(activatesAt + 1000);
    const after = await issue();
    expect(kidOf(after.token)).toBe(rotated.kid);
    expect((await verify(checker, after.token)).json().result).toBe('valid');
    expect((await verify(checker, during.token)).json().result).toBe('expired');

    // A token the old key signed just before it retired still verifies after the switch.
    at(activatesAt - 1000);
    const last = await issue({ ttlSeconds: 120 });
    expect(kidOf(last.token)).toBe(oldKey!.kid);
    at(activatesAt + 60_000);
    expect((await verify(checker, last.token)).json().result).toBe('valid');

    // Once every token it signed has expired, the old key leaves the JWKS.
    at(Number(old!.expiresAt) + 1000);
    await stack.app.presentations.keys.reload();
    expect(await jwksKids()).toEqual([rotated.kid]);
  });

  it('lets a second instance on the same database verify a token signed after a rotation by the first', async () => {
    second = await buildApp(stack.config);
    const r = await rotate({ publishLeadSeconds: 0 });
    expect(r.statusCode).toBe(201);
    const { kid } = r.json();
    const p = await issue();
    expect(kidOf(p.token)).toBe(kid);
    // The second instance learns of the key (pub/sub on Redis, or the unknown kid makes it reload).
    const v = await second.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: p.token }, headers: checker.headers });
    expect(v.json().result).toBe('valid');
    // Single use holds across instances: the first instance calls the same code replayed.
    expect((await verify(checker, p.token)).json().result).toBe('replayed');
    expect(await jwksKids(second)).toContain(kid);
    // And it signs with the new key too.
    const fromSecond = await second.inject({
      method: 'POST', url: `/api/v1/wallet/${encodeURIComponent(idCardId)}/presentations`,
      payload: { purpose: '酒店入住登记', fields: ['name'] }, headers: holder.headers,
    });
    expect(kidOf(fromSecond.json().token)).toBe(kid);
    expect((await verify(checker, fromSecond.json().token)).json().result).toBe('valid');
  });

  it('rotates automatically once the key is due, once, even when two instances try at the same moment', async () => {
    const newest = (await stack.rows('signingKeys')).sort((a, b) => Number(b.generation) - Number(a.generation))[0]!;
    const ringA = stack.app.presentations.keys;
    expect(await ringA.rotateIfDue()).toBeNull();

    at(Number(newest.activatesAt) + ringA.opts.rotateEveryMs + 1000);
    const ringB = second!.presentations.keys;
    const results = await Promise.all([ringA.rotateIfDue(), ringB.rotateIfDue()]);
    const created = results.filter((x) => x?.created);
    expect(created).toHaveLength(1);
    expect(await stack.count('signingKeys', { generation: Number(newest.generation) + 1 })).toBe(1);
    expect(await stack.count('signingKeys', { generation: Number(newest.generation) + 2 })).toBe(0);
    // Done: not due again.
    expect(await ringA.rotateIfDue()).toBeNull();
    expect(await jwksKids()).toContain(created[0]!.kid);
  });
});

describe('instances starting together', () => {
  it('end with one first key', async () => {
    const db = stack.database;
    await db.q.delete(db.schema.signingKeys);
    const ring = (holderName: string) => new SigningKeyRing({
      repo: new PresentationRepository(db), transaction: (fn) => db.transaction(fn),
      shared: new MemorySharedState(), leases: new Leases(db, holderName),
    });
    await Promise.all([ring('a').ensureFirstKey(), ring('b').ensureFirstKey(), ring('c').ensureFirstKey()]);
    const keys = await stack.rows('signingKeys');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ generation: 1, retiredAt: null });
  });

  it('adopt the key of an earlier version (presentation_keys), so its tokens keep verifying after the upgrade', async () => {
    const db = stack.database;
    await db.q.delete(db.schema.signingKeys);
    const legacy = generateSigningKey();
    await db.q.insert(db.schema.presentationKeys).values({ ...exportSigningKey(legacy), createdAt: new Date().toISOString() });
    const ring = new SigningKeyRing({
      repo: new PresentationRepository(db), transaction: (fn) => db.transaction(fn),
      shared: new MemorySharedState(), leases: new Leases(db, 'x'),
    });
    await ring.start();
    expect(ring.signingKey().kid).toBe(legacy.kid);
    expect(await stack.rows('signingKeys')).toMatchObject([{ kid: legacy.kid, generation: 1 }]);
  });
});
