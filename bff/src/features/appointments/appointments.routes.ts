import fp from 'fastify-plugin';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { appointmentRoutes } from '@zsb/shared/contracts/appointments';
import { CITY } from '@zsb/shared/domain/regions';
import { registerRoute } from '../../platform/route';
import { idempotencyKeyOf } from '../../platform/idempotency';
import { Leases } from '../../platform/lease';
import { AppointmentsRepository } from './appointments.repository';
import { APPOINTMENT_SWEEP_MS, AppointmentsService, type HallPlace } from './appointments.service';

declare module 'fastify' {
  interface FastifyInstance {
    appointments: AppointmentsService;
  }
}

export const appointmentsFeature = fp(async function appointmentsFeature(app: FastifyInstance) {
  const halls = new Map<string, HallPlace>(app.halls.listHalls().map((h) => [h.id, h]));
  const service = new AppointmentsService({
    db: app.database,
    repo: new AppointmentsRepository(app.database),
    halls: (id) => halls.get(id) ?? null,
    item: (code) => {
      const i = app.catalog.item(code);
      return i ? { code: i.code, name: i.name, departmentCode: i.departmentCode, region: i.region, appointment: i.flags.appointment } : null;
    },
    cityRegion: CITY.code,
    messages: app.messages,
    leases: new Leases(app.database, `appointments:${randomUUID()}`),
    clock: { now: () => Date.now() },
    slotSeats: (hallId) => app.upstreams.halls.slotSeats(hallId),
    horizonDays: app.config.hall.bookingHorizonDays,
    noShowRule: { limit: app.config.hall.noShowLimit, windowDays: app.config.hall.noShowWindowDays, suspendDays: app.config.hall.noShowSuspendDays },
    log: app.log,
  });
  app.decorate('appointments', service);

  registerRoute(app, appointmentRoutes.slots, async (req) => ({ slots: await service.slots(req.params.hallId, req.query.itemCode, req.query.date) }));
  registerRoute(app, appointmentRoutes.book, async (req, reply) => {
    const r = await service.book(req.user, req.body, idempotencyKeyOf(req));
    reply.status(r.status);
    return r.body;
  });
  registerRoute(app, appointmentRoutes.list, async (req) => service.list(req.user));
  registerRoute(app, appointmentRoutes.change, async (req) => service.change(req.user, req.params.appointmentId, req.body.slotId));
  registerRoute(app, appointmentRoutes.cancel, async (req) => service.cancel(req.user, req.params.appointmentId));

  if (app.config.schedulers) {
    const sweep = () => { service.sweep().catch((err) => app.log.error({ err }, 'appointment sweep failed')); };
    const timer = setInterval(sweep, APPOINTMENT_SWEEP_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }
}, { name: 'feature-appointments', dependencies: ['feature-halls', 'feature-catalog', 'feature-messages', 'zsb-db'] });
