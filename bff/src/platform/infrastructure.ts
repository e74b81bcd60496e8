import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config';
import { openDatabase, type Db, type Sqlite } from '../db/client';
import { createUpstreams, type Upstreams } from '../upstreams';
import { AuditService } from './audit';

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
    db: Db;
    sqlite: Sqlite;
    upstreams: Upstreams;
    audit: AuditService;
  }
}

/** The database (migrated on open, closed with the app). */
export const dbPlugin = fp(async function db(app: FastifyInstance) {
  const { db, sqlite } = openDatabase(app.config.databaseFile);
  app.decorate('db', db);
  app.decorate('sqlite', sqlite);
  app.addHook('onClose', async () => sqlite.close());
}, { name: 'zsb-db' });

export const upstreamsPlugin = fp(async function upstreams(app: FastifyInstance) {
  app.decorate('upstreams', createUpstreams(app.config, app.log));
}, { name: 'zsb-upstreams' });

export const auditPlugin = fp(async function audit(app: FastifyInstance) {
  app.decorate('audit', new AuditService(app.db));
}, { name: 'zsb-audit', dependencies: ['zsb-db'] });
