import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isFirstScreenText, loadLanguage, SIMPLIFIED_CHINESE } from './index';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The first screen: the app shell, sign-in and home (components/Screen renders them before the rest of 简体中文 is here).
const ENTRIES = ['app.tsx', 'pages/login/index.tsx', 'pages/home/index.tsx', 'components/Screen/index.tsx', 'hooks/useTabBarTexts.ts'];

function resolveImport(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) if (existsSync(f)) return f;
  return null;
}

/** Every source file the first screen's modules import, following relative imports (the texts themselves aside). */
function firstScreenModules(): string[] {
  const seen = new Set<string>();
  const todo = ENTRIES.map((e) => path.join(SRC, e));
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)) {
      const target = resolveImport(file, m[1]!);
      if (target && !target.includes(`${path.sep}i18n${path.sep}`) && !target.endsWith('.test.ts')) todo.push(target);
    }
  }
  return [...seen];
}

beforeAll(() => loadLanguage('zh-Hans'));

describe('the first screen\'s texts', () => {
  it('are all part of the app, not of the 简体中文 loaded after it (move them to zh-Hans/first-screen.ts)', () => {
    const allKeys = Object.keys(SIMPLIFIED_CHINESE);
    const used = new Set<string>();
    for (const file of firstScreenModules()) {
      const src = readFileSync(file, 'utf8');
      // Literal keys, and the keys a template (`catalog.event.${e}`) can make.
      for (const m of src.matchAll(/['`]([a-z][A-Za-z]*\.[A-Za-z0-9_.]+)['`]/g)) if (m[1]! in SIMPLIFIED_CHINESE) used.add(m[1]!);
      for (const m of src.matchAll(/`([a-z][A-Za-z]*\.[A-Za-z0-9_.]*)\$\{/g)) for (const k of allKeys) if (k.startsWith(m[1]!)) used.add(k);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !isFirstScreenText(k))).toEqual([]);
  });
});

describe('error sentences of features loaded after the first screen', () => {
  it('are found in a language that is loaded even when the rest of 简体中文 is not', async () => {
    const featureError = Object.keys(SIMPLIFIED_CHINESE).find((k) => k.startsWith('errors.') && !isFirstScreenText(k));
    expect(featureError).toBeDefined();
    const code = featureError!.slice('errors.'.length);
    // A fresh copy of the module, as in an app reading English that never loaded the rest of 简体中文.
    vi.resetModules();
    const fresh = await import('./index');
    await fresh.loadLanguage('en');
    expect(fresh.isLanguageLoaded('zh-Hans')).toBe(false);
    expect(fresh.errorKey(code)).toBe(featureError);
    expect(fresh.translate('en', fresh.errorKey(code))).not.toBe(featureError);
  });
});
