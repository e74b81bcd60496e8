// Draws the tab bar icons (81×81 PNG, grey and selected blue) into src/assets/tab. Run once after a change:
//   node build-tools/tab-icons.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'tab');
const SIZE = 81;
const COLORS = { normal: [0x6b, 0x72, 0x80], selected: [0x1f, 0x5f, 0xbf] };

// Each icon is a test "is (x, y) ink?" on a 0..1 square, sampled 4×4 per pixel for smooth edges.
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const ring = (x, y, cx, cy, r, w) => { const d = Math.hypot(x - cx, y - cy); return d <= r && d >= r - w; };
const disc = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) <= r;
const W = 0.07; // stroke

const ICONS = {
  // A house: roof triangle outline and a body.
  home: (x, y) => {
    const roof = y >= 0.14 && y <= 0.5 && Math.abs(x - 0.5) <= (y - 0.14) * 1.1 + 0.02 && Math.abs(x - 0.5) >= (y - 0.14) * 1.1 - W * 1.4;
    const body = inRect(x, y, 0.24, 0.46, 0.76, 0.86) && !inRect(x, y, 0.24 + W, 0.46, 0.76 - W, 0.86 - W);
    const door = inRect(x, y, 0.44, 0.62, 0.56, 0.86);
    return roof || body || door;
  },
  // Four tiles: the service grid.
  services: (x, y) => [[0.14, 0.14], [0.56, 0.14], [0.14, 0.56], [0.56, 0.56]].some(([a, b]) =>
    inRect(x, y, a, b, a + 0.3, b + 0.3) && !inRect(x, y, a + W, b + W, a + 0.3 - W, b + 0.3 - W)),
  // A card with a photo and two lines: 证照.
  wallet: (x, y) => (inRect(x, y, 0.1, 0.22, 0.9, 0.78) && !inRect(x, y, 0.1 + W, 0.22 + W, 0.9 - W, 0.78 - W))
    || disc(x, y, 0.34, 0.46, 0.09) || inRect(x, y, 0.22, 0.58, 0.46, 0.64)
    || inRect(x, y, 0.54, 0.38, 0.8, 0.44) || inRect(x, y, 0.54, 0.52, 0.74, 0.58),
  // A person: head and shoulders.
  mine: (x, y) => ring(x, y, 0.5, 0.34, 0.18, W) || (y >= 0.6 && y <= 0.88 && ring(x, y, 0.5, 0.9, 0.34, W)) || inRect(x, y, 0.16, 0.84, 0.84, 0.88),
};

for (const [name, ink] of Object.entries(ICONS)) {
  for (const [variant, [r, g, b]] of Object.entries(COLORS)) {
    const png = new PNG({ width: SIZE, height: SIZE });
    for (let py = 0; py < SIZE; py++) {
      for (let px = 0; px < SIZE; px++) {
        let hits = 0;
        for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (ink((px + (sx + 0.5) / 4) / SIZE, (py + (sy + 0.5) / 4) / SIZE)) hits++;
        const i = (py * SIZE + px) * 4;
        png.data[i] = r; png.data[i + 1] = g; png.data[i + 2] = b; png.data[i + 3] = Math.round((hits / 16) * 255);
      }
    }
    writeFileSync(path.join(OUT, `${name}${variant === 'selected' ? '-on' : ''}.png`), PNG.sync.write(png));
  }
}
console.log(`tab icons written to ${OUT}`);
