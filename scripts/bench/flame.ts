// Turns a V8 .cpuprofile into a flame graph (SVG, root at the bottom) and a table of the heaviest frames.
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[] }

const label = (n: Node) => {
  const url = n.callFrame.url.replace(/^file:\/\//, '').replace(/.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/.*\/(bff|shared|scripts)\//, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'}${url ? ` ${url}:${n.callFrame.lineNumber + 1}` : ''}`;
};

/** Samples spent in each node and below it; idle and GC kept as their own frames. */
function weigh(p: Profile) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const s of p.samples) self.set(s, (self.get(s) ?? 0) + 1);
  const total = new Map<number, number>();
  const sum = (id: number): number => {
    const n = byId.get(id)!;
    const t = (self.get(id) ?? 0) + (n.children ?? []).reduce((a, c) => a + sum(c), 0);
    total.set(id, t);
    return t;
  };
  sum(p.nodes[0].id);
  return { byId, self, total, root: p.nodes[0] };
}

export function topFrames(file: string, count = 25): { frame: string; selfPct: number }[] {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const { byId, self } = weigh(p);
  const byLabel = new Map<string, number>();
  for (const [id, c] of self) byLabel.set(label(byId.get(id)!), (byLabel.get(label(byId.get(id)!)) ?? 0) + c);
  const all = p.samples.length;
  return [...byLabel].sort((a, b) => b[1] - a[1]).slice(0, count).map(([frame, c]) => ({ frame, selfPct: (100 * c) / all }));
}

/** Share of busy (non-idle) samples whose stack passes through a frame matching `re`. */
export function shareThrough(file: string, re: RegExp): number {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const { byId, total, root } = weigh(p);
  const busy = p.samples.length - p.nodes.filter((n) => n.callFrame.functionName === '(idle)').reduce((a, n) => a + (total.get(n.id) ?? 0), 0);
  let hit = 0;
  const walk = (n: Node) => {
    if (re.test(label(n))) { hit += total.get(n.id) ?? 0; return; }
    for (const c of n.children ?? []) walk(byId.get(c)!);
  };
  walk(root);
  return busy ? (100 * hit) / busy : 0;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function flameSvg(file: string, title: string, width = 1200): string {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const { byId, total, root } = weigh(p);
  const all = total.get(root.id)!;
  const rowH = 16, minW = 0.4;
  const rects: string[] = [];
  let depthMax = 0;
  const color = (l: string) => (l.startsWith('(idle)') ? '#d0d0d0' : /^\S+ (bff|shared)\//.test(l) ? '#f0a030' : /node:|^\(/.test(l) ? '#c0c8e0' : '#e8604c');
  const place = (n: Node, x: number, depth: number) => {
    const w = ((total.get(n.id) ?? 0) / all) * width;
    if (w < minW) return;
    depthMax = Math.max(depthMax, depth);
    rects.push(`<g><title>${esc(label(n))} — ${((100 * (total.get(n.id) ?? 0)) / all).toFixed(1)}%</title><rect x="${x.toFixed(1)}" y="D${depth}" width="${w.toFixed(1)}" height="${rowH - 1}" fill="${color(label(n))}"/>` +
      (w > 40 ? `<text x="${(x + 3).toFixed(1)}" y="T${depth}" font-size="11" font-family="monospace">${esc(label(n).slice(0, Math.floor(w / 6.6)))}</text>` : '') + '</g>');
    let cx = x;
    for (const c of n.children ?? []) { const child = byId.get(c)!; place(child, cx, depth + 1); cx += ((total.get(c) ?? 0) / all) * width; }
  };
  place(root, 0, 0);
  const height = (depthMax + 1) * rowH + 30;
  const body = rects.join('\n').replace(/y="D(\d+)"/g, (_, d) => `y="${height - (Number(d) + 1) * rowH}"`).replace(/y="T(\d+)"/g, (_, d) => `y="${height - (Number(d) + 1) * rowH + 11}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n` +
    `<rect width="100%" height="100%" fill="#fff"/><text x="4" y="16" font-size="13" font-family="sans-serif">${esc(title)} (${all} samples; orange: our code, red: libraries, blue: Node/V8, grey: idle)</text>\n${body}\n</svg>\n`;
}
