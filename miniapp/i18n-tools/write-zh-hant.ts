// Regenerates src/i18n/zh-Hant.generated.ts after the 简体中文 texts change.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zhHantSource } from './zh-hant';

const target = fileURLToPath(new URL('../src/i18n/zh-Hant.generated.ts', import.meta.url));
writeFileSync(target, zhHantSource());
console.log(`wrote ${target}`);
