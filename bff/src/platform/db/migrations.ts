import path from 'node:path';
import { BFF_ROOT } from '../paths';

const ROOT = path.join(BFF_ROOT, 'drizzle');

/** drizzle-kit's output per engine (`npm run db:generate` in bff writes both). */
export const MIGRATIONS = {
  sqlite: path.join(ROOT, 'sqlite'),
  postgres: path.join(ROOT, 'pg'),
};
