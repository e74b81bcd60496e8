import { z } from 'zod';
import type { UpstreamClient } from '../http-client';

const ResidentSchema = z.object({
  idNumber: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']),
  birthDate: z.string(),
  ethnicity: z.string().nullish(),
  address: z.string().nullish(),
  region: z.string().nullish(),
  phone: z.string().nullish(),
  maritalStatus: z.enum(['unmarried', 'married', 'divorced', 'widowed']).nullish(),
  spouseIdNumber: z.string().nullish(),
  householdNo: z.string().nullish(),
});
export type Resident = z.infer<typeof ResidentSchema>;

/** Population register (人口库). */
export class PopulationAdapter {
  constructor(private readonly http: UpstreamClient) {}

  async resident(idNumber: string, opts: { timeoutMs?: number } = {}): Promise<Resident | null> {
    return this.http.get(`/population/residents/${encodeURIComponent(idNumber)}`, { cacheTtlMs: 5 * 60_000, ...opts, adapt: (raw) => ResidentSchema.parse(raw) });
  }
}
