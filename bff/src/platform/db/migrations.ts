import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

/** drizzle-kit's output per engine (`npm run db:generate` in bff writes both). */
export const MIGRATIONS = {
  sqlite: path.join(ROOT, 'sqlite'),
  postgres: path.join(ROOT, 'pg'),
};
