import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../test/harness';

// The H5 build as the BFF serves it: compressed copies made at build time, immutable hashed files.
let stack: Stack;
const js = `console.log(${JSON.stringify('掌上办'.repeat(500))});`;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zsb-static-'));
  mkdirSync(path.join(dir, 'js'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script src="/js/app.0123abcd.js"></script>');
  writeFileSync(path.join(dir, 'js/app.0123abcd.js'), js);
  writeFileSync(path.join(dir, 'js/app.0123abcd.js.br'), brotliCompressSync(js));
  writeFileSync(path.join(dir, 'js/app.0123abcd.js.gz'), gzipSync(js));
  writeFileSync(path.join(dir, 'sw.js'), "self.addEventListener('fetch', () => {});");
  stack = await startStack({ config: { staticDir: dir } });
});
afterAll(async () => { await stack.close(); });

describe('the H5 files', () => {
  it('go out brotli- or gzip-compressed as the browser accepts, made at build time', async () => {
    const br = await stack.app.inject({ method: 'GET', url: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode, br.body).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(js) / 5);
    const gz = await stack.app.inject({ method: 'GET', url: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const raw = await stack.app.inject({ method: 'GET', url: '/js/app.0123abcd.js' });
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body).toBe(js);
  });

  it('cache hashed files for a year and make index.html revalidate', async () => {
    const hashed = await stack.app.inject({ method: 'GET', url: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'br' } });
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const index = await stack.app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('keep helmet\'s document policy on the app\'s page, while API answers get the lean API set', async () => {
    const index = await stack.app.inject({ method: 'GET', url: '/' });
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['x-frame-options']).toBe('SAMEORIGIN');
    const api = await stack.app.inject({ method: 'GET', url: '/api/v1/services?q=x' });
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serve the service worker from the root, revalidated on every visit so a release replaces the cached shell', async () => {
    const sw = await stack.app.inject({ method: 'GET', url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-type']).toMatch(/javascript/);
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.body).toContain('fetch');
  });
});
