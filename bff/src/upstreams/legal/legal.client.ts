import { z } from 'zod';
import type { UpstreamClient } from '../http-client';

const EntitySchema = z.object({
  uscc: z.string(),
  name: z.string(),
  type: z.string().nullish(),
  legalRepresentative: z.object({ name: z.string(), idNumber: z.string() }),
  registeredCapital: z.union([z.string(), z.number()]).nullish(),
  establishedOn: z.string().nullish(),
  address: z.string().nullish(),
  region: z.string().nullish(),
  status: z.string(),
  businessScope: z.string().nullish(),
});
export type LegalEntity = z.infer<typeof EntitySchema>;

const RolesSchema = z.object({
  entities: z.array(z.object({ uscc: z.string(), name: z.string(), role: z.enum(['legal_representative', 'agent']) })),
});
export type EntityRole = z.infer<typeof RolesSchema>['entities'][number];

/** Legal-entity register (法人库). */
export class LegalAdapter {
  constructor(private readonly http: UpstreamClient) {}

  async entity(uscc: string): Promise<LegalEntity | null> {
    return this.http.get(`/legal/entities/${encodeURIComponent(uscc)}`, { cacheTtlMs: 5 * 60_000, adapt: (raw) => EntitySchema.parse(raw) });
  }

  /** Enterprises a person may act for, as legal representative or registered agent. */
  async rolesOf(personIdNumber: string, opts: { timeoutMs?: number } = {}): Promise<EntityRole[]> {
    const r = await this.http.get(`/legal/entities?personIdNumber=${encodeURIComponent(personIdNumber)}`, {
      cacheTtlMs: 60_000, ...opts, adapt: (raw) => RolesSchema.parse(raw).entities,
    });
    return r ?? [];
  }
}
