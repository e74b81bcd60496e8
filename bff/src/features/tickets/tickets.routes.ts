import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { ticketRoutes } from '@zsb/shared/contracts/tickets';
import { registerRoute } from '../../platform/route';
import { requireKind } from '../../platform/auth';
import { CodeSigner } from '../../platform/signed-codes';
import { TicketsRepository } from './tickets.repository';
import { TicketsService, walletAgeClaim } from './tickets.service';

declare module 'fastify' {
  interface FastifyInstance {
    tickets: TicketsService;
  }
}

export const ticketsFeature = fp(async function ticketsFeature(app: FastifyInstance) {
  const service = new TicketsService({
    repo: new TicketsRepository(app.database),
    appointments: app.appointments,
    over60: walletAgeClaim(app.wallet as never),
    // Accepted online, and for a fee item possibly waiting for its payment: either way the visit is only to hand in originals.
    preReviewed: async (user, itemCode) => {
      for (const status of ['accepted', 'awaiting_payment'] as const) {
        if ((await app.cases.list(user, { status, offset: 0, limit: 100 })).items.some((c) => c.itemCode === itemCode)) return true;
      }
      return false;
    },
    messages: app.messages,
    signer: new CodeSigner(app.config.hall.codeSecret),
    recentServiceTimes: (hallId) => app.upstreams.halls.serviceTimes(hallId),
  });
  app.decorate('tickets', service);
  const staffOnly = { preHandler: requireKind('staff') };

  registerRoute(app, ticketRoutes.take, async (req) => service.take(req.user, req.body));
  registerRoute(app, ticketRoutes.get, async (req) => service.get(req.user, req.params.ticketId));
  registerRoute(app, ticketRoutes.mine, async (req) => ({ items: await service.mine(req.user) }));
  registerRoute(app, ticketRoutes.checkinCode, async (req) => service.checkinCode(req.params.hallId));
  registerRoute(app, ticketRoutes.queue, async (req) => service.queue(req.user, req.params.windowId), staffOnly);
  registerRoute(app, ticketRoutes.callNext, async (req) => service.callNext(req.user, req.params.windowId), staffOnly);
  registerRoute(app, ticketRoutes.serve, async (req) => service.finish(req.user, req.params.ticketId, 'served'), staffOnly);
  registerRoute(app, ticketRoutes.noShow, async (req) => service.finish(req.user, req.params.ticketId, 'no_show'), staffOnly);
}, { name: 'feature-tickets', dependencies: ['feature-appointments', 'feature-wallet', 'feature-messages', 'feature-cases'] });
