// `npm run migrate`: applies pending migrations to the configured database once, then exits —
// what a rollout runs before starting new instances (which then find nothing to do).
import { databaseTarget, loadConfig } from '../config';
import { openDatabase, redactUrl } from '../platform/db';

try {
  const config = loadConfig();
  const target = databaseTarget(config);
  const db = await openDatabase(target, { migrate: true, log: (m) => console.warn(m) });
  await db.close();
  console.log(`› migrations applied to ${target.engine === 'sqlite' ? target.file : redactUrl(target.url)}`);
} catch (error) {
  console.error(`migrate failed: ${(error as Error).message}`);
  process.exit(1);
}
