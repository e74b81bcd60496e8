import { z } from 'zod';
import { defineRoute } from './route';
import { isValidUscc } from '../domain/uscc';

export const PersonaSchema = z.object({
  personaId: z.string(),
  displayName: z.string(),
  kind: z.enum(['resident', 'staff', 'operator']),
  note: z.string().optional(),
  departmentCode: z.string().optional(),
  region: z.string().optional(),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const LoginRequestSchema = z.strictObject({
  /** H5: the one-time code from the identity provider; weapp: the code from `Taro.login`. */
  code: z.string().min(1).max(512),
  channel: z.enum(['h5', 'weapp']).default('h5'),
});

export const TokenPairSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  tokenType: z.literal('Bearer'),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
});
export type TokenPair = z.infer<typeof TokenPairSchema>;

export const RefreshRequestSchema = z.strictObject({ refreshToken: z.string().min(16).max(512) });
export const LogoutRequestSchema = z.strictObject({ refreshToken: z.string().min(16).max(512).optional() });

export const IdentityRefSchema = z.object({
  kind: z.enum(['personal', 'enterprise']),
  /** Personal: the user id; enterprise: the USCC. */
  id: z.string(),
  name: z.string(),
  role: z.enum(['self', 'legal_representative', 'agent']),
});
export type IdentityRef = z.infer<typeof IdentityRefSchema>;

export const SwitchIdentityRequestSchema = z.strictObject({
  kind: z.enum(['personal', 'enterprise']),
  id: z.string().min(1).max(64),
}).refine((b) => b.kind !== 'enterprise' || isValidUscc(b.id), {
  path: ['id'], message: 'not a USCC, or its GB 32100 check character is wrong',
});

export const authRoutes = {
  personas: defineRoute({
    method: 'GET', path: '/api/v1/auth/personas', auth: false, tags: ['auth'],
    summary: 'Test personas offered by the sandbox identity provider (the national login page stand-in)',
    response: z.object({ personas: z.array(PersonaSchema) }),
  }),
  authorize: defineRoute({
    method: 'POST', path: '/api/v1/auth/authorize', auth: false, tags: ['auth'],
    summary: 'Sandbox identity provider: pick a persona and get a one-time authorization code',
    body: z.strictObject({ personaId: z.string().min(1).max(64) }),
    response: z.object({ code: z.string(), expiresIn: z.number().int() }),
  }),
  login: defineRoute({
    method: 'POST', path: '/api/v1/auth/login', auth: false, tags: ['auth'],
    summary: 'Exchange an authorization code (H5) or WeChat login code (weapp) for tokens',
    body: LoginRequestSchema, response: TokenPairSchema,
  }),
  refresh: defineRoute({
    method: 'POST', path: '/api/v1/auth/refresh', auth: false, tags: ['auth'],
    summary: 'Rotate a refresh token; reusing a spent one revokes the whole family',
    body: RefreshRequestSchema, response: TokenPairSchema,
  }),
  logout: defineRoute({
    method: 'POST', path: '/api/v1/auth/logout', tags: ['auth'],
    summary: 'Revoke the refresh-token family of this session', body: LogoutRequestSchema, status: 204,
  }),
  switchIdentity: defineRoute({
    method: 'POST', path: '/api/v1/auth/identity', tags: ['auth'],
    summary: 'Act as yourself or as an enterprise you represent; returns tokens for that identity',
    body: SwitchIdentityRequestSchema, response: TokenPairSchema,
  }),
} as const;
