import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/** Who is calling, from a verified access token. Personal data stays out of the token. */
export interface AuthUser {
  userId: string;
  kind: 'resident' | 'staff' | 'operator';
  departmentCode: string | null;
  region: string | null;
  /** The identity being acted as. */
  identity: { kind: 'personal' | 'enterprise'; id: string };
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
  }
}

export function encodeIdentity(i: AuthUser['identity']): string {
  return `${i.kind}:${i.id}`;
}

export function decodeIdentity(s: string): AuthUser['identity'] {
  const at = s.indexOf(':');
  return { kind: s.slice(0, at) === 'enterprise' ? 'enterprise' : 'personal', id: s.slice(at + 1) };
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

  app.decorate('authenticate', async (request: FastifyRequest) => {
    if (!request.headers.authorization) throw new AppError(401, 'UNAUTHENTICATED', 'Sign in first', undefined, { 'www-authenticate': 'Bearer' });
    try {
      await request.jwtVerify();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED') {
        throw new AppError(401, 'TOKEN_EXPIRED', 'The access token has expired', undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });
      }
      throw new AppError(401, 'TOKEN_INVALID', 'The access token is not valid', undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
    // One Map lookup (memory) or one GET (Redis) per request; the signature check stays cached by @fastify/jwt.
    const sid = request.user.sessionId;
    if (sid && (await app.shared.get(revokedKey(sid))) !== null) {
      throw new AppError(401, 'TOKEN_INVALID', 'This session has ended; sign in again', undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
  });
}, { name: 'zsb-auth', dependencies: ['zsb-shared-state'] });

/** Refuses anyone whose kind is not listed (e.g. staff-only routes). */
export function requireKind(...kinds: AuthUser['kind'][]) {
  return async (request: FastifyRequest) => {
    if (!kinds.includes(request.user.kind)) throw new AppError(403, 'FORBIDDEN', 'This needs a staff or operator account');
  };
}
