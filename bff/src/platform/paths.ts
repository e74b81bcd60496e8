import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The BFF package's folder, found by walking up to its package.json: the same answer whether this
 * runs as TypeScript from `src/` (development) or bundled into `dist/server.js` (production), so
 * migrations and data files are found from either.
 */
function findBffRoot(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === '@zsb/bff') return dir;
    if (path.dirname(dir) === dir) throw new Error('the @zsb/bff package folder was not found above this file');
  }
}

export const BFF_ROOT = findBffRoot();
export const REPO_ROOT = path.dirname(BFF_ROOT);
