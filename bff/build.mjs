// `npm run build` (bff): the production server as plain JavaScript in dist/server.js, so production
// runs on `node` without compiling TypeScript at start or keeping tsx's loader on every import.
// Our code and the shared workspace package are bundled; npm dependencies stay in node_modules.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// chinese-days is bundled too: its holiday table is a JSON module, which Node only imports with an attribute.
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => !d.startsWith('@zsb/') && d !== 'chinese-days');

await build({
  entryPoints: ['src/server.ts'],
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  // Bundled CommonJS code (from the shared package's dependencies) may call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log('bff/dist/server.js written');
