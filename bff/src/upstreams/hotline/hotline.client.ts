import { z } from 'zod';
import type { UpstreamClient } from '../http-client';

/** What the 12345 platform takes for a work order (their field names live only here). */
const TicketSchema = z.object({ ticketNo: z.string(), status: z.string() });

export interface HotlineWorkOrder {
  /** Our work-order id: the hotline is idempotent on it, so a retried push never makes two tickets. */
  externalId: string;
  title: string;
  content: string;
  departmentCode: string;
  region: string;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  /** What the ticket is about (default: a bad rating). */
  kind?: 'bad_rating' | 'street_report' | 'overdue_enquiry';
}

/** The 12345 hotline: accepts work orders (差评工单, 随手拍, overdue 咨询) and calls back with results. */
export class HotlineAdapter {
  constructor(private readonly http: UpstreamClient) {}

  async pushWorkOrder(order: HotlineWorkOrder): Promise<{ ticketNo: string; status: string }> {
    const r = await this.http.post('/hotline/work-orders', { ...order, kind: order.kind ?? 'bad_rating' }, { idempotent: true });
    return TicketSchema.parse(r);
  }
}
