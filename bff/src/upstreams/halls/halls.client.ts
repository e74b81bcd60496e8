import { z } from 'zod';
import type { UpstreamClient } from '../http-client';

// The halls' management platform, in its own field names.
const ServiceTimesSchema = z.object({
  hall_id: z.string(),
  windows: z.array(z.object({ window_no: z.string(), recent_minutes: z.array(z.number().positive()) })),
});
const CapacitiesSchema = z.object({
  hall_id: z.string(),
  rules: z.array(z.object({ dept_code: z.string().nullable(), item_code: z.string().nullable(), seats_per_slot: z.number().int().min(0) })),
});

/** Minutes a window of the hall took per person recently, newest first. */
export interface WindowServiceTimes { windowId: string; minutes: number[] }

/** Seats per slot: an item's own rule, else its department's. */
export interface SlotSeatRules { byItem: Record<string, number>; byDepartment: Record<string, number> }

/** 政务服务中心综合管理平台: recent service times per window and seats per slot, per hall. */
export class HallsAdapter {
  constructor(private readonly http: UpstreamClient) {}

  /** Null when the platform does not know the hall. Cached briefly: it changes as windows serve people. */
  async serviceTimes(hallId: string): Promise<WindowServiceTimes[] | null> {
    const r = await this.http.get(`/halls/${encodeURIComponent(hallId)}/service-times`, { cacheTtlMs: 60_000 });
    if (r === null) return null;
    return ServiceTimesSchema.parse(r).windows.map((w) => ({ windowId: `${hallId}-W${w.window_no}`, minutes: w.recent_minutes }));
  }

  async slotSeats(hallId: string): Promise<SlotSeatRules | null> {
    const r = await this.http.get(`/halls/${encodeURIComponent(hallId)}/slot-capacities`, { cacheTtlMs: 300_000 });
    if (r === null) return null;
    const out: SlotSeatRules = { byItem: {}, byDepartment: {} };
    for (const rule of CapacitiesSchema.parse(r).rules) {
      if (rule.item_code) out.byItem[rule.item_code] = rule.seats_per_slot;
      else if (rule.dept_code) out.byDepartment[rule.dept_code] = rule.seats_per_slot;
    }
    return out;
  }
}
