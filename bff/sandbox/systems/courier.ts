import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DISTRICTS } from '@zsb/shared/domain/regions';
import { chinaToday, notFound, parse } from '../http';

/*
 * An EMS-like courier (统一物流): waybills by the sender's logistics order number (idempotent), the
 * first trace (收寄) at once, later traces when the control moves a parcel on; every new trace is
 * pushed to the waybill's callback URL (signed `X-Courier-Signature: sha256=<hex HMAC of the body>`)
 * and can be polled. Trace codes as EMS uses them: 203 收寄, 306 运输, 702 投递, 704 妥投 (signed for).
 */

export const DEFAULT_COURIER_WEBHOOK_SECRET = 'sandbox-courier-webhook-secret';

export function courierSignature(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

interface Trace { op_code: string; op_name: string; op_time: string; op_org_name: string; op_desc: string }
interface Waybill {
  waybill_no: string;
  logistics_order_no: string;
  callback_url: string | null;
  receiver: { name: string; mobile: string; region_code: string; address: string };
  traces: Trace[];
}

const STAGES: readonly Omit<Trace, 'op_time'>[] = [
  { op_code: '203', op_name: '收寄', op_org_name: '杭州市邮政分公司政务寄递中心', op_desc: '已收寄，揽投员：政务专递' },
  { op_code: '306', op_name: '运输', op_org_name: '杭州邮区中心局', op_desc: '离开杭州邮区中心局，发往投递局' },
  { op_code: '702', op_name: '投递', op_org_name: '投递部', op_desc: '正在投递，投递员电话 11183' },
  { op_code: '704', op_name: '妥投', op_org_name: '投递部', op_desc: '已妥投，本人签收' },
];

const WaybillRequest = z.object({
  logistics_order_no: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
  callback_url: z.string().url().optional(),
  sender: z.object({ name: z.string().min(1), mobile: z.string().min(5), address: z.string().min(1) }),
  receiver: z.object({
    name: z.string().min(1).max(40),
    mobile: z.string().regex(/^1\d{10}$/),
    region_code: z.string().refine((c) => DISTRICTS.some((d) => d.code === c), 'unknown region_code'),
    address: z.string().min(1).max(300),
  }),
  cargo_desc: z.string().max(100).optional(),
});

/** `YYYY-MM-DD HH:mm:ss` in China time, as EMS writes trace times. */
const chinaTime = (ms = Date.now()) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

export function courierSystem(app: FastifyInstance, opts: { webhookSecret: string }): void {
  const waybills = new Map<string, Waybill>();
  const byOrder = new Map<string, string>();
  let seq = 0;

  app.post('/courier/api/v1/waybills', async (req) => {
    const body = parse(WaybillRequest, req.body);
    const known = byOrder.get(body.logistics_order_no);
    if (known) return { waybill_no: known, status: 'CREATED' };
    // EMS domestic numbers: 13 digits starting with 1.
    const waybill_no = `1${chinaToday().replaceAll('-', '').slice(2)}${String(++seq).padStart(6, '0')}`;
    const w: Waybill = {
      waybill_no, logistics_order_no: body.logistics_order_no, callback_url: body.callback_url ?? null,
      receiver: { name: body.receiver.name, mobile: body.receiver.mobile, region_code: body.receiver.region_code, address: body.receiver.address },
      traces: [{ ...STAGES[0]!, op_time: chinaTime() }],
    };
    waybills.set(waybill_no, w);
    byOrder.set(body.logistics_order_no, waybill_no);
    return { waybill_no, status: 'CREATED' };
  });

  app.get('/courier/api/v1/waybills/:no/traces', async (req, reply) => {
    const w = waybills.get((req.params as { no: string }).no);
    return w ? { waybill_no: w.waybill_no, traces: w.traces } : notFound(reply);
  });

  // Moves a parcel to its next stage; pushes the new trace unless `push: false` (then only polling sees it).
  app.post('/_control/courier/:no/advance', async (req, reply) => {
    const w = waybills.get((req.params as { no: string }).no);
    if (!w) return notFound(reply);
    const { push } = parse(z.object({ push: z.boolean().default(true) }).default({ push: true }), req.body ?? undefined);
    const next = STAGES[w.traces.length];
    if (!next) return { waybill_no: w.waybill_no, traces: w.traces, delivered: null };
    const trace = { ...next, op_time: chinaTime() };
    w.traces.push(trace);
    let delivered: number | null = null;
    if (push && w.callback_url) {
      const raw = JSON.stringify({ waybill_no: w.waybill_no, logistics_order_no: w.logistics_order_no, traces: [trace] });
      try {
        const res = await fetch(w.callback_url, {
          method: 'POST', body: raw, signal: AbortSignal.timeout(5000),
          headers: { 'content-type': 'application/json', 'x-courier-signature': courierSignature(opts.webhookSecret, raw) },
        });
        delivered = res.status;
      } catch {
        delivered = null;
      }
    }
    return { waybill_no: w.waybill_no, traces: w.traces, delivered };
  });

  app.get('/_control/courier/by-order/:orderNo', async (req, reply) => {
    const no = byOrder.get((req.params as { orderNo: string }).orderNo);
    return no ? waybills.get(no) : notFound(reply);
  });
}
