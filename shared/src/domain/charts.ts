/**
 * Small SVG charts drawn the same way in the BFF (情况通报 downloads) and the app (reports, the public
 * rating trend): grouped bars or lines over labelled columns, with axis, legend and a <title> for
 * screen readers. Pure string building, no DOM; values may be null (no data: nothing drawn).
 */
export interface ChartSeries {
  name: string;
  /** CSS colour. */
  color: string;
  values: readonly (number | null)[];
}

export interface ChartOptions {
  title: string;
  labels: readonly string[];
  series: readonly ChartSeries[];
  kind?: 'bar' | 'line';
  /** Values are shares 0…1 shown as percentages on a 0–100 % axis. */
  percent?: boolean;
  width?: number;
  height?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A nice axis maximum at or above `v` (1, 2, 5 × 10ⁿ). */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export function chartSvg(o: ChartOptions): string {
  const width = o.width ?? 640;
  const height = o.height ?? 280;
  const left = 44;
  const right = 12;
  const top = 34;
  const bottom = 48;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const values = o.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  // Counts get a maximum divisible by the 4 grid steps, so every tick is a whole number.
  const max = o.percent ? 1 : Math.ceil(niceMax(Math.max(4, ...values)) / 4) * 4;
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const n = Math.max(1, o.labels.length);
  const colW = plotW / n;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="sans-serif" font-size="11">`);
  parts.push(`<title>${esc(o.title)}</title>`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="${left}" y="18" font-size="13" font-weight="bold" fill="#1a1a1a">${esc(o.title)}</text>`);
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    const yy = y(v).toFixed(1);
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${yy}" y2="${yy}" stroke="#e3e6eb"/>`);
    const label = o.percent ? `${Math.round(v * 100)}%` : Number.isInteger(v) ? String(v) : v.toFixed(1);
    parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" fill="#555">${label}</text>`);
  }
  o.labels.forEach((l, i) => {
    parts.push(`<text x="${(left + colW * i + colW / 2).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" fill="#333">${esc(l)}</text>`);
  });
  if ((o.kind ?? 'bar') === 'bar') {
    const groups = o.series.length;
    const barW = Math.max(2, (colW * 0.7) / Math.max(1, groups));
    o.series.forEach((s, g) => {
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x = left + colW * i + colW * 0.15 + barW * g;
        parts.push(`<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plotH - y(v)).toFixed(1)}" fill="${s.color}"><title>${esc(`${o.labels[i]} ${s.name} ${o.percent ? `${Math.round(v * 100)}%` : v}`)}</title></rect>`);
      });
    });
  } else {
    for (const s of o.series) {
      const pts = s.values.map((v, i) => (v === null ? null : [left + colW * i + colW / 2, y(v)] as const));
      let d = '';
      let pen = false;
      for (const p of pts) {
        if (!p) { pen = false; continue; }
        d += `${pen ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)} `;
        pen = true;
      }
      if (d) parts.push(`<path d="${d.trim()}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
      pts.forEach((p, i) => {
        if (!p) return;
        const v = s.values[i]!;
        parts.push(`<circle cx="${p[0].toFixed(1)}" cy="${p[1].toFixed(1)}" r="3" fill="${s.color}"><title>${esc(`${o.labels[i]} ${s.name} ${o.percent ? `${Math.round(v * 100)}%` : v}`)}</title></circle>`);
      });
    }
  }
  let lx = left;
  for (const s of o.series) {
    parts.push(`<rect x="${lx}" y="${height - 16}" width="10" height="10" fill="${s.color}"/>`);
    parts.push(`<text x="${lx + 14}" y="${height - 7}" fill="#333">${esc(s.name)}</text>`);
    lx += 24 + s.name.length * 12;
  }
  parts.push('</svg>');
  return parts.join('');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of the UTF-8 bytes of `s` (no btoa/Buffer: the mini-program runtime has neither for sure). */
function utf8Base64(s: string): string {
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + (b === undefined ? '=' : B64[(n >> 6) & 63]!) + (c === undefined ? '=' : B64[n & 63]!);
  }
  return out;
}

/** The SVG as a base64 `data:` URL for an <Image> (WeChat's image component takes base64 data URLs). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${utf8Base64(svg)}`;
}
