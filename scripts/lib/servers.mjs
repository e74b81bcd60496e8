// Throwaway PostgreSQL, Redis and nginx for tests and benchmarks: installed from Debian's packages
// when missing (like Chromium), started on free ports under a temporary directory, stopped afterwards.
// Plain Node only: the README commands call this before dependencies exist.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const asRoot = () => process.getuid?.() === 0;

function run(args, opts = {}) {
  const [cmd, ...rest] = args;
  const r = spawnSync(cmd, rest, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, ...opts });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

let aptUpdated = false;
/** Installs Debian packages that are missing (apt-get, as root or through sudo). */
export function ensureDebianPackages(packages) {
  const missing = packages.filter((p) => spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).stdout?.includes('install ok installed') !== true);
  if (missing.length === 0) return;
  console.log(`› installing ${missing.join(', ')} from Debian packages…`);
  const sudo = asRoot() ? [] : ['sudo'];
  if (!aptUpdated) {
    run([...sudo, 'apt-get', 'update'], { stdio: 'inherit' });
    aptUpdated = true;
  }
  run([...sudo, 'apt-get', 'install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit' });
}

export function pgBinDir() {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(path.join(base, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql');
  return path.join(base, versions[0], 'bin');
}

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL in a new cluster (C collation, so text sorts by code point as on SQLite).
 * PostgreSQL refuses to run as root: the cluster belongs to the `postgres` user when we are root.
 */
export async function startPostgres({ dir } = {}) {
  ensureDebianPackages(['postgresql']);
  const bin = pgBinDir();
  const root = dir ?? mkdtempSync(path.join(tmpdir(), 'zsb-pg-'));
  const port = await freePort();
  const data = path.join(root, 'data');
  const sock = path.join(root, 'sock');
  mkdirSync(sock, { recursive: true });
  const as = asRoot() ? ['runuser', '-u', 'postgres', '--'] : [];
  if (asRoot()) {
    chmodSync(root, 0o777);
    run(['chown', '-R', 'postgres:postgres', root]);
  }
  run([...as, path.join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'zsb', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const opts = `-p ${port} -k ${sock} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=300 -c shared_buffers=128MB`;
  run([...as, path.join(bin, 'pg_ctl'), '-D', data, '-o', opts, '-l', path.join(root, 'log'), '-w', 'start']);
  const url = `postgres://zsb@127.0.0.1:${port}/postgres`;
  return {
    url, port, dir: root,
    /** `postgres://…/<name>` for a database of this server. */
    urlFor: (name) => `postgres://zsb@127.0.0.1:${port}/${name}`,
    psql: (sql, db = 'postgres') => run([path.join(bin, 'psql'), '-h', '127.0.0.1', '-p', String(port), '-U', 'zsb', '-d', db, '-v', 'ON_ERROR_STOP=1', '-tAc', sql]),
    restart: () => run([...as, path.join(bin, 'pg_ctl'), '-D', data, '-o', opts, '-l', path.join(root, 'log'), '-w', 'restart', '-m', 'fast']),
    stop() {
      spawnSync(as[0] ?? path.join(bin, 'pg_ctl'), [...as.slice(1), ...(as.length ? [path.join(bin, 'pg_ctl')] : []), '-D', data, '-m', 'immediate', 'stop'], { stdio: 'ignore' });
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Starts Redis without persistence on a free port. */
export async function startRedis() {
  ensureDebianPackages(['redis-server']);
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'zsb-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
  const start = () => {
    const child = spawn('redis-server', args, { stdio: 'ignore', detached: false });
    return child;
  };
  let child = start();
  await waitForPort(port, 10_000);
  return {
    url: `redis://127.0.0.1:${port}`, port,
    async restart() {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      child = start();
      await waitForPort(port, 10_000);
    },
    async stop() {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts nginx as a round-robin load balancer in front of `upstreams` (`host:port` each). */
export async function startNginx(upstreams) {
  ensureDebianPackages(['nginx-light']);
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'zsb-nginx-'));
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream bff {
    ${upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=2s;`).join('\n    ')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://bff;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502 non_idempotent;
      proxy_connect_timeout 1s;
    }
  }
}
`);
  const child = spawn('nginx', ['-c', conf, '-p', dir], { stdio: 'ignore' });
  await waitForPort(port, 10_000);
  return {
    url: `http://127.0.0.1:${port}`, port,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function waitForPort(port, timeoutMs) {
  const { connect } = await import('node:net');
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listened on port ${port} within ${timeoutMs} ms`);
}
