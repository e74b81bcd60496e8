import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UPLOAD_MAX_BYTES } from '@zsb/shared/contracts/uploads';
import { startStack, type Session, type Stack } from '../../test/harness';
import { fakeJpeg, fakePdf, multipartFile } from './uploads.test-support';

let stack: Stack;
let resident: Session;
let other: Session;
beforeAll(async () => {
  stack = await startStack();
  resident = await stack.login('r001');
  other = await stack.login('r002');
});
afterAll(async () => { await stack.close(); });

const uploadRoot = () => path.join(stack.dataDir, 'uploads');
/** Every file under the upload root, temporary ones included. */
function storedFiles(): string[] {
  const root = uploadRoot();
  if (!existsSync(root)) return [];
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
  return walk(root);
}
const upload = (s: Session, name: string, content: Buffer) => s.inject({ method: 'POST', url: '/api/v1/uploads', ...multipartFile(name, content) });

describe('uploading a material', () => {
  it('stores a JPEG by content hash with no extension and answers a signed URL that serves it', async () => {
    const jpeg = fakeJpeg();
    const r = await upload(resident, '身份证 正面.jpg', jpeg);
    expect(r.statusCode).toBe(201);
    const u = r.json();
    expect(u).toMatchObject({ fileName: '身份证 正面.jpg', mime: 'image/jpeg', size: jpeg.length });
    const onDisk = path.join(uploadRoot(), u.sha256.slice(0, 2), u.sha256);
    expect(existsSync(onDisk)).toBe(true);
    expect(storedFiles().every((f) => path.extname(f) === '')).toBe(true);

    const c = await stack.app.inject({ method: 'GET', url: u.url });
    expect(c.statusCode).toBe(200);
    expect(c.headers['content-type']).toBe('image/jpeg');
    expect(c.headers['x-content-type-options']).toBe('nosniff');
    expect(c.rawPayload.equals(jpeg)).toBe(true);
  });

  it('names a PDF by what it is, whatever extension it came with', async () => {
    const r = await upload(resident, 'contract.png', fakePdf());
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ mime: 'application/pdf', fileName: 'contract.pdf' });
  });

  it('refuses a text file disguised as .jpg and stores nothing', async () => {
    const before = storedFiles();
    const r = await upload(resident, 'photo.jpg', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(r.statusCode).toBe(415);
    expect(r.json().code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    expect(storedFiles()).toEqual(before);
  });

  it('refuses a file one byte over 10 MB and stores nothing, but takes one of exactly 10 MB', async () => {
    const before = storedFiles();
    const big = Buffer.alloc(UPLOAD_MAX_BYTES + 1, 0x20);
    fakeJpeg(0).copy(big);
    const r = await upload(resident, 'scan.jpg', big);
    expect(r.statusCode).toBe(413);
    expect(r.json().code).toBe('PAYLOAD_TOO_LARGE');
    expect(storedFiles()).toEqual(before);

    const ok = await upload(resident, 'scan.jpg', big.subarray(0, UPLOAD_MAX_BYTES));
    expect(ok.statusCode).toBe(201);
    expect(ok.json().size).toBe(UPLOAD_MAX_BYTES);
  });

  it('refuses path-traversal file names and stores nothing', async () => {
    const before = storedFiles();
    for (const name of ['../../etc/passwd.jpg', '..\\..\\boot.jpg', '%2e%2e%2fx.jpg', '/tmp/x.jpg']) {
      const r = await upload(resident, name, fakeJpeg());
      expect(r.statusCode, name).toBe(400);
      expect(r.json().code).toBe('UPLOAD_FILENAME_INVALID');
    }
    expect(storedFiles()).toEqual(before);
  });

  it('refuses an executable extension even with image bytes', async () => {
    const r = await upload(resident, 'run.exe', fakeJpeg());
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('UPLOAD_FILENAME_INVALID');
  });

  it('refuses a request without a file, or with JSON', async () => {
    const noFile = await resident.inject({ method: 'POST', url: '/api/v1/uploads', ...multipartFile('a.jpg', fakeJpeg(), { field: 'other' }) });
    expect(noFile.statusCode).toBe(400);
    const json = await resident.inject({ method: 'POST', url: '/api/v1/uploads', payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
  });

  it("hides one person's upload from another and from a tampered or expired link", async () => {
    const u = (await upload(resident, 'a.jpg', fakeJpeg())).json();
    expect((await resident.inject({ method: 'GET', url: `/api/v1/uploads/${u.id}` })).statusCode).toBe(200);
    expect((await other.inject({ method: 'GET', url: `/api/v1/uploads/${u.id}` })).statusCode).toBe(404);
    const tampered = u.url.replace(/sig=[^&]+/, 'sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await stack.app.inject({ method: 'GET', url: tampered })).statusCode).toBe(404);
    const expired = u.url.replace(/exp=\d+/, 'exp=1000');
    expect((await stack.app.inject({ method: 'GET', url: expired })).statusCode).toBe(404);
  });

  it('requires sign-in to upload', async () => {
    const r = await stack.app.inject({ method: 'POST', url: '/api/v1/uploads', ...multipartFile('a.jpg', fakeJpeg()) });
    expect(r.statusCode).toBe(401);
  });
});
