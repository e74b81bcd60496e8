import { existsSync, readFileSync } from 'node:fs';

/**
 * The CJK font embedded into every PDF. Debian's `fonts-wqy-microhei` (文泉驿微米黑, Apache-2.0 /
 * GPLv3 with font exception) is installed by `scripts/lib` on a fresh machine (`npm test`, `npm start`);
 * `PDF_FONT_FILE` may name another TrueType (.ttf) or collection (.ttc) with Chinese glyphs.
 */
export const DEFAULT_FONT_FILES = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
];

/** The Debian package that provides the default font. */
export const FONT_DEBIAN_PACKAGE = 'fonts-wqy-microhei';

const cache = new Map<string, Uint8Array>();

/** The bytes of a single TrueType font (the first face when the file is a collection). */
export function loadCjkFont(file = process.env.PDF_FONT_FILE): Uint8Array {
  const candidates = file ? [file] : DEFAULT_FONT_FILES;
  const found = candidates.find((f) => existsSync(f));
  if (!found) {
    throw new Error(`no CJK font for PDFs: looked for ${candidates.join(', ')} (apt-get install ${FONT_DEBIAN_PACKAGE}, or set PDF_FONT_FILE)`);
  }
  let bytes = cache.get(found);
  if (!bytes) {
    const raw = readFileSync(found);
    bytes = isCollection(raw) ? firstFaceOfCollection(raw) : new Uint8Array(raw);
    cache.set(found, bytes);
  }
  return bytes;
}

function isCollection(buf: Buffer): boolean {
  return buf.length > 12 && buf.toString('latin1', 0, 4) === 'ttcf';
}

/**
 * Copies the first face of a TrueType collection into a standalone font: its table directory with
 * the tables it points at, offsets rewritten (pdf-lib's font engine embeds single fonts only).
 */
export function firstFaceOfCollection(ttc: Buffer): Uint8Array {
  const faceOffset = ttc.readUInt32BE(12);
  const numTables = ttc.readUInt16BE(faceOffset + 4);
  const headerLen = 12 + numTables * 16;
  const tables: { tag: string; checksum: number; offset: number; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const rec = faceOffset + 12 + i * 16;
    tables.push({
      tag: ttc.toString('latin1', rec, rec + 4),
      checksum: ttc.readUInt32BE(rec + 4),
      offset: ttc.readUInt32BE(rec + 8),
      length: ttc.readUInt32BE(rec + 12),
    });
  }
  const padded = (n: number) => (n + 3) & ~3;
  const total = headerLen + tables.reduce((s, t) => s + padded(t.length), 0);
  const out = Buffer.alloc(total);
  ttc.copy(out, 0, faceOffset, faceOffset + 12);
  let at = headerLen;
  tables.forEach((t, i) => {
    const rec = 12 + i * 16;
    out.write(t.tag, rec, 'latin1');
    out.writeUInt32BE(t.checksum, rec + 4);
    out.writeUInt32BE(at, rec + 8);
    out.writeUInt32BE(t.length, rec + 12);
    ttc.copy(out, at, t.offset, t.offset + t.length);
    at += padded(t.length);
  });
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
