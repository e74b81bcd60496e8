import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { startStack, type Stack } from '../../test/harness';
import { bookableItem, setHallClock } from './appointments.test-support';

let stack: Stack;
let other: FastifyInstance;
beforeAll(async () => {
  stack = await startStack();
  other = await buildApp(stack.config);
});
afterAll(async () => {
  await other?.close();
  await stack?.close();
});

const tokenFor = (app: FastifyInstance, id: string) => ({
  authorization: `Bearer ${app.signAccessToken({ userId: id, kind: 'resident', departmentCode: null, region: null, identity: { kind: 'personal', id } })}`,
});

describe('two instances on one database', () => {
  it('give the last seats of a slot to exactly as many people as it has seats, and a sweep runs on one of them', async () => {
    const item = bookableItem(stack, 'H330100');
    setHallClock(stack, '2026-10-08', '08:00');
    other.appointments.clock.now = stack.app.appointments.clock.now;
    const [slot] = (await stack.app.inject({ method: 'GET', url: `/api/v1/halls/H330100/slots?itemCode=${item}&date=2026-10-09`, headers: tokenFor(stack.app, 'lister') })).json().slots;
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => {
      const app = i % 2 ? other : stack.app;
      return app.inject({ method: 'POST', url: '/api/v1/appointments', headers: tokenFor(app, `two-${i}`), payload: { slotId: slot.id, itemCode: item } });
    }));
    expect(answers.filter((r) => r.statusCode === 201)).toHaveLength(slot.capacity);
    expect(answers.filter((r) => r.statusCode === 409)).toHaveLength(60 - slot.capacity);
    expect(await stack.count('appointments', { slotId: slot.id, status: 'booked' })).toBe(slot.capacity);
    expect((await stack.rows('hallSlots', { id: slot.id }))[0]!.booked).toBe(slot.capacity);

    // Both sweep at once: every booked person gets the day-before reminder exactly once.
    await Promise.all([stack.app.appointments.sweep(), other.appointments.sweep(), stack.app.appointments.sweep()]);
    await Promise.all([stack.app.appointments.sweep(), other.appointments.sweep()]);
    expect(await stack.count('messages', { kind: 'appointment_reminder' })).toBe(slot.capacity);
  });
});
