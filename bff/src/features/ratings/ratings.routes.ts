import { randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ratingRoutes } from '@zsb/shared/contracts/ratings';
import { registerRoute } from '../../platform/route';
import { requireKind, type AuthUser } from '../../platform/auth';
import { idempotencyKeyOf } from '../../platform/idempotency';
import { Leases } from '../../platform/lease';
import { RatingsService } from './ratings.service';

declare module 'fastify' {
  interface FastifyInstance {
    ratings: RatingsService;
  }
}

/** How often completed cases are checked for their 7-day default rating. */
const DEFAULTS_SWEEP_MS = 60 * 60_000;
const DEVICE_ID_RE = /^[A-Za-z0-9_.:-]{8,128}$/;

/** The phone's install id (`X-Device-Id`), for per-device limits; anything malformed counts as none. */
function deviceIdOf(req: FastifyRequest): string | null {
  const raw = req.headers['x-device-id'];
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v && DEVICE_ID_RE.test(v) ? v : null;
}

export const ratingsFeature = fp(async function ratingsFeature(app: FastifyInstance) {
  const service = new RatingsService({
    database: app.database, shared: app.shared,
    // Each app is its own lease holder (several may run in one process in tests).
    leases: new Leases(app.database, `ratings:${randomUUID()}`),
    halls: app.halls, workOrders: app.workOrders, messages: app.messages, audit: app.audit,
    people: {
      person: async (userId) => {
        try {
          const u = await app.auth.userOf({ userId } as AuthUser);
          return { name: u.name, phone: u.phone };
        } catch {
          // A user row that no longer exists: the rating stays, its rater is unknown.
          return null;
        }
      },
    },
    // Awaited whether the cases and catalog services answer now or later.
    cases: {
      getCaseForRating: async (caseId, userId) => app.cases.getCaseForRating(caseId, userId),
      completedCases: async (after, until, limit) => app.cases.completedCases(after, until, limit),
    },
    items: async (code) => app.catalog.item(code),
    limits: app.config.ratingLimits,
  });
  app.decorate('ratings', service);
  const operator = requireKind('operator');

  registerRoute(app, ratingRoutes.create, async (req) => {
    const signedIn = Boolean(req.headers.authorization);
    return service.create(req.body, signedIn ? req.user : null, { ip: req.ip, deviceId: deviceIdOf(req), idempotencyKey: idempotencyKeyOf(req) });
  }, {
    // Anonymous QR ratings are allowed; a token, when sent, must be valid.
    preHandler: async (req) => { if (req.headers.authorization) await app.authenticate(req); },
  });
  registerRoute(app, ratingRoutes.stats, async (req) => service.stats(req.query));
  registerRoute(app, ratingRoutes.public, async (req) => service.publicList(req.query));
  registerRoute(app, ratingRoutes.mine, async (req) => ({ items: await service.mine(req.user, req.query.caseId) }));
  registerRoute(app, ratingRoutes.overview, async () => service.overview(), { preHandler: operator });
  registerRoute(app, ratingRoutes.review, async (req) => ({ items: await service.reviewList(req.query.review, req.query.limit) }), { preHandler: operator });
  registerRoute(app, ratingRoutes.exclude, async (req) => service.exclude(req.user, req.params.ratingId, req.body), { preHandler: operator });
  registerRoute(app, ratingRoutes.clear, async (req) => service.clear(req.user, req.params.ratingId), { preHandler: operator });
  registerRoute(app, ratingRoutes.rater, async (req) => service.rater(req.user, req.params.ratingId), { preHandler: operator });

  if (app.config.schedulers) {
    // Under a lease: one instance sweeps at a time; the (case, person) unique index keeps each default single anyway.
    const sweep = () => { service.sweepDefaults().catch((err) => app.log.error({ err }, '7-day default ratings failed')); };
    const timer = setInterval(sweep, DEFAULTS_SWEEP_MS);
    timer.unref();
    app.addHook('onReady', async () => sweep());
    app.addHook('onClose', async () => clearInterval(timer));
  }
}, { name: 'feature-ratings', dependencies: ['feature-auth', 'feature-messages', 'feature-catalog', 'feature-cases', 'feature-halls', 'feature-work-orders', 'zsb-audit'] });
