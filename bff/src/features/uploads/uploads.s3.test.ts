import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
// @ts-expect-error s3rver ships no type declarations
import S3rver from 's3rver';
import { buildApp } from '../../app';
import { S3Storage } from '../../platform/storage';
import { startStack, type Session, type Stack } from '../../test/harness';
import { fakeJpeg, fakePdf, multipartFile } from './uploads.test-support';

// Uploads in S3-compatible object storage (a local s3rver): what every instance behind a load balancer sees.
const BUCKET = 'zsb-uploads';
let s3: { close(): Promise<void> };
let s3Dir: string;
let endpoint: string;
let stack: Stack;
let second: FastifyInstance;
let resident: Session;

beforeAll(async () => {
  s3Dir = mkdtempSync(path.join(tmpdir(), 'zsb-s3-'));
  s3 = new S3rver({ address: '127.0.0.1', port: 0, directory: s3Dir, silent: true, configureBuckets: [{ name: BUCKET }] });
  const address = (await (s3 as unknown as { run(): Promise<AddressInfo> }).run());
  endpoint = `http://127.0.0.1:${address.port}`;
  stack = await startStack({
    config: { uploadsS3: { endpoint, bucket: BUCKET, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true } },
  });
  // A second instance: same configuration, same database, same bucket.
  second = await buildApp(stack.config);
  resident = await stack.login('r001');
});
afterAll(async () => {
  await second?.close();
  await stack?.close();
  await s3?.close();
  rmSync(s3Dir, { recursive: true, force: true });
});

const upload = (name: string, content: Buffer) => resident.inject({ method: 'POST', url: '/api/v1/uploads', ...multipartFile(name, content) });
const localFiles = (dir: string): string[] => (existsSync(dir)
  ? readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? localFiles(path.join(dir, n)) : [path.join(dir, n)]))
  : []);

describe('uploads in S3-compatible storage', () => {
  it('stores the file in the bucket, not on local disk, and another instance serves it', async () => {
    const jpeg = fakeJpeg(256);
    const r = await upload('户口本.jpg', jpeg);
    expect(r.statusCode).toBe(201);
    const u = r.json();

    const storage = new S3Storage({ bucket: BUCKET, region: 'us-east-1', endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true });
    try {
      const head = await storage.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${u.sha256.slice(0, 2)}/${u.sha256}` }));
      expect(head.ContentLength).toBe(jpeg.length);
    } finally {
      await storage.close();
    }
    expect(localFiles(path.join(stack.dataDir, 'uploads'))).toEqual([]);

    // The other instance: the signed link and the owner's view both work there.
    const c = await second.inject({ method: 'GET', url: u.url });
    expect(c.statusCode).toBe(200);
    expect(c.headers['content-type']).toBe('image/jpeg');
    expect(c.rawPayload.equals(jpeg)).toBe(true);
    const meta = await second.inject({ method: 'GET', url: `/api/v1/uploads/${u.id}`, headers: resident.headers });
    expect(meta.statusCode).toBe(200);
    expect(meta.json()).toMatchObject({ id: u.id, sha256: u.sha256, fileName: '户口本.jpg' });
  });

  it('keeps one object for the same content uploaded twice, and serves both uploads', async () => {
    const pdf = fakePdf();
    const a = (await upload('a.pdf', pdf)).json();
    const b = (await upload('b.pdf', pdf)).json();
    expect(a.id).not.toBe(b.id);
    expect(a.sha256).toBe(b.sha256);
    for (const u of [a, b]) {
      const c = await second.inject({ method: 'GET', url: u.url });
      expect(c.statusCode).toBe(200);
      expect(c.rawPayload.equals(pdf)).toBe(true);
    }
  });

  it('refuses a disguised file and stores nothing in the bucket', async () => {
    const before = localFiles(s3Dir).length;
    const r = await upload('photo.jpg', Buffer.from('<html>not an image</html>'));
    expect(r.statusCode).toBe(415);
    expect(localFiles(s3Dir).length).toBe(before);
  });

  it('answers 404 for a tampered link on any instance', async () => {
    const u = (await upload('c.jpg', fakeJpeg())).json();
    const tampered = u.url.replace(/sig=[^&]+/, 'sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await second.inject({ method: 'GET', url: tampered })).statusCode).toBe(404);
  });
});
