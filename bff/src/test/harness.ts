import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildSandbox } from '../../sandbox/app';
import { inject } from 'vitest';
import pg from 'pg';
import { buildApp } from '../app';
import { deepMerge, loadConfig, type AppConfig } from '../config';
import type { Database } from '../platform/db';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export interface Stack {
  app: FastifyInstance;
  sandbox: FastifyInstance;
  sandboxUrl: string;
  config: AppConfig;
  dataDir: string;
  /** Which engine this run tests on (`ZSB_TEST_ENGINE`). */
  engine: 'sqlite' | 'postgres';
  /** The app's database, for assertions on what was stored. */
  readonly database: Database;
  /** Rows of a table (by its name in the schema), optionally filtered by column values. */
  rows<K extends keyof Database['schema']>(table: K, where?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  count<K extends keyof Database['schema']>(table: K, where?: Record<string, unknown>): Promise<number>;
  /** Signs in through the sandbox identity provider like the H5 login page does. */
  login(personaId: string): Promise<Session>;
  /** Makes one upstream (or `all`) slow or failing in the sandbox. */
  control(upstream: string, settings: { latencyMs?: number; failRate?: number; failStatus?: number }): Promise<void>;
  resetControls(): Promise<void>;
  /** Restarts the BFF on the same database file (for restart-safety tests). */
  restart(): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  headers: { authorization: string };
  /** `app.inject` with this session's bearer token. */
  inject(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

/**
 * The whole system for integration tests: the real sandbox listening on a random port, and the real
 * BFF on a fresh SQLite file in a temp folder, talking to each other over HTTP.
 */
export async function startStack(opts: {
  config?: DeepPartial<AppConfig>;
  sandbox?: Parameters<typeof buildSandbox>[0];
  listen?: boolean;
} = {}): Promise<Stack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'zsb-test-'));
  const engine = testEngine();
  const store = engine === 'postgres' ? await createTestDatabase() : undefined;
  const sandbox = await buildSandbox({ logger: false, ...opts.sandbox });
  await sandbox.listen({ host: '127.0.0.1', port: 0 });
  const address = sandbox.server.address();
  const sandboxUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const config = loadConfig({ SANDBOX_URL: sandboxUrl } as NodeJS.ProcessEnv, deepMerge({
    logLevel: 'silent',
    // Every answer of the integration suites is checked against its zod contract too.
    checkContracts: true,
    databaseFile: path.join(dataDir, 'zsb.db'),
    dataDir,
    staticDir: path.join(dataDir, 'no-static'),
    schedulers: false,
    port: 0,
    // Suites sign in dozens of personas from one address; the limit itself is tested with its own stack.
    rateLimit: { loginPerMinute: 10_000 },
    ...(store ? { databaseUrl: store.url, redisUrl: store.redisUrl, redisPrefix: store.prefix } : {}),
    writeRateLimit: { perMinute: 10_000, anonymousPerMinute: 10_000 },
  }, (opts.config ?? {}) as Record<string, unknown>) as DeepPartial<AppConfig>);

  let app = await buildApp(config);
  if (opts.listen) await app.listen({ host: '127.0.0.1', port: 0 });

  const stack: Stack = {
    get app() { return app; },
    sandbox, sandboxUrl, config, dataDir, engine,
    get database() { return app.database; },
    async rows(table, where = {}) {
      return selectWhere(app.database, table, where);
    },
    async count(table, where = {}) {
      return countWhere(app.database, table, where);
    },
    async login(personaId) {
      const a = await app.inject({ method: 'POST', url: '/api/v1/auth/authorize', payload: { personaId } });
      if (a.statusCode !== 200) throw new Error(`authorize ${personaId} failed: ${a.statusCode} ${a.body}`);
      const l = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { code: a.json().code, channel: 'h5' } });
      if (l.statusCode !== 200) throw new Error(`login ${personaId} failed: ${l.statusCode} ${l.body}`);
      const { accessToken, refreshToken } = l.json();
      const headers = { authorization: `Bearer ${accessToken}` };
      return {
        accessToken, refreshToken, headers,
        inject: (o: InjectOptions) => app.inject({ ...o, headers: { ...headers, ...(o.headers ?? {}) } }),
      };
    },
    async control(upstream, settings) {
      const r = await fetch(`${sandboxUrl}/_control`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ upstream, ...settings }),
      });
      if (!r.ok) throw new Error(`sandbox control failed: ${r.status}`);
    },
    async resetControls() {
      await fetch(`${sandboxUrl}/_control/reset`, { method: 'POST' });
    },
    async restart() {
      await app.close();
      app = await buildApp(config);
      if (opts.listen) await app.listen({ host: '127.0.0.1', port: 0 });
      return app;
    },
    async close() {
      await app.close();
      await sandbox.close();
      await store?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return stack;
}

/**
 * A second BFF instance on the stack's database, as another process would be: on PostgreSQL it
 * opens its own Redis connection (same prefix); on SQLite it shares the first app's in-process state,
 * which is what one process's instances share when there is no Redis.
 */
export async function secondInstance(stack: Stack): Promise<FastifyInstance> {
  return buildApp(stack.config, stack.engine === 'postgres' ? {} : { sharedState: stack.app.shared });
}

/** Base URL of a listening Fastify instance. */
export function urlOf(app: FastifyInstance): string {
  const a = app.server.address();
  return `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
}

export function testEngine(): 'sqlite' | 'postgres' {
  return process.env.ZSB_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
}

async function selectWhere(database: Database, table: keyof Database['schema'], where: Record<string, unknown>) {
  const { and, eq } = await import('drizzle-orm');
  const t = database.schema[table] as unknown as Record<string, never> & import('drizzle-orm/sqlite-core').SQLiteTable;
  const conditions = Object.entries(where).map(([col, value]) => eq(t[col as never], value));
  return (await database.q.select().from(t).where(conditions.length ? and(...conditions) : undefined)) as Record<string, unknown>[];
}

async function countWhere(database: Database, table: keyof Database['schema'], where: Record<string, unknown>) {
  const { and, eq, count } = await import('drizzle-orm');
  const t = database.schema[table] as unknown as Record<string, never> & import('drizzle-orm/sqlite-core').SQLiteTable;
  const conditions = Object.entries(where).map(([col, value]) => eq(t[col as never], value));
  const [r] = await database.q.select({ n: count() }).from(t).where(conditions.length ? and(...conditions) : undefined);
  return r?.n ?? 0;
}

/** A fresh PostgreSQL database for one stack, cloned from the migrated template, and a Redis key prefix of its own. */
export async function createTestDatabase(): Promise<{ url: string; redisUrl: string; prefix: string; drop(): Promise<void> }> {
  const adminUrl = inject('zsbTestPg');
  const redisUrl = inject('zsbTestRedis');
  const name = `zsb_t_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE zsb_template`);
  } finally {
    await admin.end();
  }
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  return {
    url, redisUrl, prefix: `${name}:`,
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

// What the global setup (global-setup.ts) provides to tests on a PostgreSQL run.
declare module 'vitest' {
  export interface ProvidedContext {
    zsbTestPg: string;
    zsbTestRedis: string;
  }
}
