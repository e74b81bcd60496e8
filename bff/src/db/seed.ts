// Applies migrations and seeds the configured database (SQLite or PostgreSQL), then exits (`npm start` runs it before boot).
import { databaseTarget, loadConfig } from '../config';
import { openDatabase, redactUrl } from '../platform/db';
import { runSeeders } from './seeders';

try {
  const config = loadConfig();
  const target = databaseTarget(config);
  const database = await openDatabase(target, { log: (msg) => console.warn(`  ${msg}`) });
  try {
    await runSeeders(database, (line) => console.log(`  ${line}`));
  } finally {
    await database.close();
  }
  console.log(`› database ready at ${target.engine === 'sqlite' ? target.file : redactUrl(target.url)}`);
} catch (error) {
  console.error(`seed failed: ${(error as Error).message}`);
  process.exit(1);
}
