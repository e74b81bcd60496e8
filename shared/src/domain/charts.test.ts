import { describe, expect, it } from 'vitest';
import { chartSvg, svgDataUrl } from './charts';

describe('charts', () => {
  it('draws one bar per value with a title for screen readers, skipping months without data', () => {
    const svg = chartSvg({ title: '受理与办结 <1>', labels: ['2026-08', '2026-09'], series: [{ name: '受理', color: '#1f5fbf', values: [3, null] }] });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<title>受理与办结 &lt;1&gt;</title>');
    expect(svg.match(/<rect x=/g)).toHaveLength(2); // one bar + one legend swatch
    // Whole-number ticks for counts, even when every value is small.
    expect(svg.match(/text-anchor="end" fill="#555">([^<]+)</g)!.map((m) => m.replace(/.*>/, '').replace('<', ''))).toEqual(['0', '2', '4', '6', '8']);
  });

  it('draws a line of percentages on a 0–100 % axis', () => {
    const svg = chartSvg({ title: '好评率', kind: 'line', percent: true, labels: ['1', '2', '3'], series: [{ name: '好评率', color: '#0a7', values: [0.9, null, 0.5] }] });
    expect(svg).toContain('100%');
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg).toContain('<path d="M');
  });

  it('encodes the SVG as base64 UTF-8 for image components', () => {
    const svg = chartSvg({ title: '好评率 ✓', labels: ['一'], series: [] });
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(url.slice(26), 'base64').toString('utf8')).toBe(svg);
  });
});
