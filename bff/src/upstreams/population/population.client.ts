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
  guardianIdNumbers: z.array(z.string()).nullish(),
});

const HouseholdSchema = z.object({
  householdNo: z.string(),
  members: z.array(z.object({ idNumber: z.string(), name: z.string(), birthDate: z.string(), guardianIdNumbers: z.array(z.string()).default([]) })),
});
export type Household = z.infer<typeof HouseholdSchema>;

const CommunityHelperSchema = z.object({ idNumber: z.string(), name: z.string(), station: z.string(), region: z.string(), phone: z.string().nullish() });
export type CommunityHelper = z.infer<typeof CommunityHelperSchema>;
export type Resident = z.infer<typeof ResidentSchema>;

/** Population register (人口库). */
export class PopulationAdapter {
  constructor(private readonly http: UpstreamClient) {}

  async resident(idNumber: string, opts: { timeoutMs?: number } = {}): Promise<Resident | null> {
    return this.http.get(`/population/residents/${encodeURIComponent(idNumber)}`, { cacheTtlMs: 5 * 60_000, ...opts, adapt: (raw) => ResidentSchema.parse(raw) });
  }

  /** The household (户) and its members with their registered guardians; null when unknown. */
  async household(householdNo: string, opts: { timeoutMs?: number } = {}): Promise<Household | null> {
    const r = await this.http.get(`/population/households/${encodeURIComponent(householdNo)}`, { cacheTtlMs: 60_000, ...opts });
    return r === null ? null : HouseholdSchema.parse(r);
  }

  /** The 网格员 / 代办员 register: the helper with this ID number, or null when they are not one. */
  async communityHelper(idNumber: string, opts: { timeoutMs?: number } = {}): Promise<CommunityHelper | null> {
    const r = await this.http.get(`/population/community-helpers/${encodeURIComponent(idNumber)}`, { cacheTtlMs: 60_000, ...opts });
    return r === null ? null : CommunityHelperSchema.parse(r);
  }
}
