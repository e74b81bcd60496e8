import { createHmac } from 'node:crypto';
import { DEPARTMENT_CODES, REGION_CODES } from '@zsb/shared/domain/regions';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { chinaToday, notFound, parse } from '../http';
import type { SandboxStore, WorkOrder } from '../store';

const WorkOrderRequestSchema = z.object({
  externalId: z.string().min(1).max(128),
  kind: z.enum(['bad_rating', 'street_report', 'overdue_enquiry']),
  title: z.string().min(1).max(200),
  content: z.string().min(1).max(5000),
  departmentCode: z.string().refine((c) => DEPARTMENT_CODES.includes(c), 'unknown departmentCode'),
  region: z.string().refine((r) => REGION_CODES.includes(r), 'unknown region'),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
});

const ResolveSchema = z.object({ note: z.string().max(2000).default('已办结') }).default({ note: '已办结' });

/** HMAC-SHA256 of the raw body, hex, as sent in `X-Hotline-Signature: sha256=<hex>`. */
export function hotlineSignature(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

export interface HotlineOptions {
  webhookUrl: string;
  webhookSecret: string;
}

/**
 * 12345 hotline: accepts work orders (idempotent on externalId) and, when told through the control API that
 * one is resolved, calls the BFF back with a signed webhook.
 */
export function hotlineSystem(app: FastifyInstance, store: SandboxStore, opts: HotlineOptions): void {
  app.post('/hotline/work-orders', async (req) => {
    const body = parse(WorkOrderRequestSchema, req.body);
    const existing = store.workOrdersByExternalId.get(body.externalId);
    if (existing) return { ticketNo: existing, status: store.workOrders.get(existing)!.status };
    const ticketNo = `HZ12345${chinaToday().replaceAll('-', '')}${String(++store.ticketSeq).padStart(5, '0')}`;
    const order: WorkOrder = { ticketNo, ...body, status: 'received', receivedAt: new Date().toISOString() };
    store.workOrders.set(ticketNo, order);
    store.workOrdersByExternalId.set(body.externalId, ticketNo);
    return { ticketNo, status: order.status };
  });

  app.get('/hotline/work-orders/:ticketNo', async (req, reply) => {
    return store.workOrders.get((req.params as { ticketNo: string }).ticketNo) ?? notFound(reply);
  });

  app.post('/_control/hotline/:ticketNo/resolve', async (req, reply) => {
    const order = store.workOrders.get((req.params as { ticketNo: string }).ticketNo);
    if (!order) return notFound(reply);
    const { note } = parse(ResolveSchema, req.body ?? undefined);
    const at = new Date().toISOString();
    order.status = 'resolved';
    order.resolvedAt = at;
    order.note = note;
    const rawBody = JSON.stringify({ ticketNo: order.ticketNo, externalId: order.externalId, event: 'resolved', note, at });
    try {
      const res = await fetch(opts.webhookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hotline-signature': hotlineSignature(opts.webhookSecret, rawBody),
          'x-hotline-timestamp': String(Math.floor(Date.now() / 1000)),
        },
        body: rawBody,
        signal: AbortSignal.timeout(5000),
      });
      return { delivered: res.ok, status: res.status };
    } catch (err) {
      return { delivered: false, status: null, error: (err as Error).message };
    }
  });
}
