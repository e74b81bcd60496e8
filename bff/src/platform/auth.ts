import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { AppError } from './errors';

/** Who is calling, from a verified access token. Personal data stays out of the token. */
export interface AuthUser {
  userId: string;
  kind: 'resident' | 'staff' | 'operator';
  departmentCode: string | null;
  region: string | null;
  /**
   * The identity being acted as. `mandateId` marks acting for another person (代办): the mandate's
   * id, or `guardian` for a guardian acting for a minor; `id` is then that person's user id.
   */
  identity: { kind: 'personal' | 'enterprise'; id: string; mandateId?: string };
  /** Set by `authenticate` on every request made for another person, from the live mandate (features/mandates). */
  acting?: ActingScope;
  /** The sign-in session (refresh-token family) the token belongs to; ending it ends the token at once. */
  sessionId?: string | null;
}

interface AccessClaims {
  sub: string;
  knd: AuthUser['kind'];
  dep?: string;
  reg?: string;
  idt: string;
  /** Session id (refresh family), checked against the shared revocation list. */
  sid?: string;
}

/** What a session acting for another person may do, re-read on every request (a revoked mandate refuses the next one). */
export interface ActingScope {
  mandateId: string | null;
  kind: 'family' | 'helper' | 'assisted' | 'guardian';
  principalUserId: string;
  principalName: string;
  agentName: string;
  /** null: everything (guardians). */
  itemCodes: string[] | null;
  lifeEvents: string[] | null;
  certificateIds: string[] | null;
  until: string | null;
}

/** Checks a session that acts for someone else; throws when the mandate no longer allows this request. */
export type ActingGuard = {
  /** At authentication: loads the live scope (refusing ended or expired mandates) and checks the route. */
  resolve(request: FastifyRequest): Promise<ActingScope>;
  /** After the body is parsed: checks items and certificates the request names against the scope. */
  check(request: FastifyRequest): Promise<void>;
  /** Before the answer leaves: records what was done with both people (the answer is given as serialised). */
  record(request: FastifyRequest, statusCode: number, payload: unknown): Promise<void>;
};

/** The person whose affairs a request concerns: the represented person under a mandate, else the caller. */
export function principalUserId(user: Pick<AuthUser, 'userId' | 'identity'>): string {
  return user.identity.mandateId ? user.identity.id : user.userId;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AuthUser;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest) => Promise<void>;
    signAccessToken: (user: AuthUser) => string;
    /** Ends the access tokens of these sessions on every instance, at once (sign-out, refresh-family revocation). */
    revokeSessions: (sessionIds: Iterable<string>) => Promise<void>;
    /** Installs the check of sessions acting for someone else (features/mandates); without one they are refused. */
    setActingGuard: (guard: ActingGuard) => void;
  }
}

export function encodeIdentity(i: AuthUser['identity']): string {
  return `${i.kind}:${i.id}${i.mandateId ? `~${i.mandateId}` : ''}`;
}

export function decodeIdentity(s: string): AuthUser['identity'] {
  const at = s.indexOf(':');
  const tilde = s.indexOf('~', at + 1);
  const kind = s.slice(0, at) === 'enterprise' ? 'enterprise' : 'personal';
  if (tilde < 0) return { kind, id: s.slice(at + 1) };
  return { kind: 'personal', id: s.slice(at + 1, tilde), mandateId: s.slice(tilde + 1) };
}

/** Access tokens: HS256 JWTs that live `ttlSeconds`; refresh tokens are the auth feature's business. */
export const authPlugin = fp(async function auth(app: FastifyInstance, opts: { secret: string; ttlSeconds: number }) {
  await app.register(fastifyJwt, {
    secret: opts.secret,
    sign: { expiresIn: opts.ttlSeconds, algorithm: 'HS256' },
    // Verified tokens are cached (until their exp) so a busy client isn't re-verified on every call.
    verify: { algorithms: ['HS256'], cache: true },
    formatUser: (p: AccessClaims): AuthUser => ({
      userId: p.sub,
      kind: p.knd,
      departmentCode: p.dep ?? null,
      region: p.reg ?? null,
      identity: decodeIdentity(p.idt),
      sessionId: p.sid ?? null,
    }),
  });

  app.decorate('signAccessToken', (user: AuthUser) =>
    app.jwt.sign({
      sub: user.userId, knd: user.kind, idt: encodeIdentity(user.identity),
      ...(user.departmentCode ? { dep: user.departmentCode } : {}),
      ...(user.region ? { reg: user.region } : {}),
      ...(user.sessionId ? { sid: user.sessionId } : {}),
    }),
  );

  // The revocation list lives in shared state (Redis with several instances) so a sign-out on one
  // instance ends the token on all; an entry only needs to outlive the longest-lived access token.
  const revokedKey = (sid: string) => `session-revoked:${sid}`;
  const ttlMs = opts.ttlSeconds * 1000;
  app.decorate('revokeSessions', async (sessionIds: Iterable<string>) => {
    await Promise.all([...new Set(sessionIds)].map((sid) => app.shared.set(revokedKey(sid), '1', ttlMs)));
  });

  let actingGuard: ActingGuard | null = null;
  app.decorate('setActingGuard', (guard: ActingGuard) => { actingGuard = guard; });
  // Registered before any feature so it runs on every route: acting sessions are re-checked once the body is parsed.
  // Callback style so the common case (nobody acting) costs no promise on every request.
  app.addHook('preHandler', (request, _reply, done) => {
    if (!request.user?.acting || !actingGuard) return done();
    actingGuard.check(request).then(() => done(), done);
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!request.user?.acting || !actingGuard) return done(null, payload);
    actingGuard.record(request, reply.statusCode, payload).then(() => done(null, payload), done);
  });

  // Verified tokens by their text until they expire: a busy client's token is decoded, hashed and
  // checked once, not on every call (the revocation list below is still asked every time). Entries are
  // frozen because requests share them.
  const verified = new LRUCache<string, { user: AuthUser; expiresAtMs: number }>({ max: 50_000 });
  const verify = async (request: FastifyRequest, header: string) => {
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    const hit = token ? verified.get(token) : undefined;
    if (hit && hit.expiresAtMs > Date.now()) {
      request.user = hit.user;
      return;
    }
    await request.jwtVerify();
    const exp = app.jwt.decode<{ exp?: number }>(token)?.exp;
    if (token && exp) verified.set(token, { user: Object.freeze({ ...request.user }), expiresAtMs: exp * 1000 });
  };

  app.decorate('authenticate', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (!header) throw new AppError(401, 'UNAUTHENTICATED', 'Sign in first', undefined, { 'www-authenticate': 'Bearer' });
    try {
      await verify(request, header);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED') {
        throw new AppError(401, 'TOKEN_EXPIRED', 'The access token has expired', undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });
      }
      throw new AppError(401, 'TOKEN_INVALID', 'The access token is not valid', undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
    // One Map lookup (memory) or one GET (Redis) per request; the signature check is cached above.
    const sid = request.user.sessionId;
    if (sid && (await app.shared.get(revokedKey(sid))) !== null) {
      throw new AppError(401, 'TOKEN_INVALID', 'This session has ended; sign in again', undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
    if (request.user.identity.mandateId) {
      if (!actingGuard) throw new AppError(403, 'MANDATE_ENDED', 'Acting for someone else is not available');
      request.user = { ...request.user, acting: await actingGuard.resolve(request) };
    }
  });
}, { name: 'zsb-auth', dependencies: ['zsb-shared-state'] });

/** Refuses anyone whose kind is not listed (e.g. staff-only routes). */
export function requireKind(...kinds: AuthUser['kind'][]) {
  return async (request: FastifyRequest) => {
    if (!kinds.includes(request.user.kind)) throw new AppError(403, 'FORBIDDEN', 'This needs a staff or operator account');
  };
}
