import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Session, type Stack } from '../test/harness';
import { rawExchange } from '../test/raw-http';

let stack: Stack;
let resident: Session;
beforeAll(async () => {
  stack = await startStack({
    listen: true,
    config: {
      timeouts: { bodySeconds: 1, uploadBodySeconds: 2 },
      writeRateLimit: { perMinute: 3, anonymousPerMinute: 4 },
    },
  });
  resident = await stack.login('r001');
});
afterAll(async () => { await stack.close(); });

/** A request whose body then arrives one byte every `gapMs`. */
function trickle(target: string, contentType: string, body: string, extraHeaders = '') {
  const head = `POST ${target} HTTP/1.1\r\nHost: localhost\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extraHeaders}\r\n`;
  return [head, ...Buffer.from(body)].map((p) => (typeof p === 'number' ? Buffer.from([p]) : p));
}

// Issue 12, defect 7: a body trickled one byte at a time held its socket for minutes.
describe('no request timeout (issue 12 defect 7)', () => {
  it('cuts off a JSON body that trickles in: 408 problem+json, then the socket closes', async () => {
    const pieces = trickle('/api/v1/auth/login', 'application/json', JSON.stringify({ code: 'x'.repeat(40), channel: 'h5' }));
    const r = await rawExchange(stack.app, pieces, { gapMs: 250, waitMs: 6_000 });
    expect(r.status).toBe(408);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(r.body).code).toBe('REQUEST_TIMEOUT');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.closedAfterMs).not.toBeNull();
    // The whole body would take about 14 s at this pace.
    expect(r.closedAfterMs!).toBeLessThan(5_000);
  });

  it('gives an upload its own, longer timeout and still cuts a trickled one off', async () => {
    const boundary = 'zsbslow';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n${'j'.repeat(200)}\r\n--${boundary}--\r\n`;
    const pieces = trickle('/api/v1/uploads', `multipart/form-data; boundary=${boundary}`, body, `Authorization: ${resident.headers.authorization}\r\n`);
    // About 30 s for the whole body at this pace; cut off after the upload's 2 s, not the ordinary 1 s.
    const r = await rawExchange(stack.app, pieces, { gapMs: 100, waitMs: 10_000 });
    expect(r.status).toBe(408);
    expect(JSON.parse(r.body).code).toBe('REQUEST_TIMEOUT');
    expect(r.closedAfterMs!).toBeGreaterThanOrEqual(1_900);
    expect(r.closedAfterMs!).toBeLessThan(7_000);
  });

  it('does not cut off a body that arrives in time', async () => {
    const pieces = trickle('/api/v1/auth/login', 'application/json', JSON.stringify({ code: 'short', channel: 'h5' }), 'Connection: close\r\n');
    const r = await rawExchange(stack.app, [pieces[0]!, Buffer.concat(pieces.slice(1) as Buffer[])], { waitMs: 3_000 });
    expect(r.status).not.toBe(408);
    expect(r.status).toBeLessThan(500);
  });
});

// Issue 12, defect 7: only the sign-in routes had a rate limit; every other write was unlimited.
describe('no rate limit on writing routes (issue 12 defect 7)', () => {
  it('answers a signed-in user’s fourth write to one route within a minute with 429 and Retry-After', async () => {
    const codes: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await resident.inject({ method: 'POST', url: '/api/v1/messages/read-all' });
      codes.push(last.statusCode);
    }
    expect(codes.slice(0, 3).every((c) => c < 300)).toBe(true);
    expect(codes[3]).toBe(429);
    expect(last!.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(last!.json().code).toBe('RATE_LIMITED');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    // Per route and per user: another user, and another route, are not affected.
    expect((await (await stack.login('r002')).inject({ method: 'POST', url: '/api/v1/messages/read-all' })).statusCode).toBeLessThan(300);
    expect((await resident.inject({ method: 'GET', url: '/api/v1/messages' })).statusCode).toBe(200);
  });

  it('limits signed-out writes per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await stack.app.inject({ method: 'POST', url: '/api/v1/bundles/no-such-bundle/plan', payload: { answers: {} }, remoteAddress: '192.0.2.99' })).statusCode);
    }
    expect(codes.slice(0, 4)).not.toContain(429);
    expect(codes[4]).toBe(429);
    // Another address is not affected.
    expect((await stack.app.inject({ method: 'POST', url: '/api/v1/bundles/no-such-bundle/plan', payload: { answers: {} }, remoteAddress: '192.0.2.100' })).statusCode).not.toBe(429);
  });

  it('can be switched off (benchmarks)', async () => {
    const free = await startStack({ config: { writeRateLimit: { enabled: false, perMinute: 1 } } });
    try {
      const me = await free.login('r001');
      for (let i = 0; i < 3; i++) expect((await me.inject({ method: 'POST', url: '/api/v1/messages/read-all' })).statusCode).toBeLessThan(300);
    } finally {
      await free.close();
    }
  });
});
