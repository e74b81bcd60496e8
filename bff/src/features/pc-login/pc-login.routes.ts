import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pcLoginRoutes } from '@zsb/shared/contracts/pc-login';
import { registerRoute } from '../../platform/route';
import { CodeSigner } from '../../platform/signed-codes';
import { PcLoginRepository } from './pc-login.repository';
import { PcLoginService } from './pc-login.service';
import { PC_LOGIN_HTML, PC_LOGIN_JS } from './pc-login.page';

declare module 'fastify' {
  interface FastifyInstance {
    pcLogin: PcLoginService;
  }
}

/** The site that asks: the browser's Origin (a page relayed from elsewhere shows its own address). */
function siteOf(req: FastifyRequest): string {
  const origin = req.headers.origin ?? (typeof req.headers.referer === 'string' ? safeOrigin(req.headers.referer) : undefined);
  return (origin && origin !== 'null' ? origin : '未知网站').slice(0, 200);
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function deviceOf(req: FastifyRequest, given?: string): string {
  const ua = given ?? req.headers['user-agent'] ?? '';
  const os = /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Chrome\//.test(ua) ? 'Chrome' : /Firefox\//.test(ua) ? 'Firefox' : /Safari\//.test(ua) ? 'Safari' : '';
  return [os, browser].filter(Boolean).join(' · ') || '未知设备';
}

export const pcLoginFeature = fp(async function pcLoginFeature(app: FastifyInstance) {
  const service = new PcLoginService({ repo: new PcLoginRepository(app.database), signer: new CodeSigner(app.config.hall.codeSecret), auth: app.auth });
  app.decorate('pcLogin', service);

  registerRoute(app, pcLoginRoutes.create, async (req) => service.create(siteOf(req), deviceOf(req, req.body?.device)));
  registerRoute(app, pcLoginRoutes.poll, async (req) => service.poll(req.params.sessionId, req.query.pollToken));
  registerRoute(app, pcLoginRoutes.confirm, async (req) => service.confirm(req.user, req.params.sessionId));

  app.get('/pc-login', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(PC_LOGIN_HTML));
  app.get('/pc-login.js', { schema: { hide: true } }, async (_req, reply) => reply.type('text/javascript; charset=utf-8').send(PC_LOGIN_JS));
}, { name: 'feature-pc-login', dependencies: ['feature-auth', 'zsb-db'] });
