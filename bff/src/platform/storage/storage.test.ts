import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { LocalStorage } from './local';
import { openUploadStorage } from './index';
import { S3Storage } from './s3';

const dir = mkdtempSync(path.join(tmpdir(), 'zsb-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('local storage', () => {
  const storage = new LocalStorage(path.join(dir, 'root'));

  it('moves a file in under its key, keeps the first copy of a key, and reads it back', async () => {
    const a = path.join(dir, 'a');
    writeFileSync(a, 'first');
    await storage.putFile('ab/abc', a, { size: 5, contentType: 'text/plain' });
    expect(readFileSync(path.join(dir, 'root', 'ab', 'abc'), 'utf8')).toBe('first');
    const b = path.join(dir, 'b');
    writeFileSync(b, 'second');
    await storage.putFile('ab/abc', b, { size: 6, contentType: 'text/plain' });
    expect(await text((await storage.read('ab/abc'))!)).toBe('first');
    expect(await storage.exists('ab/abc')).toBe(true);
    expect(await storage.read('ab/none')).toBeNull();
  });

  it('refuses keys that could leave the root', () => {
    for (const key of ['../x', 'a/../../x', '/etc/passwd', 'a//b', 'a/./b', '', 'a\\b']) {
      expect(() => storage.pathOf(key), key).toThrow(RangeError);
    }
  });
});

describe('choosing the storage', () => {
  it('is the local directory unless a bucket is configured', async () => {
    const local = openUploadStorage({ uploadsS3: { region: 'us-east-1', forcePathStyle: false } }, dir);
    expect(local).toBeInstanceOf(LocalStorage);
    const s3 = openUploadStorage({ uploadsS3: { region: 'cn-north-1', bucket: 'b-1', endpoint: 'http://127.0.0.1:9', forcePathStyle: true } }, dir);
    expect(s3).toBeInstanceOf(S3Storage);
    await s3.close();
  });
});
