import exifr from 'exifr';
import sharp from 'sharp';
import type { LatLng } from '@zsb/shared/domain/geo';
import { AppError } from '../../platform/errors';

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (b: Buffer, sig: number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

const notImage = () => new AppError(415, 'REPORT_PHOTO_NOT_IMAGE', 'A photo must be a JPEG or PNG image',
  [{ path: 'body.photo', message: 'not a JPEG or PNG image' }]);

export interface PreparedPhoto {
  mime: 'image/jpeg' | 'image/png';
  /** The image re-encoded without any metadata (EXIF, XMP, ICC comments): this is what is stored. */
  stripped: Buffer;
  /** The GPS position the original's EXIF carried, when it had a plausible one. */
  location: LatLng | null;
}

/**
 * Reads a photo's EXIF position (exifr), then re-encodes the pixels with sharp, which writes no
 * metadata unless asked: the stored copy carries no position, camera or time. The orientation tag is
 * applied to the pixels first (`rotate()`), so the stripped photo still stands upright. Anything that
 * is not a decodable JPEG or PNG is refused (415) before anything is stored.
 */
export async function preparePhoto(original: Buffer): Promise<PreparedPhoto> {
  const mime = startsWith(original, JPEG) ? 'image/jpeg' : startsWith(original, PNG) ? 'image/png' : null;
  if (!mime) throw notImage();
  let location: LatLng | null = null;
  try {
    const gps = await exifr.gps(original);
    if (gps && Number.isFinite(gps.latitude) && Number.isFinite(gps.longitude)) location = { lat: gps.latitude, lng: gps.longitude };
  } catch {
    // Broken EXIF is no reason to refuse a photo: it just has no position.
  }
  let stripped: Buffer;
  try {
    const img = sharp(original, { failOn: 'error', limitInputPixels: 50_000_000 }).rotate();
    stripped = mime === 'image/jpeg' ? await img.jpeg({ quality: 88 }).toBuffer() : await img.png().toBuffer();
  } catch {
    throw notImage();
  }
  return { mime, stripped, location };
}
