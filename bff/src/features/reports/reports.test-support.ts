import sharp from 'sharp';

/** Degrees → EXIF's three rationals (degrees, minutes, seconds×1000/1000), big-endian. */
function rationals(deg: number): Buffer {
  const d = Math.floor(deg);
  const mFull = (deg - d) * 60;
  const m = Math.floor(mFull);
  const s = Math.round((mFull - m) * 60 * 1000);
  const b = Buffer.alloc(24);
  [[d, 1], [m, 1], [s, 1000]].forEach(([num, den], i) => { b.writeUInt32BE(num!, i * 8); b.writeUInt32BE(den!, i * 8 + 4); });
  return b;
}

/** An EXIF APP1 segment carrying only a GPS position (TIFF big-endian: IFD0 → GPS IFD → rationals). */
function gpsApp1(lat: number, lng: number): Buffer {
  const tiff = Buffer.alloc(128);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  // IFD0 at 8: one entry, GPSInfo (0x8825, LONG) → 26.
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x8825, 10); tiff.writeUInt16BE(4, 12); tiff.writeUInt32BE(1, 14); tiff.writeUInt32BE(26, 18);
  tiff.writeUInt32BE(0, 22);
  // GPS IFD at 26: LatitudeRef, Latitude (→ 80), LongitudeRef, Longitude (→ 104).
  tiff.writeUInt16BE(4, 26);
  const entry = (i: number, tag: number, type: number, count: number, value: (b: Buffer, at: number) => void) => {
    const at = 28 + i * 12;
    tiff.writeUInt16BE(tag, at); tiff.writeUInt16BE(type, at + 2); tiff.writeUInt32BE(count, at + 4); value(tiff, at + 8);
  };
  entry(0, 1, 2, 2, (b, at) => b.write(lat >= 0 ? 'N\0' : 'S\0', at, 'latin1'));
  entry(1, 2, 5, 3, (b, at) => b.writeUInt32BE(80, at));
  entry(2, 3, 2, 2, (b, at) => b.write(lng >= 0 ? 'E\0' : 'W\0', at, 'latin1'));
  entry(3, 4, 5, 3, (b, at) => b.writeUInt32BE(104, at));
  tiff.writeUInt32BE(0, 76);
  rationals(Math.abs(lat)).copy(tiff, 80);
  rationals(Math.abs(lng)).copy(tiff, 104);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** A real 32×24 JPEG photo whose EXIF says it was taken at (lat, lng). */
export async function jpegWithGps(lat: number, lng: number): Promise<Buffer> {
  const plain = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 120, g: 130, b: 140 } } }).jpeg().toBuffer();
  // Right after SOI (FF D8), where cameras put it.
  return Buffer.concat([plain.subarray(0, 2), gpsApp1(lat, lng), plain.subarray(2)]);
}

/** A real PNG without metadata. */
export function plainPng(): Promise<Buffer> {
  return sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 10, g: 200, b: 90 } } }).png().toBuffer();
}
