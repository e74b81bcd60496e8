import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack, type Session } from '../../test/harness';
import { bookableItem, setHallClock, syntheticResident } from './appointments.test-support';

let stack: Stack;
let item: string;
let a: Session;
const H = 'H330100';

beforeAll(async () => {
  stack = await startStack();
  item = bookableItem(stack, H);
  a = await stack.login('r001');
});
afterAll(async () => { await stack.close(); });

const slots = (s: Pick<Session, 'inject'>, date: string, hallId = H, itemCode = item) =>
  s.inject({ method: 'GET', url: `/api/v1/halls/${hallId}/slots?itemCode=${itemCode}&date=${date}` });
const book = (s: Pick<Session, 'inject'>, slotId: string, key?: string, itemCode = item) =>
  s.inject({ method: 'POST', url: '/api/v1/appointments', payload: { slotId, itemCode }, headers: key ? { 'idempotency-key': key } : {} });

function expectProblem(r: { statusCode: number; headers: Record<string, unknown>; json(): { code: string } }, status: number, code: string) {
  expect(r.statusCode).toBe(status);
  expect(String(r.headers['content-type'])).toContain('application/problem+json');
  expect(r.json().code).toBe(code);
}

describe('slots on the working-day calendar', () => {
  it('has none on the National Day holiday, some on make-up working days, all within hall hours', async () => {
    setHallClock(stack, '2026-09-28', '08:00');
    for (const d of ['2026-10-01', '2026-10-03', '2026-10-07', '2026-10-04']) {
      const r = await slots(a, d);
      expect(r.statusCode).toBe(200);
      expect(r.json().slots).toEqual([]);
    }
    const makeUp = (await slots(a, '2026-10-10')).json().slots; // 调休 Saturday
    expect(makeUp).toHaveLength(13);
    for (const s of makeUp) {
      expect(s.start >= '09:00' && s.end <= '17:00').toBe(true);
      expect(s.end <= '12:00' || s.start >= '13:30').toBe(true);
      expect(s.remaining).toBe(s.capacity);
    }
    expect((await slots(a, '2026-10-11')).json().slots).toEqual([]); // an ordinary Sunday
    // Today: only slots that have not started.
    setHallClock(stack, '2026-09-28', '16:10');
    expect((await slots(a, '2026-09-28')).json().slots.map((s: { start: string }) => s.start)).toEqual(['16:30']);
  });

  it('refuses past dates, dates beyond the horizon, unknown halls and items the hall does not book', async () => {
    setHallClock(stack, '2026-09-28', '08:00');
    expectProblem(await slots(a, '2026-09-25'), 422, 'DATE_IN_PAST');
    expectProblem(await slots(a, '2026-10-13'), 422, 'BEYOND_BOOKING_HORIZON');
    expectProblem(await slots(a, '2026-10-09', 'H999999'), 404, 'HALL_NOT_FOUND');
    expectProblem(await slots(a, '2026-10-09', H, 'ZZZ-0001'), 422, 'ITEM_NOT_BOOKABLE');
    expectProblem(await slots(a, '2026-13-45'), 422, 'BEYOND_BOOKING_HORIZON');
    expect((await slots(a, 'tomorrow')).statusCode).toBe(400);
  });
});

describe('booking', () => {
  it('gives the last seat to exactly one of 200 simultaneous requests; the other 199 get 409 problem+json', async () => {
    setHallClock(stack, '2026-09-28', '08:00');
    const [slot] = (await slots(a, '2026-10-12')).json().slots;
    // Fill all seats but one.
    for (let i = 0; i < slot.capacity - 1; i++) expect((await book(syntheticResident(stack, `early-${i}`), slot.id)).statusCode).toBe(201);
    const racers = Array.from({ length: 200 }, (_, i) => syntheticResident(stack, `racer-${i}`));
    const answers = await Promise.all(racers.map((r, i) => book(r, slot.id, `race-key-${i}`)));
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    for (const r of answers.filter((x) => x.statusCode === 409)) expectProblem(r, 409, 'SLOT_FULL');
    expect(await stack.count('appointments', { slotId: slot.id })).toBe(slot.capacity);
    const [row] = await stack.rows('hallSlots', { id: slot.id });
    expect(row!.booked).toBe(slot.capacity);
    expect((await slots(a, '2026-10-12')).json().slots[0].remaining).toBe(0);
  }, 60_000);

  it('keeps one active booking per person and item, replays with the same Idempotency-Key, changes and cancels', async () => {
    setHallClock(stack, '2026-09-28', '08:00');
    const day = (await slots(a, '2026-10-09')).json().slots;
    const first = await book(a, day[0].id, 'book-key-0001');
    expect(first.statusCode).toBe(201);
    const replay = await book(a, day[0].id, 'book-key-0001');
    expect(replay.statusCode).toBe(201);
    expect(replay.json().id).toBe(first.json().id);
    expectProblem(await book(a, day[1].id, 'book-key-0002'), 409, 'ALREADY_BOOKED');
    expect(await stack.count('appointments', { itemCode: item, status: 'booked', slotId: day[1].id })).toBe(0);
    expect((await stack.rows('hallSlots', { id: day[1].id }))[0]!.booked).toBe(0);
    expect((await stack.rows('hallSlots', { id: day[0].id }))[0]!.booked).toBe(1);

    const id = first.json().id;
    const moved = await a.inject({ method: 'PATCH', url: `/api/v1/appointments/${id}`, payload: { slotId: day[2].id } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ id, start: day[2].start, status: 'booked' });
    expect((await stack.rows('hallSlots', { id: day[0].id }))[0]!.booked).toBe(0);
    expect((await stack.rows('hallSlots', { id: day[2].id }))[0]!.booked).toBe(1);
    // A slot of another hall is refused, nothing moves.
    const other = (await slots(a, '2026-10-09', 'H330106', bookableItem(stack, 'H330106'))).json().slots[0];
    expect((await a.inject({ method: 'PATCH', url: `/api/v1/appointments/${id}`, payload: { slotId: other.id } })).statusCode).toBeGreaterThanOrEqual(400);
    const list = (await a.inject({ method: 'GET', url: '/api/v1/appointments' })).json();
    expect(list.items.find((x: { id: string }) => x.id === id)).toMatchObject({ slotId: day[2].id, hallId: H });
    expect(list.suspension).toBeNull();
    // Someone else cannot touch it.
    const b = await stack.login('r002');
    expect((await b.inject({ method: 'POST', url: `/api/v1/appointments/${id}/cancel` })).statusCode).toBe(404);
    const cancelled = await a.inject({ method: 'POST', url: `/api/v1/appointments/${id}/cancel` });
    expect(cancelled.json().status).toBe('cancelled');
    expect((await stack.rows('hallSlots', { id: day[2].id }))[0]!.booked).toBe(0);
    expectProblem(await a.inject({ method: 'POST', url: `/api/v1/appointments/${id}/cancel` }), 409, 'APPOINTMENT_NOT_ACTIVE');
    // Cancelled: booking the item again is allowed.
    expect((await book(a, day[3].id)).statusCode).toBe(201);
  });

  it('refuses bad slots without writing anything', async () => {
    setHallClock(stack, '2026-09-28', '08:00');
    const before = await stack.count('appointments');
    const u = syntheticResident(stack, 'bad-input');
    expectProblem(await book(u, 'not-a-slot'), 404, 'SLOT_NOT_FOUND');
    expectProblem(await book(u, `${H}.${item}.2026-09-25.0900`), 422, 'DATE_IN_PAST');
    expectProblem(await book(u, `${H}.${item}.2026-11-30.0900`), 422, 'BEYOND_BOOKING_HORIZON');
    expectProblem(await book(u, `${H}.${item}.2026-10-02.0900`), 404, 'SLOT_NOT_FOUND'); // holiday
    expectProblem(await book(u, `${H}.${item}.2026-10-09.1200`), 404, 'SLOT_NOT_FOUND'); // lunch break
    expectProblem(await book(u, `${H}.${item}.2026-10-09.0900`, undefined, 'GJJ-9999'), 422, 'SLOT_ITEM_MISMATCH');
    expect((await u.inject({ method: 'POST', url: '/api/v1/appointments', payload: { slotId: 'x'.repeat(500), itemCode: item } })).statusCode).toBe(400);
    expect(await stack.count('appointments')).toBe(before);
  });
});

describe('no-shows and reminders', () => {
  it('sends the day-before and hour-before reminders once each', async () => {
    const u = syntheticResident(stack, 'reminded');
    setHallClock(stack, '2026-10-08', '08:00');
    const slot = (await slots(u, '2026-10-09')).json().slots[4]; // 11:00
    const id = (await book(u, slot.id)).json().id;
    expect(await stack.app.appointments.sweep()).toBe(true);
    expect(await stack.app.appointments.sweep()).toBe(true);
    let msgs = await stack.rows('messages', { userId: 'reminded', kind: 'appointment_reminder' });
    expect(msgs.map((m) => m.title)).toEqual(['明天有预约']);
    setHallClock(stack, '2026-10-09', '10:05');
    await stack.app.appointments.sweep();
    await stack.app.appointments.sweep();
    msgs = await stack.rows('messages', { userId: 'reminded', kind: 'appointment_reminder' });
    expect(msgs.map((m) => m.title).sort()).toEqual(['明天有预约', '预约一小时后开始'].sort());
    expect(msgs.every((m) => String(m.link).includes(id))).toBe(true);
  });

  it('suspends booking for 30 days after three no-shows in 90 days, shown with its end date', async () => {
    const u = syntheticResident(stack, 'no-show');
    const days = ['2026-10-12', '2026-10-13', '2026-10-14'];
    for (const d of days) {
      setHallClock(stack, d, '08:00');
      const slot = (await slots(u, d)).json().slots[1]; // 09:30 (10-12's first slot is the raced one)
      expect((await book(u, slot.id)).statusCode).toBe(201);
      setHallClock(stack, d, '12:00');
      await stack.app.appointments.sweep();
    }
    expect(await stack.count('appointments', { userId: 'no-show', status: 'no_show' })).toBe(3);
    setHallClock(stack, '2026-10-15', '08:00');
    const slot = (await slots(u, '2026-10-16')).json().slots[0];
    const refused = await book(u, slot.id);
    expectProblem(refused, 409, 'BOOKING_SUSPENDED');
    expect(refused.json().detail).toContain('2026-11-13');
    expect((await u.inject({ method: 'GET', url: '/api/v1/appointments' })).json().suspension).toEqual({ until: '2026-11-13', noShows: 3 });
    expect(await stack.count('appointments', { userId: 'no-show', status: 'booked' })).toBe(0);
    setHallClock(stack, '2026-11-13', '08:00');
    const later = (await slots(u, '2026-11-16')).json().slots[0];
    expect((await book(u, later.id)).statusCode).toBe(201);
  });
});
