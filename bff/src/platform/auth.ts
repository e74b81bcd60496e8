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
}

interface AccessClaims {
  sub: string;
  knd: AuthUser['kind'];
  dep?: string;
  reg?: string;
  idt: string;
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
    }),
  });

  app.decorate('signAccessToken', (user: AuthUser) =>
    app.jwt.sign({
      sub: user.userId, knd: user.kind, idt: encodeIdentity(user.identity),
      ...(user.departmentCode ? { dep: user.departmentCode } : {}),
      ...(user.region ? { reg: user.region } : {}),
    }),
  );

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
  });
}, { name: 'zsb-auth' });

/** Refuses anyone whose kind is not listed (e.g. staff-only routes). */
export function requireKind(...kinds: AuthUser['kind'][]) {
  return async (request: FastifyRequest) => {
    if (!kinds.includes(request.user.kind)) throw new AppError(403, 'FORBIDDEN', 'This needs a staff or operator account');
  };
}
