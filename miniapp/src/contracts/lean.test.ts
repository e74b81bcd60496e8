import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractNames, LEAN_DIR, leanContractSource } from '../../build-tools/lean-contracts';
import * as leanAuth from './auth';
import * as fullAuth from '@zsb/shared/contracts/auth';
import * as leanCatalog from './catalog';
import * as fullCatalog from '@zsb/shared/contracts/catalog';

describe('the app\'s zod-free contracts (src/contracts)', () => {
  it('are what the shared contracts generate now (run `npm run contracts:lean` after changing a contract)', async () => {
    for (const name of contractNames()) {
      const file = path.join(LEAN_DIR, `${name}.ts`);
      const onDisk = existsSync(file) ? readFileSync(file, 'utf8') : '(missing: run `npm run contracts:lean` in miniapp/)';
      expect(onDisk, `src/contracts/${name}.ts`).toBe(await leanContractSource(name));
    }
  });

  it('import nothing at run time but each other (types only from the contracts, no zod)', () => {
    for (const name of contractNames()) {
      const src = readFileSync(path.join(LEAN_DIR, `${name}.ts`), 'utf8');
      const runtimeImports = [...src.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]);
      expect(runtimeImports, name).toEqual([]);
    }
  });

  it('keep every route with the method, path, session need and status the BFF registers', () => {
    for (const [lean, full] of [[leanAuth.authRoutes, fullAuth.authRoutes], [leanCatalog.catalogRoutes, fullCatalog.catalogRoutes]] as const) {
      expect(Object.keys(lean)).toEqual(Object.keys(full));
      for (const [key, route] of Object.entries(full)) {
        const r = route as { method: string; path: string; auth?: boolean; status?: number };
        expect(lean[key as keyof typeof lean], key).toEqual(Object.fromEntries(
          Object.entries({ method: r.method, path: r.path, auth: r.auth, status: r.status }).filter(([, v]) => v !== undefined),
        ));
      }
    }
    // Plain constants are copied as they are.
    expect(leanCatalog.LIFE_EVENTS).toEqual(fullCatalog.LIFE_EVENTS);
  });
});
