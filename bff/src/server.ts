import { loadConfig, type AppConfig } from './config';
import { buildApp } from './app';

// Listen and close gracefully; everything else lives in buildApp.
let config: AppConfig;
try {
  config = loadConfig();
} catch (err) {
  // A bad setting stops the boot with the variable's name, not a stack trace.
  console.error((err as Error).message);
  process.exit(1);
}
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
