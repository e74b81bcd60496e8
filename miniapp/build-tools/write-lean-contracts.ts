// Regenerates src/contracts/<name>.ts from shared/src/contracts (see lean-contracts.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { contractNames, LEAN_DIR, leanContractSource } from './lean-contracts';

for (const name of contractNames()) writeFileSync(path.join(LEAN_DIR, `${name}.ts`), await leanContractSource(name));
console.log(`wrote ${contractNames().length} modules to ${LEAN_DIR}`);
