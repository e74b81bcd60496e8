import fp from 'fastify-plugin';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { presentationRoutes, signingKeyRoutes, type SigningKeyInfo } from '@zsb/shared/contracts/presentation';
import { requireKind } from '../../platform/auth';
import { Leases } from '../../platform/lease';
import { registerRoute } from '../../platform/route';
import { DEFAULT_KEY_RING_OPTIONS, SigningKeyRing, type ScheduledKey } from './presentation.keys';
import { PresentationRepository } from './presentation.repository';
import { PresentationService } from './presentation.service';

declare module 'fastify' {
  interface FastifyInstance {
    presentations: PresentationService;
  }
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const info = (k: Omit<ScheduledKey, 'key'>): SigningKeyInfo => ({
  kid: k.kid, generation: k.generation, createdAt: iso(k.createdAt)!, activatesAt: iso(k.activatesAt)!,
  retiredAt: iso(k.retiredAt), expiresAt: iso(k.expiresAt),
});

export const presentationFeature = fp(async function presentationFeature(app: FastifyInstance) {
  const repo = new PresentationRepository(app.database);
  const { rotationDays, publishLeadSeconds } = app.config.presentationKeys;
  const keys = new SigningKeyRing({
    repo,
    transaction: (fn) => app.database.transaction(fn),
    shared: app.shared,
    leases: new Leases(app.database, `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`),
    log: (msg, err) => app.log.error({ err }, msg),
  }, { ...DEFAULT_KEY_RING_OPTIONS, rotateEveryMs: rotationDays * 86_400_000, publishLeadMs: publishLeadSeconds * 1000 });
  await keys.start();
  // Reloading every minute always; rotating automatically only where background jobs run.
  keys.startTimers(app.config.schedulers);
  app.addHook('onClose', async () => keys.stop());

  const service = new PresentationService({ db: app.database, repo, keys, wallet: app.wallet, audit: app.audit });
  app.decorate('presentations', service);

  registerRoute(app, presentationRoutes.create, async (req) => service.issue(req.user, req.params.certificateId, req.body));
  registerRoute(app, presentationRoutes.status, async (req) => service.status(req.user, req.params.presentationId));
  registerRoute(app, presentationRoutes.reveal, async (req) => service.reveal(req.user, req.params.certificateId));

  const operator = requireKind('operator');
  registerRoute(app, signingKeyRoutes.rotate, async (req) => {
    const rotated = await service.rotateKeys(req.user, req.body.publishLeadSeconds);
    return { kid: rotated.kid, activatesAt: iso(rotated.activatesAt)!, created: rotated.created, keys: keys.schedule().map(info) };
  }, { preHandler: operator });
  registerRoute(app, signingKeyRoutes.list, async () => ({ keys: keys.schedule().map(info) }), { preHandler: operator });
}, { name: 'feature-presentation', dependencies: ['feature-wallet', 'zsb-audit', 'zsb-shared-state'] });
