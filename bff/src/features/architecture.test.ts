import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The house rules of issue 8, checked on the source: a feature is reached only through its public
// face, queries live only in repositories and run on both engines, upstream records stay in upstreams/.
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FEATURES = path.join(SRC, 'features');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const source = files(SRC).filter((f) => !f.includes(`${path.sep}dataset${path.sep}`));
const production = source.filter((f) => !/\.test\.ts$|\.test-support\.ts$|\.testing\.ts$|[\\/]test[\\/]|[\\/]scale[\\/]/.test(f));
const rel = (f: string) => path.relative(SRC, f);
const importsOf = (f: string) => [...readFileSync(f, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map((m) => m[1]!);
const featureOf = (f: string) => (f.startsWith(FEATURES + path.sep) ? path.relative(FEATURES, f).split(path.sep)[0] : undefined);

describe('the BFF\'s insides', () => {
  it('import another feature only through its public face (features/<feature>/index.ts)', () => {
    const offenders: string[] = [];
    for (const f of production) {
      const own = featureOf(f);
      for (const spec of importsOf(f)) {
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(f), spec);
        const other = featureOf(target);
        if (!other || other === own) continue;
        if (target !== path.join(FEATURES, other) && target !== path.join(FEATURES, other, 'index')) {
          // Table definitions are the schema's business: db/schema*.ts re-exports them.
          if (!rel(f).startsWith('db') ) offenders.push(`${rel(f)} → ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('give every feature a public face', () => {
    const missing = readdirSync(FEATURES).filter((d) => statSync(path.join(FEATURES, d)).isDirectory())
      .filter((d) => !files(path.join(FEATURES, d)).some((f) => path.basename(f) === 'index.ts'));
    expect(missing).toEqual([]);
  });

  it('keep queries in repositories, written so they run on SQLite and PostgreSQL alike', () => {
    const offenders: string[] = [];
    for (const f of production) {
      const text = readFileSync(f, 'utf8');
      const isRepository = /\.repository\.ts$/.test(f) || /[\\/]platform[\\/](db[\\/]|lease\.ts|audit\.ts|idempotency\.ts|group-commit\.ts)/.test(f);
      const isTable = /\.table(\.pg)?\.ts$/.test(f);
      if (!isRepository && !isTable && /\bsql`|\.(select|insert|update|delete)\([^)]*\)\s*\.(from|values|set|where)\b/.test(text)) offenders.push(`${rel(f)}: queries outside a repository`);
      const isDriver = /[\\/]platform[\\/]db[\\/]/.test(f);
      if (isRepository && !isDriver && /\.(get|all|run|values)\(\s*\)/.test(text.replace(/\.values\(\{[\s\S]*?\}\)/g, ''))) offenders.push(`${rel(f)}: SQLite-only .get()/.all()/.run()`);
      if (!isDriver && /\bapp\.(db|sqlite)\b|from '.*db\/client'/.test(text)) offenders.push(`${rel(f)}: the legacy synchronous SQLite handle`);
      if (/\browid\b|json_extract|strftime/.test(text)) offenders.push(`${rel(f)}: SQL that only SQLite understands`);
    }
    expect(offenders).toEqual([]);
  });

  it('keep the upstreams\' record types inside upstreams/', () => {
    const offenders = production.filter((f) => !rel(f).startsWith('upstreams'))
      .filter((f) => /\bLibraryCertificate\b|\bLibrary[A-Z]\w*Record\b/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(offenders).toEqual([]);
  });
});
