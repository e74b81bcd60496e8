import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { assertSafeKey, type BlobStorage } from './storage';

/** Files under one directory (`<root>/<key>`): the default, right for a single instance. */
export class LocalStorage implements BlobStorage {
  readonly kind = 'local' as const;
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file behind `key`; refuses keys that could leave the root. */
  pathOf(key: string): string {
    assertSafeKey(key);
    const full = path.join(this.root, ...key.split('/'));
    if (!full.startsWith(this.root + path.sep)) throw new RangeError('path outside the storage root');
    return full;
  }

  async putFile(key: string, source: string, _meta?: { size: number; contentType: string }): Promise<void> {
    const target = this.pathOf(key);
    if (await this.exists(key)) {
      await rm(source, { force: true });
      return;
    }
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await rename(source, target);
    } catch (error) {
      // Another file system (a temp directory elsewhere): copy, then remove.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyFile(source, target);
      await rm(source, { force: true });
    }
  }

  async read(key: string): Promise<Readable | null> {
    const file = this.pathOf(key);
    if (!(await this.exists(key))) return null;
    return createReadStream(file);
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {}
}
