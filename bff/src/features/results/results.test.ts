import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { ServiceGuide } from '@zsb/shared/contracts/catalog';
import { startStack, type Session, type Stack } from '../../test/harness';
import { fakeJpeg, multipartFile } from '../uploads/uploads.test-support';
import { sampleFormData } from '../cases';
import { inspectPdf } from '../../platform/pdf/pdf.test-support';
import { CodeSigner } from '../../platform/signed-codes';

let stack: Stack;
let applicant: Session;
let other: Session;
let gjjClerk: Session;
let rsjClerk: Session;

beforeAll(async () => {
  stack = await startStack();
  [applicant, other, gjjClerk, rsjClerk] = await Promise.all(['r001', 'r002', 'staff-gjj', 'staff-rsj'].map((p) => stack.login(p)));
});
afterAll(async () => { await stack.close(); });

let seq = 0;
async function finishedCase(s: Session, clerk: Session, itemCode: string, uploads: string[] = []): Promise<string> {
  const guide: ServiceGuide = (await s.inject({ method: 'GET', url: `/api/v1/services/${itemCode}` })).json();
  const materials = [];
  for (const key of uploads) {
    const up = (await s.inject({ method: 'POST', url: '/api/v1/uploads', ...multipartFile('照片.jpg', fakeJpeg()) })).json();
    materials.push({ source: 'upload', materialKey: key, uploadIds: [up.id] });
  }
  const r = await s.inject({
    method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': `results-${Date.now()}-${++seq}` },
    payload: { itemCode, form: sampleFormData(guide.form!), materials },
  });
  expect(r.statusCode, r.body).toBe(201);
  const id = r.json().id as string;
  for (const to of ['pre_review', 'accepted', 'processing', 'completed']) {
    const m = await clerk.inject({ method: 'POST', url: `/api/v1/staff/cases/${id}/transitions`, payload: { to } });
    expect(m.statusCode, m.body).toBe(200);
  }
  return id;
}

const walletIds = async (s: Session) => ((await s.inject({ method: 'GET', url: '/api/v1/wallet' })).json().certificates as { id: string }[]).map((c) => c.id);

describe('统一发证: a certificate result', () => {
  it('issues the 社会保障卡 at the certificate library on 办结: in the wallet at once (cache dropped), with a message', async () => {
    const before = await walletIds(applicant); // primes the wallet cache
    const caseId = await finishedCase(applicant, rsjClerk, 'RSJ-0007', ['photo']);
    const result = (await applicant.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/result` }));
    expect(result.statusCode).toBe(200);
    expect(result.headers['cache-control']).toContain('no-store');
    const body = result.json();
    expect(body).toMatchObject({ caseId, status: 'issued', kind: 'certificate', name: '社会保障卡', document: null,
      certificate: { kind: 'social_security_card', kindName: '社会保障卡' } });
    const after = await walletIds(applicant);
    expect(after).toContain(body.certificate.id);
    expect(after.length).toBe(before.length + 1);
    const cert = (await applicant.inject({ method: 'GET', url: `/api/v1/wallet/${encodeURIComponent(body.certificate.id)}` }));
    expect(cert.statusCode).toBe(200);
    const messages = (await applicant.inject({ method: 'GET', url: '/api/v1/messages' })).json().items as { kind: string; title: string; link: string }[];
    expect(messages).toContainEqual(expect.objectContaining({ kind: 'case_result', title: '证照已发放：社会保障卡', link: `/pages/certificate/index?id=${encodeURIComponent(body.certificate.id)}` }));
    expect(await stack.count('caseResults', { caseId, status: 'issued' })).toBe(1);
  });

  it('retries through the sweep when the library was down at 办结, and issues once', async () => {
    await stack.control('certificates', { failRate: 1, failStatus: 503 });
    let caseId: string;
    try {
      caseId = await finishedCase(applicant, rsjClerk, 'RSJ-0007', ['photo']);
      expect((await applicant.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/result` })).json()).toMatchObject({ status: 'pending', kind: 'certificate' });
    } finally {
      await stack.resetControls();
    }
    await stack.app.results.run();
    await stack.app.results.run();
    const body = (await applicant.inject({ method: 'GET', url: `/api/v1/cases/${caseId!}/result` })).json();
    expect(body.status).toBe('issued');
    const messages = (await applicant.inject({ method: 'GET', url: '/api/v1/messages' })).json().items as { link: string }[];
    expect(messages.filter((m) => m.link?.includes(encodeURIComponent(body.certificate.id)))).toHaveLength(1);
  });
});

describe('统一发证: a document result', () => {
  let caseId: string;
  let pdf: Buffer;
  let qr: string;
  beforeAll(async () => {
    caseId = await finishedCase(applicant, gjjClerk, 'GJJ-0012');
  });

  it('produces a signed PDF with the Chinese font embedded and a QR, downloadable from the case', async () => {
    const body = (await applicant.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/result` })).json();
    expect(body).toMatchObject({ status: 'issued', kind: 'document', certificate: null,
      document: { title: '住房公积金缴存证明（电子）', downloadPath: `/api/v1/cases/${caseId}/result/document` } });
    const r = await applicant.inject({ method: 'GET', url: body.document.downloadPath });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['cache-control']).toContain('no-store');
    pdf = r.rawPayload;
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(body.document.sha256);
    const info = await inspectPdf(pdf);
    expect(info).toMatchObject({ pages: 1, title: '住房公积金缴存证明', fontFiles: 1 });
    expect(pdf.length).toBeLessThan(150_000);
    qr = info.qr!;
    expect(qr).toMatch(/\/#\/results\/pages\/check\/index\?code=zsb1%3Adoc%3AD/);
    const messages = (await applicant.inject({ method: 'GET', url: '/api/v1/messages' })).json().items as { title: string; link: string }[];
    expect(messages).toContainEqual(expect.objectContaining({ title: '电子文书已出具：住房公积金缴存证明（电子）', link: `/cases/pages/detail/index?id=${caseId}` }));
  });

  it('verifies through its QR without signing in: valid, the exact file, and tampered or unknown otherwise', async () => {
    const check = (payload: object) => stack.app.inject({ method: 'POST', url: '/api/v1/documents/check', payload });
    const valid = await check({ code: qr, sha256: createHash('sha256').update(pdf).digest('hex') });
    expect(valid.statusCode).toBe(200);
    expect(valid.json()).toMatchObject({ result: 'valid', document: { title: '住房公积金缴存证明（电子）', holderName: '张*', issuer: '杭州住房公积金管理中心' } });
    // The bare code works too.
    const code = new URLSearchParams(qr.split('?')[1]).get('code')!;
    expect((await check({ code })).json().result).toBe('valid');
    // A changed file.
    const edited = Buffer.from(pdf);
    edited[edited.length - 20] ^= 1;
    expect((await check({ code: qr, sha256: createHash('sha256').update(edited).digest('hex') })).json()).toMatchObject({ result: 'tampered' });
    // A changed code (another document id under the old signature).
    const altered = code.replace(/:D([0-9A-F])/, (_, c: string) => `:D${c === '0' ? '1' : '0'}`);
    expect((await check({ code: altered })).json()).toEqual({ result: 'tampered', document: null });
    // A correctly signed code of a document that was never issued.
    const signer = new CodeSigner(stack.config.hall.codeSecret);
    expect((await check({ code: signer.sign('doc', ['DNOSUCHDOCUMENT']) })).json()).toEqual({ result: 'unknown', document: null });
    expect((await check({ code: 'https://example.com/anything' })).json()).toEqual({ result: 'unknown', document: null });
    expect((await check({ code: '' })).statusCode).toBe(400);
    expect((await check({ code: qr, sha256: 'nothex' })).statusCode).toBe(400);
  });

  it("answers someone else's case with 404 problem+json and no PDF", async () => {
    for (const url of [`/api/v1/cases/${caseId}/result`, `/api/v1/cases/${caseId}/result/document`, '/api/v1/cases/cs_nosuchcase/result/document']) {
      const r = await other.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(404);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body).not.toContain('%PDF');
      expect(r.body).not.toContain('张伟');
    }
    expect((await stack.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/result` })).statusCode).toBe(401);
  });

  it('has no result before 办结, and none for an item whose result is a payment', async () => {
    const guide: ServiceGuide = (await applicant.inject({ method: 'GET', url: '/api/v1/services/GJJ-0012' })).json();
    const r = await applicant.inject({ method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': `results-open-${Date.now()}` },
      payload: { itemCode: 'GJJ-0012', form: sampleFormData(guide.form!), materials: [] } });
    expect((await applicant.inject({ method: 'GET', url: `/api/v1/cases/${r.json().id}/result` })).json())
      .toMatchObject({ status: 'none', kind: null });
    expect((await applicant.inject({ method: 'GET', url: `/api/v1/cases/${r.json().id}/result/document` })).statusCode).toBe(404);
  });
});
