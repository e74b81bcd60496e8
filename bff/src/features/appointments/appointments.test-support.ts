import { chinaInstant } from '@zsb/shared/domain/hall-queue';
import type { InjectOptions } from 'fastify';
import type { AuthUser } from '../../platform/auth';
import type { Stack } from '../../test/harness';

/** Moves the hall clock (appointments and tickets) to `HH:MM` China time on `date`. */
export function setHallClock(stack: Stack, date: string, hhmm: string): number {
  const t = chinaInstant(date, hhmm);
  stack.app.appointments.clock.now = () => t;
  return t;
}

/** An item bookable at the hall (its guide offers appointments; a window there serves its department). */
export function bookableItem(stack: Stack, hallId = 'H330100', department?: string): string {
  const hall = stack.app.halls.listHalls().find((h) => h.id === hallId)!;
  for (const w of hall.windows) {
    if (department && w.departmentCode !== department) continue;
    for (const i of stack.app.catalog.list({ department: w.departmentCode, offset: 0, limit: 100 }).items) {
      const item = stack.app.catalog.item(i.code);
      if (item?.flags.appointment && (item.region === '330100' || item.region === hall.region)) return item.code;
    }
  }
  throw new Error(`no bookable item at ${hallId}`);
}

/** A signed-in resident that exists only in the token (booking needs nothing more): for races with hundreds of people. */
export function syntheticResident(stack: Stack, id: string) {
  const user: AuthUser = { userId: id, kind: 'resident', departmentCode: null, region: null, identity: { kind: 'personal', id } };
  const headers = { authorization: `Bearer ${stack.app.signAccessToken(user)}` };
  return { headers, inject: (o: InjectOptions) => stack.app.inject({ ...o, headers: { ...headers, ...(o.headers ?? {}) } }) };
}
