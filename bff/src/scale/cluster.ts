import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { buildSandbox } from '../../sandbox/app';
import { createTestDatabase } from '../test/harness';
// @ts-expect-error plain .mjs helper shared with the README commands
import { freePort, startNginx, startRedis, waitForPort } from '../../../scripts/lib/servers.mjs';

const BFF_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// node with tsx as a loader, not the tsx CLI: the CLI runs the server in a child process of its own,
// and a kill -9 of the CLI would leave that server running.
const NODE_ARGS = ['--import', 'tsx'];

export interface Instance {
  name: string;
  url: string;
  port: number;
  process: ChildProcess;
  /** Output, for a failing test's message. */
  log: string[];
}

export interface Cluster {
  /** The load balancer in front of every instance. */
  url: string;
  instances: Instance[];
  sandbox: FastifyInstance;
  sandboxUrl: string;
  databaseUrl: string;
  redis: { url: string; restart(): Promise<void> };
  /** kill -9 of one instance. */
  kill(i: number): Promise<void>;
  /** Starts a killed instance again on its port (it rejoins the balancer). */
  restart(i: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A small deployment on this machine: a sandbox, PostgreSQL (one database of the test server),
 * its own Redis, `n` BFF processes started from the real server entry, and nginx round-robin in front.
 */
export async function startCluster(opts: { instances?: number; engine?: 'postgres' | 'sqlite'; env?: Record<string, string> } = {}): Promise<Cluster> {
  const n = opts.instances ?? 2;
  const engine = opts.engine ?? 'postgres';
  const sandbox = await buildSandbox({ logger: false });
  await sandbox.listen({ host: '127.0.0.1', port: 0 });
  const sandboxUrl = `http://127.0.0.1:${(sandbox.server.address() as { port: number }).port}`;
  const sqliteDir = engine === 'sqlite' ? mkdtempSync(path.join(tmpdir(), 'zsb-cluster-')) : undefined;
  const db = sqliteDir
    ? { url: `file:${path.join(sqliteDir, 'zsb.db')}`, prefix: 'zsb:', drop: async () => rmSync(sqliteDir, { recursive: true, force: true }) }
    : await createTestDatabase();
  // A Redis of its own, so the fault tests can restart it without disturbing other suites.
  const redis = await startRedis();
  const ports: number[] = [];
  for (let i = 0; i < n; i++) ports.push(await freePort());
  const env = (port: number): NodeJS.ProcessEnv => ({
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port), HOST: '127.0.0.1',
    SANDBOX_URL: sandboxUrl,
    DATABASE_URL: db.url,
    ...(engine === 'postgres' || n > 1 ? { REDIS_URL: redis.url, REDIS_PREFIX: db.prefix, INSTANCES: String(n) } : {}),
    LOG_LEVEL: 'warn',
    CONTRACT_CHECK: 'true',
    STATIC_DIR: path.join(BFF_DIR, 'no-static'),
    // nginx on this machine is the trusted proxy: the client address comes from its X-Forwarded-For.
    TRUSTED_PROXIES: '127.0.0.1',
    ...opts.env,
  });
  const instances: Instance[] = [];
  const launch = async (i: number) => {
    const port = ports[i]!;
    const log: string[] = instances[i]?.log ?? [];
    const child = spawn(process.execPath, [...NODE_ARGS, path.join(BFF_DIR, 'src/server.ts')], { cwd: BFF_DIR, env: env(port), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => log.push(String(d)));
    child.stderr!.on('data', (d) => log.push(String(d)));
    instances[i] = { name: `bff${i + 1}`, url: `http://127.0.0.1:${port}`, port, process: child, log };
    try {
      await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, child);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${log.join('')}`);
    }
  };
  // One after the other: the first migrates (under the advisory lock), the next finds nothing to do.
  for (let i = 0; i < n; i++) await launch(i);
  // One instance needs no balancer.
  const nginx = n > 1 ? await startNginx(ports.map((p) => `127.0.0.1:${p}`)) : undefined;
  if (nginx) await waitForPort(nginx.port, 10_000);

  return {
    url: nginx?.url ?? instances[0]!.url, instances, sandbox, sandboxUrl, databaseUrl: db.url, redis,
    async kill(i) {
      const child = instances[i]!.process;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    },
    async restart(i) {
      await launch(i);
    },
    async close() {
      await nginx?.stop();
      for (const inst of instances) {
        if (inst.process.exitCode === null && inst.process.signalCode === null) {
          inst.process.kill('SIGTERM');
          await new Promise((r) => inst.process.once('exit', r));
        }
      }
      await redis.stop();
      await sandbox.close();
      await db.drop();
    },
  };
}

async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

/** Signs in a sandbox persona through `baseUrl` (authorize → login), like the H5 login page. */
export async function login(baseUrl: string, personaId: string): Promise<{ accessToken: string; refreshToken: string; auth: Record<string, string> }> {
  const a = await fetch(`${baseUrl}/api/v1/auth/authorize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personaId }) });
  if (!a.ok) throw new Error(`authorize ${personaId}: ${a.status} ${await a.text()}`);
  const { code } = await a.json() as { code: string };
  const l = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, channel: 'h5' }) });
  if (!l.ok) throw new Error(`login ${personaId}: ${l.status} ${await l.text()}`);
  const { accessToken, refreshToken } = await l.json() as { accessToken: string; refreshToken: string };
  return { accessToken, refreshToken, auth: { authorization: `Bearer ${accessToken}` } };
}

export async function api(baseUrl: string, method: string, url: string, opts: { headers?: Record<string, string>; body?: unknown } = {}) {
  const r = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
  });
  const text = await r.text();
  let json: unknown = undefined;
  try { json = text ? JSON.parse(text) : undefined; } catch { /* not JSON */ }
  return { status: r.status, json: json as any, text, headers: r.headers };
}
