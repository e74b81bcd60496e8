import { ensureBuilt } from '../../scripts/lib/tools.mjs';

/**
 * Builds the bundles the tests look at, only when their sources changed since the last build (the same
 * check `npm test` makes). `ZSB_E2E_REBUILD=1` forces a build, `ZSB_E2E_SKIP_BUILD=1` skips it.
 */
export default function setup(): void {
  if (process.env.ZSB_E2E_SKIP_BUILD === '1') return;
  const force = process.env.ZSB_E2E_REBUILD === '1';
  ensureBuilt('h5', { force });
  ensureBuilt('weapp', { force });
}
