// Regenerates src/i18n/zh-Hant.generated.ts after the 简体中文 texts change.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLanguage } from '../src/i18n/index';
import { zhHantSource } from './zh-hant';

// The 简体中文 texts the first screen does not need load on demand, also here.
await loadLanguage('zh-Hans');

const target = fileURLToPath(new URL('../src/i18n/zh-Hant.generated.ts', import.meta.url));
writeFileSync(target, zhHantSource());
console.log(`wrote ${target}`);
