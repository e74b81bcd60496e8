import Fastify, { type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { contractSerializerCompiler } from './platform/serializer';
import type { AppConfig } from './config';
import { loggerOptions, requestLoggerFactory } from './platform/logging';
import { errorsPlugin } from './platform/errors';
import { hardeningPlugin, serverOptions } from './platform/hardening';
import { authPlugin } from './platform/auth';
import { auditPlugin, dbPlugin, sharedStatePlugin, upstreamsPlugin } from './platform/infrastructure';
import { FEATURES } from './features';
import type { SharedState } from './platform/shared-state';
import { sharedStateRateLimitStore } from './platform/shared-state/rate-limit-store';

const HASHED_ASSET = /\.[0-9a-f]{8}\.(js|css|png|jpg|svg|woff2?)(\.br|\.gz)?$/;

export interface BuildOptions {
  /** Replace pino's destination (tests capture logs to check redaction). */
  logStream?: NodeJS.WritableStream;
  /** Use this shared state instead of opening one (a second instance in the same process shares the first's memory). */
  sharedState?: SharedState;
}

/** Composes the BFF: platform plugins, then upstreams, then every feature. Listening is server.ts's job. */
export async function buildApp(config: AppConfig, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const logger = loggerOptions(config.logLevel);
  const app = Fastify({
    logger: opts.logStream && logger && typeof logger === 'object' ? { ...logger, stream: opts.logStream } : logger,
    bodyLimit: 64 * 1024,
    genReqId: () => crypto.randomUUID(),
    childLoggerFactory: requestLoggerFactory(config.logLevel),
    ...serverOptions(config),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(contractSerializerCompiler({ checkContracts: config.checkContracts }));
  app.decorate('config', config);

  await app.register(errorsPlugin);
  await app.register(hardeningPlugin);
  await app.register(sharedStatePlugin, { shared: opts.sharedState });
  // Off by default; routes that need it opt in with `config.rateLimit`. Counted in Redis when instances share one.
  await app.register(rateLimit, {
    global: false, max: config.rateLimit.max, timeWindow: config.rateLimit.windowMs,
    // Counted in the shared state: Redis when configured, so every instance counts one limit.
    store: sharedStateRateLimitStore(app.shared),
    // While Redis restarts, limits are not counted rather than refusing everyone (documented in docs/deploy.md).
    skipOnError: true,
  });
  await app.register(swagger, {
    openapi: {
      info: { title: '掌上办 BFF', version: '0.1.0', description: 'Backend-for-frontend of the 掌上办 mini-program' },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
  });
  // The API's map helps attackers as much as developers: in production only when asked for (API_DOCS=true).
  if (config.apiDocs) await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(dbPlugin);
  await app.register(auditPlugin);
  await app.register(upstreamsPlugin);
  await app.register(authPlugin, { secret: config.jwtSecret, ttlSeconds: config.accessTokenTtlSeconds });

  for (const feature of FEATURES) await app.register(feature);

  if (existsSync(config.staticDir)) {
    await app.register(fastifyStatic, {
      root: config.staticDir, prefix: '/', wildcard: false, index: ['index.html'],
      // Brotli/gzip copies made at build time (miniapp/build-tools/precompress.mjs), chosen by Accept-Encoding.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, file) => {
        // Hashed names never change content: cache for a year. index.html names the current hashes: always revalidate.
        reply.header('cache-control', HASHED_ASSET.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app;
}
