import { z } from 'zod';
import { defineRoute } from './route';

export const healthRoutes = {
  health: defineRoute({
    method: 'GET', path: '/api/health', auth: false, tags: ['health'],
    summary: 'Liveness plus reachability of each upstream system',
    response: z.object({
      status: z.literal('ok'),
      upstreams: z.record(z.string(), z.enum(['up', 'down'])),
    }),
  }),
} as const;
