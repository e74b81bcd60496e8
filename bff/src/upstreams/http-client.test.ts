import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryAfterSeconds, UpstreamClient, UpstreamClientError, UpstreamUnavailableError, type UpstreamLog } from './http-client';

// An upstream 4xx becomes a 500 (issue 12, defect 5): the client maps every status to one of ours.

let server: Server;
let baseUrl: string;
let hits = 0;
beforeAll(async () => {
  // Answers /status/<code>, with Retry-After on 429; counts requests.
  server = createServer((req, res) => {
    hits++;
    const status = Number(req.url?.split('?')[0].split('/')[2] ?? 200);
    if (status === 429) res.setHeader('retry-after', '30');
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(status < 400 ? { ok: true } : { error: 'nope', detail: 'upstream words' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const recorder = () => {
  const lines: { level: 'error' | 'warn'; obj: Record<string, unknown>; msg: string }[] = [];
  const log: UpstreamLog = {
    error: (obj, msg) => lines.push({ level: 'error', obj: obj as Record<string, unknown>, msg }),
    warn: (obj, msg) => lines.push({ level: 'warn', obj: obj as Record<string, unknown>, msg }),
  };
  return { lines, log };
};
const client = (log?: UpstreamLog) => new UpstreamClient({ name: 'library', baseUrl, timeoutMs: 1000, retries: 1, log });
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
};

describe('upstream statuses mapped to ours', () => {
  it.each([401, 403])('%i is our configuration problem: 503 UPSTREAM_UNAVAILABLE, an error log, no retry', async (status) => {
    const { lines, log } = recorder();
    const before = hits;
    const e = await failure(client(log).get(`/status/${status}?holderId=330102199001011234`));
    expect(e).toBeInstanceOf(UpstreamUnavailableError);
    expect(e).toMatchObject({ status: 503, code: 'UPSTREAM_UNAVAILABLE', reason: 'misconfigured' });
    expect(hits - before).toBe(1);
    expect(lines).toEqual([{ level: 'error', obj: { upstream: 'library', method: 'GET', path: `/status/${status}`, status }, msg: expect.stringMatching(/credentials/) }]);
  });

  it.each([400, 409, 422, 405])('%i the adapter did not expect is 503 UPSTREAM_UNAVAILABLE with an error log, not retried', async (status) => {
    const { lines, log } = recorder();
    const before = hits;
    const e = await failure(client(log).get(`/status/${status}`));
    expect(e).toMatchObject({ status: 503, code: 'UPSTREAM_UNAVAILABLE', reason: 'rejected' });
    expect(String((e as Error).message)).not.toContain('upstream words');
    expect(hits - before).toBe(1);
    expect(lines.map((l) => l.level)).toEqual(['error']);
  });

  it('a refusal the adapter expects reaches it as UpstreamClientError with the body', async () => {
    const e = await failure(client().post('/status/400', {}, { refusals: [400] }));
    expect(e).toBeInstanceOf(UpstreamClientError);
    expect(e).toMatchObject({ status: 400, body: { error: 'nope' } });
  });

  it('429 is 503 with the upstream\'s Retry-After, not retried', async () => {
    const { lines, log } = recorder();
    const before = hits;
    const e = await failure(client(log).get('/status/429'));
    expect(e).toMatchObject({ status: 503, reason: 'rate_limited', headers: { 'retry-after': '30' } });
    expect(hits - before).toBe(1);
    expect(lines.map((l) => l.level)).toEqual(['warn']);
  });

  it('404 is null, 5xx is retried once and then 503', async () => {
    expect(await client().get('/status/404')).toBeNull();
    const before = hits;
    expect(await failure(client().get('/status/500'))).toMatchObject({ status: 503, reason: 'error' });
    expect(hits - before).toBe(2);
  });

  it('refused requests do not open the breaker; refused credentials do', async () => {
    const c = client();
    for (let i = 0; i < 6; i++) await failure(c.get('/status/400'));
    expect(c.breakerOpen).toBe(false);
    for (let i = 0; i < 5; i++) await failure(c.get('/status/401'));
    expect(c.breakerOpen).toBe(true);
  });

  it('reads Retry-After as seconds or as an HTTP date, capped at an hour', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Sun, 29 Nov 2026 12:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('999999', now)).toBe(3600);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
