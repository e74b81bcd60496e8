import { defineConfig } from 'drizzle-kit';

// PostgreSQL: the pg-core twins of every table (src/db/schema.pg.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.pg.ts',
  out: './drizzle/pg',
});
