import { loadConfig } from './config';
import { buildApp } from './app';

// Listen and close gracefully; everything else lives in buildApp.
const config = loadConfig();
const app = await buildApp(config);
await app.listen({ host: config.host, port: config.port });

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
