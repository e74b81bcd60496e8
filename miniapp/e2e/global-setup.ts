import { ensureH5Build, ensureWeappBuild } from './harness';

/** Builds the bundles the tests look at, only when the sources changed since the last build. */
export default function setup(): void {
  if (process.env.ZSB_E2E_SKIP_BUILD === '1') return;
  ensureH5Build();
  ensureWeappBuild();
}
