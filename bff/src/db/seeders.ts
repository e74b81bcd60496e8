import type { Database } from '../platform/db';
import { importCatalogDataset } from '../features/catalog';

/**
 * Data the BFF owns that a fresh install needs (the service catalog, halls and windows, …).
 * Each seeder is idempotent and safe when several instances seed at once (conditional inserts):
 * running `npm start` twice changes nothing the second time. Runs on SQLite and PostgreSQL alike.
 * Features add one entry each.
 */
export interface Seeder {
  name: string;
  run(db: Database): Promise<unknown>;
}

export const SEEDERS: Seeder[] = [
  { name: 'catalog', run: (db) => importCatalogDataset(db) },
];

export async function runSeeders(db: Database, log: (line: string) => void = () => {}): Promise<void> {
  for (const s of SEEDERS) {
    const t0 = Date.now();
    await s.run(db);
    log(`seeded ${s.name} in ${Date.now() - t0} ms`);
  }
}
