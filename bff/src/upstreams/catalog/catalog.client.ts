import { z } from 'zod';
import type { UpstreamClient } from '../http-client';

const HotSchema = z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), departmentCode: z.string().nullish() })) });

/** The provincial service-catalog's hot list (used until our own usage counts take over). */
export class CatalogAdapter {
  constructor(private readonly http: UpstreamClient) {}

  async hotServices(opts: { timeoutMs?: number } = {}) {
    const r = await this.http.get('/catalog/hot-services', {
      cacheTtlMs: 60_000, ...opts,
      adapt: (raw) => HotSchema.parse(raw).items.map((i) => ({ code: i.code, name: i.name, ...(i.departmentCode ? { departmentCode: i.departmentCode } : {}) })),
    });
    return r ?? [];
  }
}
