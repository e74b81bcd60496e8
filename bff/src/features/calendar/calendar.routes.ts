import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { calendarRoutes } from '@zsb/shared/contracts/calendar';
import { requireKind } from '../../platform/auth';
import { registerRoute } from '../../platform/route';
import { CalendarService } from './calendar.service';
import type { CalendarScheduleStore } from './calendar.store';
import { CalendarRepository } from './calendar.repository';

declare module 'fastify' {
  interface FastifyInstance {
    calendar: CalendarService;
  }
}

/** How often the store is read again (a missed change message) and the November alert checked. */
export const CALENDAR_SWEEP_MS = 60 * 60_000;

/**
 * 工作日日历: installs the operator-entered schedules before any request is served, so every
 * deadline computed by this process uses them; operator routes to see and enter schedules.
 */
export const calendarFeature = fp(async function calendarFeature(app: FastifyInstance, opts: { store?: CalendarScheduleStore }) {
  const store = opts.store ?? new CalendarRepository(app.database);
  const service = new CalendarService({
    store, audit: app.audit, messages: app.messages, operatorIds: () => app.auth.operatorIds(),
  });
  await service.load();
  app.decorate('calendar', service);
  // A schedule saved on any instance is installed on every instance at once.
  const CHANNEL = 'calendar:changed';
  await app.shared.subscribe(CHANNEL, () => {
    service.load().catch((err) => app.log.error({ err }, 'calendar reload failed'));
  });

  const operator = requireKind('operator');
  registerRoute(app, calendarRoutes.status, async (req) => service.status(req.query), { preHandler: operator });
  registerRoute(app, calendarRoutes.putSchedule, async (req) => {
    const saved = await service.save(req.user, req.params.year, req.body);
    await app.shared.publish(CHANNEL, String(req.params.year)).catch((err) => app.log.warn({ err }, 'calendar change not announced'));
    return saved;
  }, { preHandler: operator });

  if (app.config.schedulers) {
    const sweep = () => {
      service.load()
        .then(() => service.alertIfNextYearMissing())
        .catch((err) => app.log.error({ err }, 'calendar sweep failed'));
    };
    const timer = setInterval(sweep, CALENDAR_SWEEP_MS);
    timer.unref();
    app.addHook('onReady', async () => sweep());
    app.addHook('onClose', async () => clearInterval(timer));
  }
}, { name: 'feature-calendar', dependencies: ['zsb-db', 'zsb-shared-state', 'zsb-audit', 'feature-auth', 'feature-messages'] });
