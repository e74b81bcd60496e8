import Fastify, { type FastifyInstance } from 'fastify';
import { controlSystem } from './control';
import { chinaToday, SandboxError } from './http';
import { SandboxStore } from './store';
import { catalogSystem } from './systems/catalog';
import { courierSystem, DEFAULT_COURIER_WEBHOOK_SECRET } from './systems/courier';
import { DEFAULT_PAYMENT_API_KEY, DEFAULT_PAYMENT_MCH_ID, paymentSystem } from './systems/payment';
import { certificatesSystem } from './systems/certificates';
import { hallsSystem } from './systems/halls';
import { hotlineSystem } from './systems/hotline';
import { housingFundSystem } from './systems/housing-fund';
import { identitySystem } from './systems/identity';
import { legalSystem } from './systems/legal';
import { populationSystem } from './systems/population';
import { socialInsuranceSystem } from './systems/social-insurance';
import { smsSystem } from './systems/sms';
import { wechatSystem } from './systems/wechat';

export interface SandboxOptions {
  /** `YYYY-MM-DD` the synthetic data is arranged around ("today"); default: today in China. */
  referenceDate?: string;
  /** Where resolved hotline work orders are POSTed. */
  hotlineWebhookUrl?: string;
  /** HMAC-SHA256 key for `X-Hotline-Signature`. */
  hotlineWebhookSecret?: string;
  /** The payment platform's API v3 key (signs and encrypts notifications), merchant number and redelivery waits. */
  payment?: { apiKey?: string; mchId?: string; retryDelaysMs?: readonly number[] };
  /** HMAC-SHA256 key of the courier's trace pushes. */
  courierWebhookSecret?: string;
  logger?: boolean;
  /** The mini-program's credentials WeChat's sandbox accepts (default: the BFF's development ones). */
  wechat?: { appId: string; appSecret: string };
  /** Clock for one-time code expiry (tests). */
  now?: () => number;
}

export const DEFAULT_HOTLINE_WEBHOOK_URL = 'http://127.0.0.1:3000/api/v1/hotline/webhook';
export const DEFAULT_HOTLINE_WEBHOOK_SECRET = 'sandbox-hotline-secret';

declare module 'fastify' {
  interface FastifyInstance {
    sandboxStore: SandboxStore;
  }
}

/**
 * The government-data sandbox as a Fastify instance (not listening): every emulated upstream system,
 * the `/_control` switches and `/health`. The store is exposed as `app.sandboxStore` for tests.
 */
export function buildSandbox(opts: SandboxOptions = {}): FastifyInstance {
  const referenceDate = opts.referenceDate ?? chinaToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) throw new RangeError('referenceDate must be YYYY-MM-DD');
  const store = new SandboxStore(referenceDate);
  // Closing drops open connections at once: a request held by a latency control (or a client's
  // keep-alive socket) must not keep a test run waiting.
  const app = Fastify({ logger: opts.logger ?? false, forceCloseConnections: true });
  app.decorate('sandboxStore', store);

  // An empty JSON body counts as {} so clients may POST control calls without one.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new SandboxError(400, 'invalid_request', 'body is not valid JSON'), undefined);
    }
  });

  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send({ error: 'invalid_request', message: err.message });
    app.log.error(err);
    return reply.code(500).send({ error: 'internal', message: err.message });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'not_found' }));

  controlSystem(app, store);
  identitySystem(app, store, opts.now ?? Date.now);
  populationSystem(app, store);
  legalSystem(app, store);
  certificatesSystem(app, store);
  housingFundSystem(app, store);
  socialInsuranceSystem(app, store);
  hotlineSystem(app, store, {
    webhookUrl: opts.hotlineWebhookUrl ?? DEFAULT_HOTLINE_WEBHOOK_URL,
    webhookSecret: opts.hotlineWebhookSecret ?? DEFAULT_HOTLINE_WEBHOOK_SECRET,
  });
  catalogSystem(app);
  paymentSystem(app, {
    apiKey: opts.payment?.apiKey ?? DEFAULT_PAYMENT_API_KEY, mchId: opts.payment?.mchId ?? DEFAULT_PAYMENT_MCH_ID,
    retryDelaysMs: opts.payment?.retryDelaysMs,
  });
  courierSystem(app, { webhookSecret: opts.courierWebhookSecret ?? DEFAULT_COURIER_WEBHOOK_SECRET });
  hallsSystem(app);
  wechatSystem(app, opts.wechat ?? { appId: 'touristappid', appSecret: 'sandbox-secret' });
  smsSystem(app);
  return app;
}
