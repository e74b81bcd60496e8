import type { Readable } from 'node:stream';

/**
 * Where uploaded files live, as every instance sees them: a local directory (one instance, the
 * default) or S3-compatible object storage (many instances). Keys are `<prefix>/<name>` strings
 * chosen by the BFF (content hashes), never by users.
 */
export interface BlobStorage {
  readonly kind: 'local' | 's3';
  /**
   * Stores the local file `source` under `key` and removes `source`. Keys name content (hashes), so
   * an object already there is the same bytes and is kept as it is.
   */
  putFile(key: string, source: string, meta: { size: number; contentType: string }): Promise<void>;
  /** The object's bytes as a stream, or null when there is no such object. */
  read(key: string): Promise<Readable | null>;
  exists(key: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Keys are a short list of safe segments: nothing a path or URL could misread. */
export function assertSafeKey(key: string): void {
  if (!/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/.test(key) || key.length > 512) throw new RangeError(`unsafe storage key: ${key}`);
}
