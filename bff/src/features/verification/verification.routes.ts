import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance } from 'fastify';
import { verificationRoutes } from '@zsb/shared/contracts/verification';
import { PRESENTATION_TOKEN_MAX_LENGTH } from '@zsb/shared/domain/presentation-token';
import { AppError } from '../../platform/errors';
import { registerRoute } from '../../platform/route';
import { VerificationService } from './verification.service';

declare module 'fastify' {
  interface FastifyInstance {
    verification: VerificationService;
  }
}

export const verificationFeature = fp(async function verificationFeature(app: FastifyInstance) {
  const service = new VerificationService({
    db: app.database, presentations: app.presentations, certificates: app.upstreams.certificates,
    audit: app.audit, messages: app.messages, checkers: app.auth,
  });
  app.decorate('verification', service);

  // Its own scope, so the error hook sees only verification requests.
  await app.register(async function verifyScope(scope) {
    // A refused verification (bad token, no session, oversized body, library down) is audited like any other check.
    scope.addHook('onError', async (request, _reply, error) => {
      const code = error instanceof AppError ? error.code : (error as FastifyError).code ?? 'error';
      await service.recordRefusal(request.user, code.toLowerCase());
    });
    registerRoute(scope, verificationRoutes.verify, async (req) => service.verify(req.user, req.body.token), {
      bodyLimit: PRESENTATION_TOKEN_MAX_LENGTH * 4,
    });
  });

  registerRoute(app, verificationRoutes.jwks, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    // Every key not yet expired, the upcoming one included (published before it signs).
    return app.presentations.jwks();
  });
}, { name: 'feature-verification', dependencies: ['feature-presentation', 'feature-messages', 'feature-auth', 'zsb-audit'] });
