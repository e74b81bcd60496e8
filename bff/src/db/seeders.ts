import type { Db } from './client';
import { importCatalogDataset } from '../features/catalog/catalog.service';

/**
 * Data the BFF owns that a fresh install needs (the service catalog, halls and windows, …).
 * Each seeder is idempotent: running `npm start` twice changes nothing the second time.
 * Features add one entry each.
 */
export interface Seeder {
  name: string;
  run(db: Db): void | Promise<void>;
}

export const SEEDERS: Seeder[] = [
  { name: 'catalog', run: (db) => { importCatalogDataset(db); } },
];

export async function runSeeders(db: Db, log: (line: string) => void = () => {}): Promise<void> {
  for (const s of SEEDERS) {
    const t0 = Date.now();
    await s.run(db);
    log(`seeded ${s.name} in ${Date.now() - t0} ms`);
  }
}
