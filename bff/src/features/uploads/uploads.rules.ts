import path from 'node:path';
import type { UploadMime } from '@zsb/shared/contracts/uploads';

/*
 * Pure rules for uploaded materials: what a file is (by its first bytes only), what its name may
 * be, and where its content lives on disk (by hash, never by anything the user chose).
 */

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_IHDR = [0x49, 0x48, 0x44, 0x52];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** How many leading bytes `sniffMime` needs to decide. */
export const SNIFF_BYTES = 16;

function startsWith(bytes: Uint8Array, sig: number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  return sig.every((b, i) => bytes[offset + i] === b);
}

/**
 * The type of a file from its magic bytes: JPEG (FF D8 FF), PNG (signature followed by the IHDR
 * chunk) or PDF (`%PDF-1.` / `%PDF-2.`); null for anything else, whatever its name says.
 */
export function sniffMime(head: Uint8Array): UploadMime | null {
  if (startsWith(head, JPEG)) return 'image/jpeg';
  if (startsWith(head, PNG) && startsWith(head, PNG_IHDR, 12)) return 'image/png';
  if (startsWith(head, PDF) && (head[5] === 0x31 || head[5] === 0x32) && head[6] === 0x2e) return 'application/pdf';
  return null;
}

/** The extension a stored file is shown with, from its detected type. */
export const EXTENSION_OF: Readonly<Record<UploadMime, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

const ALLOWED_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'pdf']);
const MAX_NAME_CHARS = 100;
// C0/C1 controls, and bidi overrides that can make `gpj.exe` read as `exe.jpg`.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export type FileNameRefusal = 'empty' | 'path_traversal' | 'unsafe_characters' | 'extension_not_allowed';

export type FileNameCheck = { ok: true; base: string; extension: string | null } | { ok: false; reason: FileNameRefusal };

function decodeRepeatedly(name: string): string {
  let current = name;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(current);
      if (next === current) break;
      current = next;
    } catch {
      break;
    }
  }
  return current;
}

/**
 * Checks a client-supplied file name. Anything that names a directory (`/`, `\`, `..`, a drive
 * letter), also when percent-encoded, is refused rather than cleaned, and so are control and
 * bidi characters. An extension, if any, must be jpg/jpeg/png/pdf. The name is only ever
 * displayed; it never reaches a filesystem path.
 */
export function checkFileName(raw: string): FileNameCheck {
  const name = raw.normalize('NFC').trim();
  if (!name) return { ok: false, reason: 'empty' };
  const decoded = decodeRepeatedly(name);
  // NFKC also catches look-alike separators such as the fullwidth solidus.
  for (const candidate of [name, decoded, decoded.normalize('NFKC')]) {
    // A separator or a drive letter is enough: a file name has no business naming a directory.
    if (/[\\/]/.test(candidate) || /^[A-Za-z]:/.test(candidate) || candidate === '..') {
      return { ok: false, reason: 'path_traversal' };
    }
    if (UNSAFE_CHARS.test(candidate)) return { ok: false, reason: 'unsafe_characters' };
  }
  // Hidden files and Windows' trailing dots/spaces are not names a phone produces.
  if (name.startsWith('.') || /[. ]$/.test(name)) return { ok: false, reason: 'unsafe_characters' };
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : null;
  if (extension !== null && !ALLOWED_EXTENSIONS.has(extension)) return { ok: false, reason: 'extension_not_allowed' };
  const base = dot > 0 ? name.slice(0, dot) : name;
  return { ok: true, base, extension };
}

/**
 * The name to show for an accepted upload: the user's base name (at most 100 characters, with
 * characters that are awkward in a download header replaced) and the detected type's extension.
 */
export function displayFileName(base: string, mime: UploadMime): string {
  const cleaned = Array.from(base.replace(/["*:<>?|%;]/g, '_')).slice(0, MAX_NAME_CHARS).join('');
  return `${cleaned || 'file'}.${EXTENSION_OF[mime]}`;
}

/**
 * The storage key of the content with this SHA-256: `<first two hex>/<hash>`, no extension (the
 * same layout on disk and in a bucket). Refuses anything not a hex digest.
 */
export function storageKey(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RangeError('not a SHA-256 hex digest');
  return `${sha256.slice(0, 2)}/${sha256}`;
}

/**
 * Where the content with this SHA-256 lives: `<root>/<first two hex>/<hash>`, no extension, so
 * nothing stored can be served or run as a script by its path. Refuses anything not a hex digest.
 */
export function storagePath(root: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RangeError('not a SHA-256 hex digest');
  const resolvedRoot = path.resolve(root);
  const full = path.join(resolvedRoot, sha256.slice(0, 2), sha256);
  // Belt and braces: the digest check already rules out escaping the root.
  if (!full.startsWith(resolvedRoot + path.sep)) throw new RangeError('path outside the upload root');
  return full;
}
