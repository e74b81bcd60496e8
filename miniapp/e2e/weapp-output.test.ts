import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLanguage, SIMPLIFIED_CHINESE } from '../src/i18n';

const WEAPP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'weapp');
// WeChat refuses any package above 2 MB.
const PACKAGE_LIMIT = 2 * 1024 * 1024;
// Issue 13: what a phone downloads before the first page opens.
const MAIN_PACKAGE_BUDGET = 600 * 1024;
/** The languages loaded from the `settings` subpackage with `require.async` (build-tools/write-weapp-languages.ts). */
const SUBPACKAGE_LANGUAGES = ['zh-Hant', 'en', 'fr', 'ja'] as const;
const LANGUAGE_DIR = path.join(WEAPP, 'settings', 'i18n');
const SOURCES = {
  'zh-Hant': () => import('../src/i18n/zh-Hant.generated'),
  en: () => import('../src/i18n/en'),
  fr: () => import('../src/i18n/fr'),
  ja: () => import('../src/i18n/ja'),
};

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

  const subpackageRoots = () => new Set((appJson.subPackages ?? []).map((s) => path.join(WEAPP, s.root)));
  /** Every file of the main package: everything outside the subpackages' roots. */
  const mainPackageJs = () => jsFiles(WEAPP).filter((f) => ![...subpackageRoots()].some((root) => f.startsWith(`${root.replace(/\/$/, '')}${path.sep}`)));

  it('keeps the main package at most 600 KB, with no zod and no jsqr in any of its files', () => {
    const main = sizeOf(WEAPP, subpackageRoots());
    expect(main, `${Math.round(main / 1024)} KB`).toBeLessThanOrEqual(MAIN_PACKAGE_BUDGET);
    const files = mainPackageJs();
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const js = readFileSync(f, 'utf8');
      expect(js, path.relative(WEAPP, f)).not.toMatch(/\$Zod[A-Z]|ZodError/);
      expect(js, path.relative(WEAPP, f)).not.toMatch(/alignmentPatternCenters|jsQR/);
    }
    // The checks can see zod: the apply form (cases subpackage) really runs it.
    expect(jsFiles(path.join(WEAPP, 'cases')).some((f) => /\$Zod[A-Z]|ZodError/.test(readFileSync(f, 'utf8')))).toBe(true);
  });

  it('has 繁體中文, English, Français and 日本語 in the settings subpackage, exactly the texts of the sources', async () => {
    expect(appJson.subPackages?.map((s) => s.root.replace(/\/$/, ''))).toContain('settings');
    await loadLanguage('zh-Hans');
    // Evaluated as a CommonJS module, as WeChat does (Node's require would read it as ESM: miniapp is "type": "module").
    const requireFile = (file: string) => {
      const module = { exports: {} as unknown };
      runInNewContext(readFileSync(file, 'utf8'), { module, exports: module.exports }, { filename: file });
      return module.exports;
    };
    for (const lang of SUBPACKAGE_LANGUAGES) {
      const file = path.join(LANGUAGE_DIR, `${lang}.js`);
      expect(existsSync(file), file).toBe(true);
      const texts = requireFile(file) as Record<string, string>;
      expect(texts, lang).toEqual((await SOURCES[lang]()).default);
      expect(Object.keys(texts).sort(), lang).toEqual(Object.keys(SIMPLIFIED_CHINESE).sort());
    }
  });

  it('loads each of them with require.async from a root-level file of the main package, by a path that reaches it', () => {
    for (const lang of SUBPACKAGE_LANGUAGES) {
      const callers = mainPackageJs().filter((f) => readFileSync(f, 'utf8').includes(`require.async("./settings/i18n/${lang}.js")`));
      expect(callers.map((f) => path.relative(WEAPP, f)), lang).toHaveLength(1);
      // The path is relative to the calling file: it must sit at the root for `./settings/…` to reach the subpackage.
      expect(path.dirname(callers[0]!)).toBe(WEAPP.replace(/\/$/, ''));
      expect(existsSync(path.join(path.dirname(callers[0]!), 'settings', 'i18n', `${lang}.js`))).toBe(true);
      // And the texts themselves are not bundled in the main package.
      const sample = lang === 'en' ? 'Acting for {name}' : lang === 'fr' ? 'Vous n’avez donné procuration à personne' : null;
      if (sample) for (const f of mainPackageJs()) expect(readFileSync(f, 'utf8').includes(sample), path.relative(WEAPP, f)).toBe(false);
    }
  });

  it('carries no H5-only code: jsqr and the canvas decoding around it are not in any weapp file', () => {
    const js = jsFiles(WEAPP).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(js).not.toMatch(/alignmentPatternCenters|getImageData/);
  });

  it('bundles no server-only code (drizzle, fastify, node built-ins)', () => {
    const js = readdirSync(WEAPP).filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(WEAPP, f), 'utf8')).join('\n');
    expect(js).not.toMatch(/drizzle-orm|fastify|better-sqlite3|require\("node:/);
  });
});
