import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WEAPP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'weapp');
// WeChat refuses any package above 2 MB.
const PACKAGE_LIMIT = 2 * 1024 * 1024;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? jsFiles(p) : e.name.endsWith('.js') ? [p] : [];
  });
}

function sizeOf(dir: string, skip: Set<string> = new Set()): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (skip.has(p)) continue;
    total += e.isDirectory() ? sizeOf(p, skip) : statSync(p).size;
  }
  return total;
}

describe('weapp build output', () => {
  const appJson = JSON.parse(readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
  };

  it('lists the main pages in app.json, with the sign-in page first', () => {
    expect(appJson.pages[0]).toBe('pages/login/index');
    expect(appJson.pages).toEqual(expect.arrayContaining(['pages/home/index', 'pages/wallet/index', 'pages/certificate/index']));
  });

  it('has the app entry files and a project.config.json rooted at the output folder', () => {
    for (const f of ['app.js', 'app.wxss', 'project.config.json']) expect(existsSync(path.join(WEAPP, f)), f).toBe(true);
    const project = JSON.parse(readFileSync(path.join(WEAPP, 'project.config.json'), 'utf8')) as { miniprogramRoot: string; appid: string };
    expect(project.miniprogramRoot).toBe('./');
    expect(project.appid).toBeTruthy();
  });

  it('emits js, json, wxml and wxss for every page, main and subpackage', () => {
    const pages = [...appJson.pages, ...(appJson.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))];
    for (const page of pages) {
      for (const ext of ['js', 'json', 'wxml', 'wxss']) expect(existsSync(path.join(WEAPP, `${page}.${ext}`)), `${page}.${ext}`).toBe(true);
    }
  });

  it('keeps the main package under 2 MB and each subpackage under 2 MB', () => {
    const roots = new Set((appJson.subPackages ?? []).map((s) => path.join(WEAPP, s.root)));
    const main = sizeOf(WEAPP, roots);
    expect(main).toBeLessThan(PACKAGE_LIMIT);
    for (const root of roots) expect(sizeOf(root)).toBeLessThan(PACKAGE_LIMIT);
  });

  // Issue 13 also asks for a main package ≤ 600 KB (764 KB now) and no zod (still in vendors.js): not met yet, see docs/first-screen.md.
  it('carries no H5-only code: jsqr and the canvas decoding around it are not in any weapp file', () => {
    const js = jsFiles(WEAPP).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(js).not.toMatch(/alignmentPatternCenters|getImageData/);
  });

  it('bundles no server-only code (drizzle, fastify, node built-ins)', () => {
    const js = readdirSync(WEAPP).filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(WEAPP, f), 'utf8')).join('\n');
    expect(js).not.toMatch(/drizzle-orm|fastify|better-sqlite3|require\("node:/);
  });
});
