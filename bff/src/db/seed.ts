// Applies migrations and seeds the configured database, then exits (`npm start` runs it before boot).
import { loadConfig } from '../config';
import { openDatabase } from './client';
import { runSeeders } from './seeders';

const config = loadConfig();
const { db, sqlite } = openDatabase(config.databaseFile);
await runSeeders(db, (line) => console.log(`  ${line}`));
sqlite.close();
console.log(`› database ready at ${config.databaseFile}`);
