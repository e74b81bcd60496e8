/**
 * After `taro build --type weapp`: writes 繁體中文, English, Français and 日本語 as plain CommonJS files into the
 * `settings` subpackage (dist/weapp/settings/i18n/<lang>.js), where src/i18n/index.ts loads them with
 * `require.async` when chosen. A mini-program cannot fetch code; this keeps about 320 KB of texts out of the
 * main package (issue 13: ≤ 600 KB). e2e/weapp-output.test.ts checks the files against the sources.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEAPP_DIR = fileURLToPath(new URL('../dist/weapp/', import.meta.url));
/** Where the files go, relative to dist/weapp: inside the `settings` subpackage root (src/app.config.ts). */
const WEAPP_LANGUAGE_DIR = 'settings/i18n';

const sources = {
  'zh-Hant': () => import('../src/i18n/zh-Hant.generated'),
  en: () => import('../src/i18n/en'),
  fr: () => import('../src/i18n/fr'),
  ja: () => import('../src/i18n/ja'),
};

if (!existsSync(path.join(WEAPP_DIR, 'app.json'))) throw new Error(`no weapp build in ${WEAPP_DIR}: run taro build --type weapp first`);
const out = path.join(WEAPP_DIR, WEAPP_LANGUAGE_DIR);
mkdirSync(out, { recursive: true });
for (const [lang, load] of Object.entries(sources)) {
  const texts = (await load()).default;
  // JSON is a JavaScript literal; UTF-8 as it is (WeChat reads UTF-8 sources), a third of \uXXXX escapes. Line and
  // paragraph separators escaped for older engines that do not take them inside strings.
  const literal = JSON.stringify(texts).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  writeFileSync(path.join(out, `${lang}.js`), `module.exports = ${literal};\n`);
}
console.log(`wrote ${Object.keys(sources).length} languages to ${out}`);
