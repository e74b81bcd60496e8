import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound, parse } from './http';
import { UPSTREAMS, type SandboxStore, type Upstream } from './store';

/** URL prefixes of each emulated upstream; a switch applies to every path under them. */
export const UPSTREAM_PREFIXES: Record<Upstream, readonly string[]> = {
  identity: ['/identity', '/sns'],
  population: ['/population'],
  legal: ['/legal'],
  certificates: ['/certificates'],
  housingFund: ['/housing-fund'],
  socialInsurance: ['/social-insurance'],
  hotline: ['/hotline'],
  catalog: ['/catalog'],
  payment: ['/pay'],
  courier: ['/courier'],
  halls: ['/halls'],
  wechat: ['/cgi-bin', '/wechat'],
  sms: ['/sms'],
};

export function upstreamOf(url: string): Upstream | undefined {
  const path = url.split('?')[0];
  return UPSTREAMS.find((u) => UPSTREAM_PREFIXES[u].some((p) => path === p || path.startsWith(`${p}/`)));
}

const ControlSchema = z.object({
  upstream: z.enum([...UPSTREAMS, 'all']),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  failRate: z.number().min(0).max(1).optional(),
  failStatus: z.number().int().min(400).max(599).optional(),
});

const ResetSchema = z.object({ data: z.boolean().optional() }).default({});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Switches that make an upstream slow or failing (so degradation is testable), plus data controls.
 * `/_control` and `/health` are never affected.
 */
export function controlSystem(app: FastifyInstance, store: SandboxStore): void {
  app.addHook('onRequest', async (req, reply) => {
    const upstream = upstreamOf(req.url);
    if (!upstream) return;
    const s = store.switches[upstream];
    if (s.latencyMs > 0) await sleep(s.latencyMs);
    if (s.failRate > 0 && Math.random() < s.failRate) {
      // A rate-limiting system says when to come back.
      if (s.failStatus === 429) reply.header('retry-after', '7');
      return reply.code(s.failStatus).send({ error: 'unavailable' });
    }
  });

  const state = () => ({ referenceDate: store.referenceDate, upstreams: store.switches });

  app.get('/_control', async () => state());

  app.post('/_control', async (req) => {
    const { upstream, ...change } = parse(ControlSchema, req.body);
    const targets = upstream === 'all' ? UPSTREAMS : [upstream];
    for (const u of targets) {
      const s = store.switches[u];
      if (change.latencyMs !== undefined) s.latencyMs = change.latencyMs;
      if (change.failRate !== undefined) s.failRate = change.failRate;
      if (change.failStatus !== undefined) s.failStatus = change.failStatus;
    }
    return state();
  });

  app.post('/_control/reset', async (req) => {
    const { data } = parse(ResetSchema, req.body ?? undefined);
    store.resetSwitches();
    if (data) store.resetData();
    return state();
  });

  app.post('/_control/certificates/:certificateId/revoke', async (req, reply) => {
    const cert = store.certificatesById.get((req.params as { certificateId: string }).certificateId);
    if (!cert) return notFound(reply);
    if (cert.status !== 'revoked') {
      cert.status = 'revoked';
      cert.revokedOn = store.referenceDate;
    }
    return cert;
  });

  app.get('/health', async () => ({ status: 'ok' }));
}
