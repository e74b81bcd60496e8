import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PDFDocument, PDFName, PDFRawStream, PDFDict, PDFNumber } from 'pdf-lib';

/** What a test wants to know about a rendered PDF: pages, title, embedded font files, the QR text. */
export async function inspectPdf(bytes: Uint8Array): Promise<{ pages: number; title?: string; keywords?: string; fontFiles: number; qr: string | null }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  let fontFiles = 0;
  let qr: string | null = null;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of('FontFile2'))) fontFiles++;
    if (!(obj instanceof PDFRawStream) || qr) continue;
    const dict = obj.dict;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const width = (dict.get(PDFName.of('Width')) as PDFNumber).asNumber();
    const height = (dict.get(PDFName.of('Height')) as PDFNumber).asNumber();
    const rgbPixels = inflateSync(obj.contents);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      rgba[i * 4] = rgbPixels[i * 3]!;
      rgba[i * 4 + 1] = rgbPixels[i * 3 + 1]!;
      rgba[i * 4 + 2] = rgbPixels[i * 3 + 2]!;
      rgba[i * 4 + 3] = 255;
    }
    qr = jsQR(rgba, width, height)?.data ?? null;
  }
  return { pages: doc.getPageCount(), title: doc.getTitle(), keywords: doc.getKeywords(), fontFiles, qr };
}
