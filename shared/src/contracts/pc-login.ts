import { z } from 'zod';
import { defineRoute } from './route';
import { IsoInstantSchema } from './common';
import { TokenPairSchema } from './auth';

/** A sign-in code lives two minutes and works once. */
export const PC_LOGIN_TTL_SECONDS = 120;

export const PcLoginCreatedSchema = z.object({
  id: z.string(),
  /** What the PC page shows as a QR code (a signed `zsb1:pc:` code). */
  qrText: z.string(),
  qrSvg: z.string(),
  expiresAt: IsoInstantSchema,
  /** Only the page that asked may collect the session: it polls with this secret. */
  pollToken: z.string(),
  site: z.string(),
});

export const PcLoginStatusSchema = z.object({
  status: z.enum(['pending', 'confirmed', 'signed_in', 'expired']),
  expiresAt: IsoInstantSchema,
  /** Present exactly once: on the poll that collects the confirmed session. */
  session: TokenPairSchema.optional(),
});

const IdParams = z.object({ sessionId: z.string().min(1).max(64) });

export const pcLoginRoutes = {
  create: defineRoute({
    method: 'POST', path: '/api/v1/pc-login/sessions', tags: ['pc-login'], auth: false, status: 201,
    summary: 'Start a sign-in on a PC: a 2-minute single-use code naming the site, shown as a QR',
    body: z.object({ device: z.string().max(120).optional() }).optional(),
    response: PcLoginCreatedSchema,
  }),
  poll: defineRoute({
    method: 'GET', path: '/api/v1/pc-login/sessions/:sessionId', tags: ['pc-login'], auth: false,
    summary: 'The PC page polls; once confirmed it collects the session (once)',
    params: IdParams, query: z.object({ pollToken: z.string().min(16).max(128) }), response: PcLoginStatusSchema,
  }),
  confirm: defineRoute({
    method: 'POST', path: '/api/v1/pc-login/sessions/:sessionId/confirm', tags: ['pc-login'],
    summary: 'The resident confirms the sign-in they scanned (expired 410, used 409)',
    params: IdParams, response: z.object({ site: z.string(), device: z.string() }),
  }),
};
