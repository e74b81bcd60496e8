import { z } from 'zod';
import type { UpstreamClient } from '../http-client';

const RecordsSchema = z.object({
  idNumber: z.string(),
  name: z.string(),
  insurances: z.array(z.object({ type: z.string(), status: z.string(), since: z.string().nullish() })),
  contributions: z.array(z.object({
    month: z.string(), base: z.number(), personal: z.number(), employer: z.number(), employerName: z.string().nullish(),
  })),
});
export type SocialInsuranceRecords = z.infer<typeof RecordsSchema>;

/** Social insurance (社保) records. */
export class SocialInsuranceAdapter {
  constructor(private readonly http: UpstreamClient) {}

  async records(idNumber: string): Promise<SocialInsuranceRecords | null> {
    return this.http.get(`/social-insurance/records/${encodeURIComponent(idNumber)}`, { cacheTtlMs: 5 * 60_000, adapt: (raw) => RecordsSchema.parse(raw) });
  }
}
