import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildSandbox } from '../../sandbox/app';
import { DEV_SECRETS, loadConfig } from '../config';

const BFF = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(BFF, 'node_modules/.bin/tsx');
const SERVER = path.join(BFF, 'src/server.ts');

const SECRETS = {
  JWT_SECRET: 'prod-test-access-token-secret-9f8e7d6c5b4a39281706',
  UPLOAD_URL_SECRET: 'prod-test-upload-url-secret-0a1b2c3d4e5f60718293',
  RELYING_PARTY_SECRET: 'prod-test-relying-party-secret-a9b8c7d6e5f4030201',
  HOTLINE_WEBHOOK_SECRET: 'prod-test-hotline-webhook-secret-11223344556677',
  PAYMENT_API_KEY: 'prod-test-payment-apiv3-key-9876',
  COURIER_WEBHOOK_SECRET: 'prod-test-courier-webhook-secret-556677889900aa',
};

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

let dataDir: string;
let sandbox: FastifyInstance;
let sandboxUrl: string;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'zsb-prod-'));
  sandbox = await buildSandbox({ logger: false });
  await sandbox.listen({ host: '127.0.0.1', port: 0 });
  sandboxUrl = `http://127.0.0.1:${(sandbox.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The real entry point, as `npm start` runs it, with only the variables given (plus PATH). */
function startServer(env: Record<string, string>): ChildProcess & { stderrText: () => string } {
  const child = spawn(TSX, [SERVER], {
    cwd: BFF,
    env: {
      PATH: process.env.PATH ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', SANDBOX_URL: sandboxUrl,
      DATABASE_FILE: path.join(dataDir, 'zsb.db'), DATA_DIR: dataDir, STATIC_DIR: path.join(dataDir, 'no-static'),
      SCHEDULERS: 'false', LOG_LEVEL: 'warn', ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += String(d); });
  return Object.assign(child, { stderrText: () => stderr });
}

async function exitOf(child: ChildProcess, ms = 30_000): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('the server kept running')); }, ms);
    child.once('exit', (code) => { clearTimeout(t); resolve(code); });
  });
}

// Issue 12, defect 1: with NODE_ENV=production and no secrets the BFF started on the published defaults.
describe('default secrets in production (issue 12 defect 1)', () => {
  it.each(Object.keys(SECRETS))('refuses to start without %s, naming it', async (missing) => {
    const env: Record<string, string> = { ...SECRETS, PORT: String(await freePort()) };
    delete env[missing];
    const child = startServer(env);
    expect(await exitOf(child)).not.toBe(0);
    expect(child.stderrText()).toContain(missing);
  }, 40_000);

  it('refuses to start on a published development default or a short secret, naming the variable', async () => {
    const withDefault = startServer({ ...SECRETS, JWT_SECRET: DEV_SECRETS.JWT_SECRET, PORT: String(await freePort()) });
    expect(await exitOf(withDefault)).not.toBe(0);
    expect(withDefault.stderrText()).toMatch(/JWT_SECRET: is a published development default/);

    const short = startServer({ ...SECRETS, UPLOAD_URL_SECRET: 'too-short-0123456789', PORT: String(await freePort()) });
    expect(await exitOf(short)).not.toBe(0);
    expect(short.stderrText()).toMatch(/UPLOAD_URL_SECRET: must be at least 32 characters/);
  }, 60_000);

  it('with every secret set, starts without the sandbox login routes and without /docs', async () => {
    const port = await freePort();
    const child = startServer({ ...SECRETS, PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    try {
      let up = false;
      for (let i = 0; i < 150 && !up && child.exitCode === null; i++) {
        up = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
        if (!up) await new Promise((r) => setTimeout(r, 200));
      }
      expect(up, child.stderrText()).toBe(true);
      expect((await fetch(`${base}/api/v1/auth/personas`)).status).toBe(404);
      const authorize = await fetch(`${base}/api/v1/auth/authorize`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personaId: 'r001' }),
      });
      expect(authorize.status).toBe(404);
      expect((await fetch(`${base}/docs`)).status).toBe(404);
      expect((await fetch(`${base}/docs/json`)).status).toBe(404);
      // The real sign-in route is there: it answers a made-up code, not 404.
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'not-a-real-code', channel: 'h5' }),
      });
      expect(login.status).not.toBe(404);
    } finally {
      child.kill('SIGTERM');
      await exitOf(child).catch(() => undefined);
    }
  }, 60_000);
});

describe('configuration of secrets', () => {
  it('gives each purpose its own secret, also in development', () => {
    const c = loadConfig({});
    expect(new Set([c.jwtSecret, c.uploadUrlSecret, c.relyingPartySecret, c.hotlineWebhookSecret]).size).toBe(4);
    expect(c.production).toBe(false);
    expect(c.apiDocs).toBe(true);
  });

  it('refuses one secret reused for two purposes in production', () => {
    const same = 'the-same-secret-for-everything-0123456789abcdef';
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: same, UPLOAD_URL_SECRET: same, RELYING_PARTY_SECRET: SECRETS.RELYING_PARTY_SECRET, HOTLINE_WEBHOOK_SECRET: SECRETS.HOTLINE_WEBHOOK_SECRET }))
      .toThrow(/UPLOAD_URL_SECRET: must differ from JWT_SECRET/);
  });

  it('serves /docs in production only when API_DOCS=true', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...SECRETS }).apiDocs).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', API_DOCS: 'true', ...SECRETS }).apiDocs).toBe(true);
    expect(loadConfig({ API_DOCS: 'false' }).apiDocs).toBe(false);
  });
});
