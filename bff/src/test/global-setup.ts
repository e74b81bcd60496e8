// vitest global setup: with ZSB_TEST_ENGINE=postgres, the suite runs on a throwaway PostgreSQL and
// Redis started here (installed from Debian's packages when missing) and stopped afterwards.
// Each stack of the harness then gets its own database, cloned from a migrated template.
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain .mjs helper shared with the README commands
import { startPostgres, startRedis } from '../../../scripts/lib/servers.mjs';
import { PostgresDatabase } from '../platform/db';

export const TEMPLATE_DB = 'zsb_template';

export default async function setup(project: TestProject) {
  if (process.env.ZSB_TEST_ENGINE !== 'postgres') return;
  const pg = await startPostgres();
  const redis = await startRedis();
  pg.psql(`CREATE DATABASE ${TEMPLATE_DB}`);
  const db = await PostgresDatabase.open(pg.urlFor(TEMPLATE_DB));
  await db.close();
  process.env.ZSB_TEST_PG_URL = pg.url;
  process.env.ZSB_TEST_REDIS_URL = redis.url;
  project.provide('zsbTestPg', pg.url);
  project.provide('zsbTestRedis', redis.url);
  return async () => {
    await redis.stop();
    pg.stop();
  };
}
