import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from './app';

const SECRET = 'test-secret';
let app: FastifyInstance;
let receiver: Server;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  app = buildSandbox({ referenceDate: '2026-03-15', hotlineWebhookUrl: `http://127.0.0.1:${port}/hook`, hotlineWebhookSecret: SECRET });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const order = {
  externalId: 'rating-42',
  kind: 'bad_rating',
  title: '差评工单：窗口办理超时',
  content: '评价人反映等候时间过长。',
  departmentCode: 'gjj',
  region: '330106',
  dueDate: '2026-03-27',
};

describe('sandbox 12345 hotline', () => {
  it('accepts a work order once per externalId', async () => {
    const first = await app.inject({ method: 'POST', url: '/hotline/work-orders', payload: order });
    expect(first.json()).toMatchObject({ status: 'received' });
    const again = await app.inject({ method: 'POST', url: '/hotline/work-orders', payload: order });
    expect(again.json().ticketNo).toBe(first.json().ticketNo);
    const stored = (await app.inject(`/hotline/work-orders/${first.json().ticketNo}`)).json();
    expect(stored).toMatchObject({ externalId: 'rating-42', status: 'received', departmentCode: 'gjj' });
  });

  it('rejects an unknown department', async () => {
    const res = await app.inject({ method: 'POST', url: '/hotline/work-orders', payload: { ...order, externalId: 'x', departmentCode: 'zzz' } });
    expect(res.statusCode).toBe(400);
  });

  it('posts a resolution webhook signed with HMAC-SHA256 of the raw body', async () => {
    const { ticketNo } = (await app.inject({ method: 'POST', url: '/hotline/work-orders', payload: { ...order, externalId: 'rating-43' } })).json();
    const res = await app.inject({ method: 'POST', url: `/_control/hotline/${ticketNo}/resolve`, payload: { note: '已回访，群众满意' } });
    expect(res.json()).toEqual({ delivered: true, status: 204 });
    const hit = received.at(-1)!;
    const expected = `sha256=${createHmac('sha256', SECRET).update(hit.body).digest('hex')}`;
    expect(hit.headers['x-hotline-signature']).toBe(expected);
    expect(Number(hit.headers['x-hotline-timestamp'])).toBeGreaterThan(1_600_000_000);
    expect(JSON.parse(hit.body)).toMatchObject({ ticketNo, externalId: 'rating-43', event: 'resolved', note: '已回访，群众满意' });
    expect((await app.inject(`/hotline/work-orders/${ticketNo}`)).json().status).toBe('resolved');
  });

  it('reports an undeliverable webhook and 404 for an unknown ticket', async () => {
    const offline = buildSandbox({ referenceDate: '2026-03-15', hotlineWebhookUrl: 'http://127.0.0.1:9/hook' });
    const { ticketNo } = (await offline.inject({ method: 'POST', url: '/hotline/work-orders', payload: order })).json();
    const res = await offline.inject({ method: 'POST', url: `/_control/hotline/${ticketNo}/resolve`, payload: {} });
    expect(res.json()).toMatchObject({ delivered: false, status: null });
    expect((await offline.inject({ method: 'POST', url: '/_control/hotline/none/resolve' })).statusCode).toBe(404);
    await offline.close();
  });
});
