import path from 'node:path';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { calendarRoutes } from '@zsb/shared/contracts/calendar';
import { requireKind } from '../../platform/auth';
import { registerRoute } from '../../platform/route';
import { CalendarService } from './calendar.service';
import { FileCalendarScheduleStore, type CalendarScheduleStore } from './calendar.store';

declare module 'fastify' {
  interface FastifyInstance {
    calendar: CalendarService;
  }
}

/** How often the store is read again (saves made on another instance) and the November alert checked. */
export const CALENDAR_SWEEP_MS = 60 * 60_000;

/**
 * 工作日日历: installs the operator-entered schedules before any request is served, so every
 * deadline computed by this process uses them; operator routes to see and enter schedules.
 */
export const calendarFeature = fp(async function calendarFeature(app: FastifyInstance, opts: { store?: CalendarScheduleStore }) {
  const store = opts.store ?? new FileCalendarScheduleStore(path.join(app.config.dataDir, 'calendar-schedules.json'));
  const service = new CalendarService({
    store, audit: app.audit, messages: app.messages, operatorIds: () => app.auth.operatorIds(),
  });
  await service.load();
  app.decorate('calendar', service);

  const operator = requireKind('operator');
  registerRoute(app, calendarRoutes.status, async (req) => service.status(req.query), { preHandler: operator });
  registerRoute(app, calendarRoutes.putSchedule, async (req) => service.save(req.user, req.params.year, req.body), { preHandler: operator });

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
}, { name: 'feature-calendar', dependencies: ['zsb-audit', 'feature-auth', 'feature-messages'] });
