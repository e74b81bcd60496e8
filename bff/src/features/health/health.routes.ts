import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { healthRoutes } from '@zsb/shared/contracts/health';
import { registerRoute } from '../../platform/route';

/** Answers ok while the process serves; upstream reachability is reported, not required. */
export const healthFeature = fp(async function healthFeature(app: FastifyInstance) {
  registerRoute(app, healthRoutes.health, async () => {
    const entries = Object.entries(app.config.upstreams);
    const bases = [...new Set(entries.map(([, url]) => url))];
    const reach = new Map(await Promise.all(bases.map(async (base) => {
      try {
        const r = await fetch(`${base.replace(/\/$/, '')}/health`, { signal: AbortSignal.timeout(500) });
        await r.body?.cancel();
        return [base, r.ok ? 'up' : 'down'] as const;
      } catch {
        return [base, 'down'] as const;
      }
    })));
    return { status: 'ok' as const, upstreams: Object.fromEntries(entries.map(([name, url]) => [name, reach.get(url)!])) };
  });
}, { name: 'feature-health' });
