import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { databaseTarget, type AppConfig } from '../config';
import { createUpstreams, type Upstreams } from '../upstreams';
import { openDatabase, type Database } from './db';
import { openSharedState, type SharedState } from './shared-state';
import { AuditService } from './audit';

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
    /** The BFF's own data, on SQLite or PostgreSQL; features reach it only through their repositories. */
    database: Database;
    /** What instances share: limits, markers, invalidation messages (in-process or Redis). */
    shared: SharedState;
    upstreams: Upstreams;
    audit: AuditService;
  }
}

/** The database (migrated on open unless told not to, closed with the app). */
export const dbPlugin = fp(async function db(app: FastifyInstance) {
  const database = await openDatabase(databaseTarget(app.config), {
    migrate: app.config.migrateOnStart,
    poolSize: app.config.databasePoolSize,
    log: (msg) => app.log.warn(msg),
  });
  app.decorate('database', database);
  app.addHook('onClose', async () => database.close());
}, { name: 'zsb-db' });

/** In-process shared state, or Redis when `REDIS_URL` is set. */
export const sharedStatePlugin = fp(async function sharedState(app: FastifyInstance, opts: { shared?: SharedState }) {
  // Given: another app in this process shares its state (two instances in one test); it closes it itself.
  const shared = opts.shared ?? await openSharedState(app.config.redisUrl, { prefix: app.config.redisPrefix });
  app.decorate('shared', shared);
  if (!opts.shared) app.addHook('onClose', async () => shared.close());
}, { name: 'zsb-shared-state' });

export const upstreamsPlugin = fp(async function upstreams(app: FastifyInstance) {
  app.decorate('upstreams', createUpstreams(app.config, app.shared, app.log));
}, { name: 'zsb-upstreams', dependencies: ['zsb-shared-state'] });

export const auditPlugin = fp(async function audit(app: FastifyInstance) {
  app.decorate('audit', new AuditService(app.database));
}, { name: 'zsb-audit', dependencies: ['zsb-db'] });
