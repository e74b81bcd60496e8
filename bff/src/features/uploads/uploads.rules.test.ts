import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { materialFileName } from '@zsb/shared/domain/file-name';
import { checkFileName, displayFileName, sniffMime, storagePath } from './uploads.rules';

const bytes = (...xs: (number | string)[]) =>
  Uint8Array.from(xs.flatMap((x) => (typeof x === 'string' ? Array.from(Buffer.from(x, 'latin1')) : [x])));
const PNG_HEAD = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'IHDR', 0, 0, 1, 0);

describe('recognising a material by its magic bytes', () => {
  it('recognises JPEG, PNG and PDF', () => {
    expect(sniffMime(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF'))).toBe('image/jpeg');
    expect(sniffMime(PNG_HEAD)).toBe('image/png');
    expect(sniffMime(bytes('%PDF-1.7\n%'))).toBe('application/pdf');
    expect(sniffMime(bytes('%PDF-2.0\n'))).toBe('application/pdf');
  });

  it('refuses text, HTML, executables and archives whatever their name', () => {
    expect(sniffMime(bytes('hello, this is not an image'))).toBeNull();
    expect(sniffMime(bytes('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffMime(bytes('MZ', 0x90, 0, 3, 0, 0, 0))).toBeNull();
    expect(sniffMime(bytes('PK', 3, 4, 20, 0, 0, 0))).toBeNull();
    expect(sniffMime(bytes('GIF89a', 1, 0, 1, 0))).toBeNull();
    expect(sniffMime(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
  });

  it('refuses an empty file and truncated signatures', () => {
    expect(sniffMime(new Uint8Array())).toBeNull();
    expect(sniffMime(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffMime(PNG_HEAD.slice(0, 8))).toBeNull();
    expect(sniffMime(bytes('%PDF-'))).toBeNull();
    expect(sniffMime(bytes('%PDF-9.9'))).toBeNull();
  });

  it('accepts nothing that does not start with one of the three signatures', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 32 }), (head) => {
        const kind = sniffMime(head);
        if (kind === 'image/jpeg') expect([...head.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
        else if (kind === 'image/png') expect(Buffer.from(head.slice(12, 16)).toString('latin1')).toBe('IHDR');
        else if (kind === 'application/pdf') expect(Buffer.from(head.slice(0, 5)).toString('latin1')).toBe('%PDF-');
        else expect(kind).toBeNull();
      }),
    );
  });
});

describe('checking the file name a client sent', () => {
  it('accepts ordinary names from phones and scanners, Chinese included', () => {
    expect(checkFileName('IMG_20260316_101010.jpg')).toEqual({ ok: true, base: 'IMG_20260316_101010', extension: 'jpg' });
    expect(checkFileName('身份证 正面.JPEG')).toEqual({ ok: true, base: '身份证 正面', extension: 'jpeg' });
    expect(checkFileName('结婚证.pdf')).toMatchObject({ ok: true, extension: 'pdf' });
    expect(checkFileName('blob')).toEqual({ ok: true, base: 'blob', extension: null });
  });

  it('refuses path traversal in every spelling', () => {
    for (const name of [
      '../../etc/passwd',
      '..\\..\\windows\\win.ini',
      'photos/../../a.jpg',
      '/etc/passwd',
      'C:\\boot.ini',
      'c:evil.jpg',
      '%2e%2e%2fetc%2fpasswd',
      '..%252f..%252fa.jpg',
      'a%5cb.jpg',
      '..',
      'ａ／ｂ.jpg',
    ]) {
      expect(checkFileName(name), name).toEqual({ ok: false, reason: 'path_traversal' });
    }
  });

  it('refuses control characters, bidi overrides, hidden files and trailing dots', () => {
    expect(checkFileName('a\u0000.jpg')).toEqual({ ok: false, reason: 'unsafe_characters' });
    expect(checkFileName('photo\u202Egpj.exe')).toEqual({ ok: false, reason: 'unsafe_characters' });
    expect(checkFileName('.htaccess')).toEqual({ ok: false, reason: 'unsafe_characters' });
    expect(checkFileName('scan.jpg.')).toEqual({ ok: false, reason: 'unsafe_characters' });
    expect(checkFileName('a%0A.jpg')).toEqual({ ok: false, reason: 'unsafe_characters' });
  });

  it('refuses executable and markup extensions, and empty names', () => {
    for (const name of ['setup.exe', 'shell.php', 'index.html', 'image.svg', 'photo.jpg.sh']) {
      expect(checkFileName(name), name).toEqual({ ok: false, reason: 'extension_not_allowed' });
    }
    expect(checkFileName('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('shows the name with the extension of the detected type, never the claimed one', () => {
    expect(displayFileName('身份证 正面', 'image/png')).toBe('身份证 正面.png');
    expect(displayFileName('a"b<c>', 'application/pdf')).toBe('a_b_c_.pdf');
    expect(displayFileName('', 'image/jpeg')).toBe('file.jpg');
    expect(Array.from(displayFileName('长'.repeat(300), 'image/jpeg'))).toHaveLength(104);
  });
});

describe('where content is stored', () => {
  const sha = 'ab'.repeat(32);

  it('keeps content under the root by hash, with no extension', () => {
    expect(storagePath('/srv/data/uploads', sha)).toBe(path.join('/srv/data/uploads', 'ab', sha));
    expect(path.extname(storagePath('./data/uploads', sha))).toBe('');
  });

  it('refuses anything that is not a SHA-256 hex digest', () => {
    for (const bad of ['../../etc/passwd', sha.toUpperCase(), sha.slice(1), `${sha}.jpg`, '']) {
      expect(() => storagePath('/srv/data/uploads', bad)).toThrow(RangeError);
    }
  });
});

describe('names made safe on the phone (defect 13e)', () => {
  it('are always accepted by the upload check and shown unchanged', () => {
    const unicode = fc.string({ unit: 'binary', maxLength: 300 });
    const tricky = fc.array(fc.constantFrom('/', '\\', '..', '.', ' ', '%2F', '%252e', 'C:', 'Ａ：', '／', '\u202e', '\u0000', '\u2066', '.jpg', '.pdf', '.exe', '身份证'), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(unicode, tricky), fc.constantFrom('jpg', 'png', 'pdf'), (raw, ext) => {
        const name = materialFileName(raw, ext as 'jpg' | 'png' | 'pdf');
        const check = checkFileName(name);
        expect(check, JSON.stringify({ raw, name })).toMatchObject({ ok: true });
        // Nothing left for the BFF to replace or cut.
        if (check.ok) expect(displayFileName(check.base, 'image/png')).toBe(`${check.base}.png`);
      }),
      { numRuns: 500 },
    );
  });
});
