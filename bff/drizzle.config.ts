import { defineConfig } from 'drizzle-kit';

// SQLite, the embedded default. PostgreSQL's twin is drizzle.pg.config.ts; `npm run db:generate` runs both.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './drizzle/sqlite',
});
