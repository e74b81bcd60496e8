// 预约 and 取号: booking attempts per second with 100 users contending for the seats of 10 slots
// (every seat checked against the database afterwards: zero overbooking), and live ticket page reads
// per second; each next to a bare Fastify hello-world measured in the same run.
import { createHmac, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { SqliteDatabase } from '../../bff/src/platform/db';
import { chinaDate, isWorkingDay } from '@zsb/shared/domain/working-days';
import { addCalendarDays } from '@zsb/shared/domain/hall-queue';
import { ROOT, fmt, load, spawnJson, startServers, type BenchSection } from './lib';

const HALL = 'H330100';
const JWT_SECRET = 'dev-only-secret-change-me-in-production-0123456789';
const USERS = 100;

/** An access token for a resident who exists only in the token (what the BFF's HS256 tokens carry). */
function token(userId: string): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: userId, knd: 'resident', idt: `personal:${userId}`, iat: now, exp: now + 3600 })}`;
  return `${head}.${createHmac('sha256', JWT_SECRET).update(head).digest('base64url')}`;
}

/** The next working day with a date after today (China time). */
function nextWorkingDay(): string {
  let d = addCalendarDays(chinaDate(), 1);
  while (!isWorkingDay(d)) d = addCalendarDays(d, 1);
  return d;
}

export async function run(): Promise<BenchSection[]> {
  const hello = await spawnJson<{ url: string }>(path.join(ROOT, 'scripts/bench/hello.ts'));
  const s = await startServers({ JWT_SECRET });
  const dataDir = (s as unknown as { dataDir: string }).dataDir;
  let stopped = false;
  const stop = async () => { if (!stopped) { stopped = true; await s.stop(); } };
  try {
    const base = await load({ url: hello.info.url, seconds: 6, connections: USERS });
    const get = (url: string, auth: string) => fetch(`${s.bffUrl}${url}`, { headers: { authorization: `Bearer ${auth}` } }).then((r) => r.json());
    const users = Array.from({ length: USERS }, (_, i) => token(`bench-user-${i}`));

    // A bookable item of the hall (the first whose slots list answers).
    const services = await get(`/api/v1/services?department=gjj&limit=100`, users[0]!);
    const date = nextWorkingDay();
    let itemCode = '';
    let slots: { id: string; capacity: number }[] = [];
    for (const it of services.items as { code: string }[]) {
      const r = await get(`/api/v1/halls/${HALL}/slots?itemCode=${it.code}&date=${date}`, users[0]!);
      if (Array.isArray(r.slots) && r.slots.length >= 10) { itemCode = it.code; slots = r.slots.slice(0, 10); break; }
    }
    if (!itemCode) throw new Error('no bookable item found');
    console.error(`  booking ${itemCode} on ${date}`);
    const seats = slots.reduce((n, x) => n + x.capacity, 0);

    // Each connection is one person: book a random one of the 10 slots; when it got a seat, cancel it
    // (so seats keep changing hands), otherwise look at their list. 409s are the contention.
    let next = 0;
    let booked = 0;
    let full = 0;
    type Ctx = { auth?: string; id?: string | null };
    const N = 12_000;
    const t0 = performance.now();
    const r = await autocannon({
      url: s.bffUrl, connections: USERS, amount: N,
      requests: [
        {
          setupRequest: (req: autocannon.Request, ctx: Ctx) => {
            ctx.auth ??= users[next++ % USERS];
            const slot = slots[Math.floor(Math.random() * slots.length)]!;
            return { ...req, method: 'POST', path: '/api/v1/appointments', headers: { authorization: `Bearer ${ctx.auth}`, 'content-type': 'application/json' }, body: JSON.stringify({ slotId: slot.id, itemCode }) };
          },
          onResponse: (status: number, body: string, ctx: Ctx) => {
            ctx.id = status === 201 ? JSON.parse(body).id : null;
            if (status === 201) booked++;
            else if (status === 409) full++;
          },
        },
        {
          setupRequest: (req: autocannon.Request, ctx: Ctx) => ctx.id
            ? { ...req, method: 'POST', path: `/api/v1/appointments/${ctx.id}/cancel`, headers: { authorization: `Bearer ${ctx.auth}` }, body: undefined }
            : { ...req, method: 'GET', path: '/api/v1/appointments', headers: { authorization: `Bearer ${ctx.auth}` }, body: undefined },
        },
      ] as unknown as autocannon.Request[],
    });
    const seconds = (performance.now() - t0) / 1000;
    const attempts = booked + full;

    console.error(`  ${booked} bookings, ${full} refusals`);
    // Tickets of today for 100 people, written straight into the database (the hall may be closed while this runs).
    const today = chinaDate();
    const ticketIds: string[] = [];
    {
      const { sqlite } = SqliteDatabase.open(path.join(dataDir, 'zsb.db'));
      const ins = sqlite.prepare(`INSERT INTO tickets (id, hall_id, date, seq, number, priority, rank, user_id, appointment_id, item_code, status, window_id, created_at, called_at, finished_at)
        VALUES (?, ?, ?, ?, ?, 'normal', 2, ?, NULL, NULL, ?, ?, ?, ?, ?)`);
      const now = Date.now();
      sqlite.transaction(() => {
        for (let i = 0; i < USERS; i++) {
          const id = randomUUID();
          ticketIds.push(id);
          const served = i < 20;
          ins.run(id, HALL, today, 1000 + i, `A${1000 + i}`, `bench-user-${i}`, served ? 'served' : 'waiting', served ? `${HALL}-W01` : null,
            new Date(now).toISOString(), served ? new Date(now - 600_000).toISOString() : null, served ? new Date(now - 60_000 * (i % 9)).toISOString() : null);
        }
      })();
      sqlite.close();
    }
    let k = 0;
    const reads = await load({
      url: s.bffUrl, seconds: 6, connections: USERS,
      requests: [{
        setupRequest: (req: autocannon.Request) => {
          const i = 20 + (k++ % (USERS - 20));
          return { ...req, method: 'GET', path: `/api/v1/tickets/${ticketIds[i]}`, headers: { authorization: `Bearer ${users[i]}` } };
        },
      }] as unknown as autocannon.Request[],
    });

    await stop();
    // Zero overbooking: every slot's counter equals its active bookings and never exceeds its capacity.
    const { sqlite } = SqliteDatabase.open(path.join(dataDir, 'zsb.db'));
    const check = sqlite.prepare(`SELECT s.id, s.capacity, s.booked, (SELECT count(*) FROM appointments a WHERE a.slot_id = s.id AND a.status = 'booked') AS active
      FROM hall_slots s WHERE s.item_code = ? AND s.date = ?`).all(itemCode, date) as { id: string; capacity: number; booked: number; active: number }[];
    sqlite.close();
    const over = check.filter((c) => c.booked > c.capacity || c.active > c.capacity || c.active !== c.booked);
    console.error(`  overbooking check: ${check.length} slots, ${over.length} wrong`);

    const bookingsPerSecond = booked / seconds;
    const attemptsPerSecond = attempts / seconds;
    return [{
      title: 'Bookings per second, 100 users contending for 10 slots (POST /api/v1/appointments) vs bare Fastify hello-world',
      description: `autocannon, ${USERS} connections, each a different resident: book one of 10 slots (${seats} seats in all) of ${itemCode} at ${HALL} on ${date}; a booking that got a seat is cancelled next (seats keep changing hands), one that did not reads the person's list. Each seat is taken by one conditional update \`booked = booked + 1 where booked < capacity\` in the booking's transaction; afterwards the database is checked slot by slot.`,
      columns: ['server', 'req/s', 'p50 ms', 'p99 ms', 'share of hello-world'],
      rows: [
        ['bare Fastify hello-world', base.rps, base.p50, base.p99, '100%'],
        ['booking attempts (201 + 409)', Math.round(attemptsPerSecond), r.latency.p50, r.latency.p99, `${fmt((attemptsPerSecond / base.rps) * 100)}%`],
        ['bookings made (201)', Math.round(bookingsPerSecond), '—', '—', `${fmt((bookingsPerSecond / base.rps) * 100)}%`],
        ['GET /api/v1/tickets/:id (live ticket page)', reads.rps, reads.p50, reads.p99, `${fmt((reads.rps / base.rps) * 100)}%`],
      ],
      notes: [
        `${booked} bookings and ${full} refusals (409: slot full or already booked) in ${fmt(seconds)} s; other answers: ${r.non2xx - full}; errors ${r.errors}.`,
        `Overbooking check over ${check.length} slots: ${over.length === 0 ? 'none — every slot\'s counter equals its active bookings and is within capacity' : `${over.length} slots WRONG: ${JSON.stringify(over.slice(0, 3))}`}.`,
        `Ticket page reads: ${reads.total} 2xx, ${reads.non2xx} non-2xx; each read counts the people ahead, the hall's recent service times and its open windows.`,
      ],
    }];
  } finally {
    await stop().catch(() => {});
    hello.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
