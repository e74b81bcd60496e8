import type { FastifyInstance } from 'fastify';
import { notFound } from '../http';
import { seatRulesOf, serviceTimesOf } from '../seed/halls';

/**
 * The halls' management platform: recent service times per window (for wait estimates) and seats per
 * slot by department and item (for appointments). Field names are the platform's own (snake_case).
 */
export function hallsSystem(app: FastifyInstance): void {
  app.get('/halls/:hallId/service-times', async (req, reply) => {
    const { hallId } = req.params as { hallId: string };
    const windows = serviceTimesOf(hallId);
    if (!windows) return notFound(reply);
    return { hall_id: hallId, windows: windows.map((w) => ({ window_no: w.windowNo, recent_minutes: w.minutes })) };
  });

  app.get('/halls/:hallId/slot-capacities', async (req, reply) => {
    const { hallId } = req.params as { hallId: string };
    const rules = seatRulesOf(hallId);
    if (!rules) return notFound(reply);
    return { hall_id: hallId, rules: rules.map((r) => ({ dept_code: r.dept, item_code: r.item, seats_per_slot: r.seats })) };
  });
}
