import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { buildApp } from '../../app';
import { startStack, type Session, type Stack } from '../../test/harness';
import { sampleFormData } from '../cases/cases.test-support';
import { fakeJpeg, multipartFile } from './uploads.test-support';

const KB = 1024;
let stack: Stack;
let resident: Session;
let other: Session;
beforeAll(async () => {
  stack = await startStack({ config: { uploadQuota: { perDayMb: 2, perCaseMb: 1 } } });
  [resident, other] = await Promise.all([stack.login('r001'), stack.login('r002')]);
});
afterAll(async () => { await stack.close(); });

const upload = (s: Session, content: Buffer, name = 'material.jpg') =>
  s.inject({ method: 'POST', url: '/api/v1/uploads', ...multipartFile(name, content) });
const uploadRows = () => stack.count('uploads');
const caseRows = () => stack.count('cases');

// Issue 12, defect 6: a broken multipart body was a 500 with a stack trace in the error log.
describe('malformed multipart (issue 12 defect 6)', () => {
  const bodies: [string, string, Buffer][] = [
    ['without a boundary', 'multipart/form-data', Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\nabc\r\n--x--\r\n')],
    ['cut off inside the file', 'multipart/form-data; boundary=x',
      Buffer.concat([Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n'), fakeJpeg()])],
    ['that is not multipart at all', 'multipart/form-data; boundary=x', Buffer.from('hello world')],
  ];

  it.each(bodies)('answers a body %s with 400 MALFORMED_MULTIPART, stores nothing and logs no error', async (_what, contentType, payload) => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _enc, cb) { lines.push(chunk.toString()); cb(); } });
    const app = await buildApp({ ...stack.config, logLevel: 'info' }, { logStream: stream });
    try {
      const before = await uploadRows();
      const r = await app.inject({ method: 'POST', url: '/api/v1/uploads', headers: { ...resident.headers, 'content-type': contentType }, payload });
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.json().code).toBe('MALFORMED_MULTIPART');
      expect(await uploadRows()).toBe(before);
      const errors = lines.filter((l) => JSON.parse(l).level >= 50);
      expect(errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

// Issue 12, defect 7: one user uploaded 114 MB in two seconds.
describe('no upload quota (issue 12 defect 7)', () => {
  it('refuses an upload past the daily quota with 429 UPLOAD_QUOTA_EXCEEDED and Retry-After, storing nothing', async () => {
    expect((await upload(resident, fakeJpeg(900 * KB))).statusCode).toBe(201);
    expect((await upload(resident, fakeJpeg(900 * KB))).statusCode).toBe(201);
    const before = await uploadRows();
    const refused = await upload(resident, fakeJpeg(300 * KB));
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json().code).toBe('UPLOAD_QUOTA_EXCEEDED');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    expect(await uploadRows()).toBe(before);
    // What is left of the day's quota can still be used; other people have their own.
    expect((await upload(resident, fakeJpeg(100 * KB))).statusCode).toBe(201);
    expect((await upload(other, fakeJpeg(900 * KB))).statusCode).toBe(201);
  });

  it('refuses an application whose uploaded materials together exceed the per-case quota with 413 CASE_MATERIALS_TOO_LARGE', async () => {
    const applicant = await stack.login('r004');
    const guide = (await applicant.inject({ method: 'GET', url: '/api/v1/services/GJJ-0002' })).json();
    const a = (await upload(applicant, fakeJpeg(600 * KB), '租赁合同1.jpg')).json();
    const b = (await upload(applicant, fakeJpeg(600 * KB), '租赁合同2.jpg')).json();
    const submit = (uploadIds: string[], key: string) => applicant.inject({
      method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': key },
      payload: { itemCode: 'GJJ-0002', form: sampleFormData(guide.form), materials: [{ source: 'upload', materialKey: 'lease_contract', uploadIds }] },
    });
    const before = await caseRows();
    const refused = await submit([a.id, b.id], 'quota-case-1');
    expect(refused.statusCode).toBe(413);
    expect(refused.json()).toMatchObject({ code: 'CASE_MATERIALS_TOO_LARGE', errors: [{ path: expect.stringContaining('materials') }] });
    expect(await caseRows()).toBe(before);
    expect((await submit([a.id], 'quota-case-2')).statusCode).toBe(201);
  });
});
