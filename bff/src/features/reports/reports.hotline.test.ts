import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../test/harness';
import { multipartFile } from '../uploads/uploads.test-support';
import { plainPng } from './reports.test-support';

describe('12345 results for 随手拍 and escalated 咨询', () => {
  let stack: Stack;
  let relay: ReturnType<typeof createServer>;

  beforeAll(async () => {
    // The sandbox learns its webhook URL when built, before the BFF exists: a relay forwards the exact bytes.
    relay = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const r = await stack.app.inject({ method: 'POST', url: '/api/v1/hotline/webhook', payload: Buffer.concat(chunks), headers: req.headers });
        res.writeHead(r.statusCode, { 'content-type': 'application/json' }).end(r.body);
      });
    });
    await new Promise<void>((ok) => relay.listen(0, '127.0.0.1', ok));
    stack = await startStack({ sandbox: { hotlineWebhookUrl: `http://127.0.0.1:${(relay.address() as AddressInfo).port}/hook` } });
  });
  afterAll(async () => {
    await stack?.close();
    relay?.close();
  });

  const resolve = (ticketNo: string, note: string) => fetch(`${stack.sandboxUrl}/_control/hotline/${ticketNo}/resolve`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ note }),
  }).then((r) => r.json());

  it('resolves a report when 12345 closes its ticket, once, and asks the reporter to rate it', async () => {
    const reporter = await stack.login('r001');
    const m = multipartFile('p.png', await plainPng(), { field: 'photo', type: 'image/png' });
    const photo = (await reporter.inject({ method: 'POST', url: '/api/v1/reports/photos', payload: m.payload, headers: m.headers })).json();
    const { id } = (await reporter.inject({ method: 'POST', url: '/api/v1/reports', payload: {
      category: 'public_facility', description: '路灯不亮', photoIds: [photo.id], location: { lat: 30.27, lng: 120.16, source: 'device' }, anonymous: true,
    } })).json();
    const ticketNo = (await reporter.inject({ method: 'GET', url: `/api/v1/reports/${id}` })).json().hotline.ticketNo as string;

    expect(await resolve(ticketNo, '路灯已修复')).toEqual({ delivered: true, status: 200 });
    const r = (await reporter.inject({ method: 'GET', url: `/api/v1/reports/${id}` })).json();
    expect(r.status).toBe('resolved');
    expect(r.history.at(-1)).toMatchObject({ status: 'resolved', actor: 'hotline', note: '路灯已修复' });
    // A second result for a resolved report changes nothing.
    expect(await resolve(ticketNo, '再次办结')).toEqual({ delivered: true, status: 200 });
    expect((await reporter.inject({ method: 'GET', url: `/api/v1/reports/${id}` })).json().history).toHaveLength(2);
  });

  it('takes 12345\'s answer to an escalated question', async () => {
    const asker = await stack.login('r002');
    const { id } = (await asker.inject({ method: 'POST', url: '/api/v1/enquiries', payload: { itemCode: 'GJJ-0003', question: '离职后多久可以提取公积金？' } })).json();
    const due = (await stack.rows('enquiries', { id }))[0]!.dueDate as string;
    await stack.app.enquiries.sweepOverdue(new Date(`${due}T20:00:00Z`));
    const ticketNo = (await asker.inject({ method: 'GET', url: `/api/v1/enquiries/${id}` })).json().escalation.ticketNo as string;
    await resolve(ticketNo, '离职封存满半年可提取');
    expect((await asker.inject({ method: 'GET', url: `/api/v1/enquiries/${id}` })).json()).toMatchObject({
      status: 'answered', answer: { text: expect.stringContaining('离职封存满半年可提取') },
    });
  });
});
