import { loadConfig } from './config';
import { buildApp } from './app';

// Listen and close gracefully; everything else lives in buildApp. A bad setting or an unreachable
// database stops start-up with one line that names the variable, not a stack trace.
let app: Awaited<ReturnType<typeof buildApp>>;
try {
  const config = loadConfig();
  app = await buildApp(config);
  await app.listen({ host: config.host, port: config.port });
} catch (error) {
  console.error(`掌上办 BFF did not start: ${(error as Error).message}`);
  process.exit(1);
}

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'closing');
    await app.close();
    process.exit(0);
  });
}
