import { buildSandbox, DEFAULT_HOTLINE_WEBHOOK_SECRET, DEFAULT_HOTLINE_WEBHOOK_URL } from './app';

const port = Number(process.env.SANDBOX_PORT ?? 4000);
const host = process.env.SANDBOX_HOST ?? '127.0.0.1';

const app = buildSandbox({
  referenceDate: process.env.SANDBOX_REFERENCE_DATE || undefined,
  hotlineWebhookUrl: process.env.HOTLINE_WEBHOOK_URL ?? DEFAULT_HOTLINE_WEBHOOK_URL,
  hotlineWebhookSecret: process.env.HOTLINE_WEBHOOK_SECRET ?? DEFAULT_HOTLINE_WEBHOOK_SECRET,
  payment: { apiKey: process.env.PAYMENT_API_KEY || undefined, mchId: process.env.PAYMENT_MCH_ID || undefined },
  courierWebhookSecret: process.env.COURIER_WEBHOOK_SECRET || undefined,
  // Quiet by default: its request log would drown the BFF's output in `npm start`.
  logger: process.env.SANDBOX_LOG === '1',
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'closing sandbox');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

app.listen({ port, host }).catch((err) => {
  app.log.error(err);
  process.exit(1);
});
