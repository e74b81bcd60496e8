import { randomBytes } from 'node:crypto';

/** A multipart/form-data body with one file, as `app.inject` needs it. */
export function multipartFile(fileName: string, content: Buffer, opts: { field?: string; type?: string } = {}) {
  const boundary = `----zsb${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${fileName}"\r\n` +
    `Content-Type: ${opts.type ?? 'application/octet-stream'}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A small but well-formed-looking JPEG: SOI, a JFIF header, padding and EOI. */
export function fakeJpeg(extra = 64): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), randomBytes(extra), Buffer.from([0xff, 0xd9]),
  ]);
}

export function fakePdf(): Buffer {
  return Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}
