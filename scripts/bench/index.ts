// `npm run bench`: runs every scripts/bench/*.bench.ts, prints the tables and writes docs/benchmarks.md.
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, type BenchSection } from './lib';

const only = process.argv.slice(2);
const files = readdirSync(path.join(ROOT, 'scripts/bench')).filter((f) => f.endsWith('.bench.ts')).sort()
  .filter((f) => !only.length || only.some((o) => f.startsWith(o)));

const sections: BenchSection[] = [];
for (const f of files) {
  console.log(`› ${f}`);
  const mod = await import(path.join(ROOT, 'scripts/bench', f));
  const out: BenchSection | BenchSection[] = await mod.run();
  for (const s of Array.isArray(out) ? out : [out]) {
    sections.push(s);
    console.log(`\n${s.title}`);
    console.table(s.rows.map((r) => Object.fromEntries(s.columns.map((c, i) => [c, r[i]]))));
  }
}

const md = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. The machines are shared and noisy, so each figure is ` +
    'compared with a baseline measured in the same run; read the ratios, not the absolute numbers.',
  '',
  ...sections.flatMap((s) => [
    `## ${s.title}`, '', s.description, '',
    `| ${s.columns.join(' | ')} |`, `|${s.columns.map(() => ' --- ').join('|')}|`,
    ...s.rows.map((r) => `| ${r.join(' | ')} |`), '',
    ...(s.notes ?? []).map((n) => `- ${n}`), ...(s.notes?.length ? [''] : []),
  ]),
].join('\n');
if (!only.length) writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), md);
else console.log('\n(partial run: docs/benchmarks.md left unchanged)');
process.exit(0);
