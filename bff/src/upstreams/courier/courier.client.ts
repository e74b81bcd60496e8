import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { UpstreamClient } from '../http-client';

/*
 * The EMS-like courier (统一物流): waybills and traces. EMS's field names and operation codes live
 * only here; the delivery feature sees `CourierTrace` with our event codes.
 */

export const COURIER_SIGNATURE_HEADER = 'x-courier-signature';

export function signCourierBody(secret: string, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

export function verifyCourierSignature(secret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!header || !/^sha256=[0-9a-f]{64}$/i.test(header)) return false;
  const expected = Buffer.from(signCourierBody(secret, rawBody).slice(7), 'hex');
  return timingSafeEqual(expected, Buffer.from(header.slice(7), 'hex'));
}

export type TraceCode = 'accepted' | 'in_transit' | 'out_for_delivery' | 'signed';

export interface CourierTrace {
  code: TraceCode;
  description: string;
  place: string | null;
  at: string;
}

const OP_CODES: Record<string, TraceCode> = { '203': 'accepted', '306': 'in_transit', '702': 'out_for_delivery', '704': 'signed' };

const TraceSchema = z.object({ op_code: z.string(), op_name: z.string(), op_time: z.string(), op_org_name: z.string().optional(), op_desc: z.string() });
const TracesSchema = z.object({ waybill_no: z.string(), traces: z.array(TraceSchema).max(200) });

/** `2026-11-29 10:00:00` (China time) → ISO instant. */
function instantOf(chinaTime: string): string {
  const d = new Date(`${chinaTime.replace(' ', 'T')}+08:00`);
  return Number.isNaN(d.getTime()) ? new Date().toISOString() : d.toISOString();
}

function toTraces(raw: z.infer<typeof TraceSchema>[]): CourierTrace[] {
  return raw.flatMap((t) => {
    const code = OP_CODES[t.op_code];
    return code ? [{ code, description: `${t.op_name}：${t.op_desc}`, place: t.op_org_name ?? null, at: instantOf(t.op_time) }] : [];
  });
}

/** A pushed trace body, checked for shape (the signature is checked before). */
export function readCourierPush(body: unknown): { waybillNo: string; traces: CourierTrace[] } | null {
  const r = TracesSchema.safeParse(body);
  return r.success ? { waybillNo: r.data.waybill_no, traces: toTraces(r.data.traces) } : null;
}

export class CourierAdapter {
  constructor(private readonly http: UpstreamClient) {}

  /** Books a pickup of the result (idempotent on our shipment id); answers the waybill number. */
  async createWaybill(s: {
    shipmentId: string; callbackUrl: string; sender: { name: string; phone: string; address: string };
    receiver: { name: string; phone: string; regionCode: string; address: string }; description: string;
  }): Promise<string> {
    const r = await this.http.post('/courier/api/v1/waybills', {
      logistics_order_no: s.shipmentId, callback_url: s.callbackUrl,
      sender: { name: s.sender.name, mobile: s.sender.phone, address: s.sender.address },
      receiver: { name: s.receiver.name, mobile: s.receiver.phone, region_code: s.receiver.regionCode, address: s.receiver.address },
      cargo_desc: s.description.slice(0, 100),
    }, { idempotent: true });
    return z.object({ waybill_no: z.string() }).parse(r).waybill_no;
  }

  async traces(waybillNo: string): Promise<CourierTrace[] | null> {
    const r = await this.http.get(`/courier/api/v1/waybills/${encodeURIComponent(waybillNo)}/traces`);
    return r === null ? null : toTraces(TracesSchema.parse(r).traces);
  }
}
