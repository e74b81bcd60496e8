import { createHash, randomBytes } from 'node:crypto';
import { maskName } from '@zsb/shared/domain/masking';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound, parse } from '../http';
import type { Person } from '../seed/index';
import type { SandboxStore } from '../store';

const CODE_TTL_SECONDS = 300;

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** The stable WeChat openid the sandbox gives a persona (28 characters like WeChat's). */
export function openidForPersona(personaId: string): string {
  return `o${sha256(`zsb-sandbox-openid:${personaId}`).toString('base64url').slice(0, 27)}`;
}

/** What the identity provider says about a logged-in subject. */
export function subjectOf(p: Person) {
  return {
    sub: p.personaId,
    name: p.name,
    idNumber: p.idNumber,
    phone: p.phone,
    kind: p.kind,
    ...(p.departmentCode ? { departmentCode: p.departmentCode } : {}),
    ...(p.jurisdiction ? { region: p.jurisdiction } : {}),
  };
}

/**
 * Identity upstream: an OIDC-style authorization-code provider (persona picker, one-time codes) and
 * WeChat-style code2session with real-name bindings from openid to persona.
 */
export function identitySystem(app: FastifyInstance, store: SandboxStore, now: () => number): void {
  const openidToPersona = new Map(store.data.people.map((p) => [openidForPersona(p.personaId), p.personaId]));

  app.get('/identity/personas', async () => ({
    personas: store.data.people.map((p) => ({
      personaId: p.personaId,
      displayName: `${maskName(p.name)}（${p.note}）`,
      kind: p.kind,
      note: p.note,
      ...(p.departmentCode ? { departmentCode: p.departmentCode } : {}),
      ...(p.jurisdiction ? { region: p.jurisdiction } : {}),
    })),
  }));

  app.post('/identity/authorize', async (req, reply) => {
    const { personaId } = parse(z.object({ personaId: z.string().min(1) }), req.body);
    if (!store.peopleById.has(personaId)) return notFound(reply);
    const code = randomBytes(16).toString('hex');
    store.authCodes.set(code, { personaId, expiresAt: now() + CODE_TTL_SECONDS * 1000 });
    return { code, expiresIn: CODE_TTL_SECONDS };
  });

  app.post('/identity/token', async (req, reply) => {
    const { code } = parse(z.object({ code: z.string().min(1) }), req.body);
    const entry = store.authCodes.get(code);
    // A code is usable once: delete before checking expiry so an expired code cannot be retried either.
    store.authCodes.delete(code);
    if (!entry || entry.expiresAt <= now()) return reply.code(400).send({ error: 'invalid_grant' });
    return subjectOf(store.peopleById.get(entry.personaId)!);
  });

  // Registered before `:personaId` for readability; find-my-way prefers the static segment anyway.
  app.get('/identity/subjects/by-id-number/:idNumber', async (req, reply) => {
    const p = store.peopleByIdNumber.get((req.params as { idNumber: string }).idNumber);
    return p ? subjectOf(p) : notFound(reply);
  });

  app.get('/identity/subjects/:personaId', async (req, reply) => {
    const p = store.peopleById.get((req.params as { personaId: string }).personaId);
    return p ? subjectOf(p) : notFound(reply);
  });

  app.get('/identity/wechat-bindings/:openid', async (req, reply) => {
    const personaId = openidToPersona.get((req.params as { openid: string }).openid);
    return personaId ? { personaId } : notFound(reply);
  });

  // WeChat answers 200 with an errcode for bad codes; the sandbox does the same.
  app.get('/sns/jscode2session', async (req) => {
    const q = req.query as Record<string, string | undefined>;
    const jsCode = q.js_code ?? '';
    if (jsCode.length < 6 || jsCode.startsWith('bad')) return { errcode: 40029, errmsg: 'invalid code' };
    let personaId: string;
    if (jsCode.startsWith('persona:')) {
      personaId = jsCode.slice('persona:'.length);
      if (!store.peopleById.has(personaId)) return { errcode: 40029, errmsg: 'invalid code' };
    } else {
      const residents = store.residents();
      personaId = residents[sha256(`js_code:${jsCode}`).readUInt32BE(0) % residents.length].personaId;
    }
    return {
      openid: openidForPersona(personaId),
      session_key: sha256(`session_key:${jsCode}`).subarray(0, 16).toString('base64'),
      unionid: `u${sha256(`zsb-sandbox-unionid:${personaId}`).toString('base64url').slice(0, 27)}`,
    };
  });
}
