import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../bff/src/platform/pdf/pdf.test-support';
import { loginAs, newPage, openPage, screenshot, useBrowserStack, type BrowserStack } from './harness';

// The machine is shared by builds and other test runs: give state changes time to show.
const POLL = { timeout: 15_000 };

/** A case of `itemCode` submitted by r001 through the BFF and completed by the department's clerk (办结). */
async function finishedCase(stack: BrowserStack, itemCode: string, clerkPersona: string, photo: boolean): Promise<string> {
  const applicant = await stack.login('r001');
  const clerk = await stack.login(clerkPersona);
  const guide = (await applicant.inject({ method: 'GET', url: `/api/v1/services/${itemCode}` })).json();
  const form: Record<string, unknown> = {};
  for (const f of guide.form.fields as { key: string; type: string; options?: { value: string }[]; min?: number }[]) {
    form[f.key] = f.type === 'phone' ? '13800001111' : f.type === 'checkbox' ? true : f.type === 'date' ? '2026-03-02'
      : f.type === 'select' || f.type === 'radio' ? f.options?.[0]?.value ?? '' : f.type === 'number' || f.type === 'money' ? f.min ?? 1
        : f.type === 'region' ? '330106' : f.type === 'idNumber' ? '330106198905127476' : f.type === 'certificate' ? undefined : '测试填写';
    if (form[f.key] === undefined) delete form[f.key];
  }
  const materials = [];
  if (photo) {
    // A minimal JPEG (magic bytes are what the BFF checks).
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1), Buffer.from([0xff, 0xd9])]);
    const boundary = '----zsbresults';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
      jpeg, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await applicant.inject({ method: 'POST', url: '/api/v1/uploads', payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(up.statusCode, up.body).toBe(201);
    materials.push({ source: 'upload', materialKey: 'photo', uploadIds: [up.json().id] });
  }
  const r = await applicant.inject({ method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': `e2e-results-${Date.now()}-${itemCode}` },
    payload: { itemCode, form, materials } });
  expect(r.statusCode, r.body).toBe(201);
  const id = r.json().id as string;
  for (const to of ['pre_review', 'accepted', 'processing', 'completed']) {
    const m = await clerk.inject({ method: 'POST', url: `/api/v1/staff/cases/${id}/transitions`, payload: { to } });
    expect(m.statusCode, m.body).toBe(200);
  }
  return id;
}

describe('统一发证 in the browser', () => {
  const env = useBrowserStack();

  it('a certificate-result item (社会保障卡申领): after 办结 the case shows the new certificate, which is in the wallet', async () => {
    const caseId = await finishedCase(env.stack, 'RSJ-0007', 'staff-rsj', true);
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    await openPage(page, env.stack.baseUrl, `/cases/pages/detail/index?id=${caseId}`);
    const cert = page.locator('#case-result-certificate');
    await cert.waitFor({ state: 'visible', ...POLL });
    const certificateId = await cert.getAttribute('data-certificate-id');
    expect(certificateId).toMatch(/^1\.2\.156\.3005\.2\./);
    await expect.poll(() => cert.innerText(), POLL).toContain('社会保障卡');
    await screenshot(page, 'results-certificate-case');
    await page.locator('#case-result-open').click();
    await page.locator('#cert-detail').waitFor({ state: 'visible', ...POLL });
    expect(await page.locator('#cert-detail [data-cert-id]').first().getAttribute('data-cert-id')).toBe(certificateId);
    // And in the wallet's list.
    await openPage(page, env.stack.baseUrl, '/pages/wallet/index');
    await page.locator(`[data-cert-id="${certificateId}"]`).first().waitFor({ state: 'visible', ...POLL });
    await screenshot(page, 'results-certificate-wallet');
    expect(page.errors).toEqual([]);
  });

  it('a document-result item (住房公积金缴存证明): the PDF downloads from the case and its QR verifies', async () => {
    const caseId = await finishedCase(env.stack, 'GJJ-0012', 'staff-gjj', false);
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    await openPage(page, env.stack.baseUrl, `/cases/pages/detail/index?id=${caseId}`);
    const doc = page.locator('#case-result-document');
    await doc.waitFor({ state: 'visible', ...POLL });
    await screenshot(page, 'results-document-case');
    const [download] = await Promise.all([page.waitForEvent('download', POLL), page.locator('#case-result-download').click()]);
    expect(download.suggestedFilename()).toMatch(/住房公积金缴存证明.*\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const info = await inspectPdf(pdf);
    expect(info.fontFiles).toBe(1);
    expect(info.qr).toMatch(/#\/results\/pages\/check\/index\?code=/);

    // The QR opens the check page (anyone may, signed in or not).
    const checker = await newPage(env.browser);
    const hash = info.qr!.slice(info.qr!.indexOf('#') + 1);
    await openPage(checker, env.stack.baseUrl, hash);
    const verdict = checker.locator('#document-check-verdict');
    await verdict.waitFor({ state: 'visible', ...POLL });
    expect(await verdict.getAttribute('data-result')).toBe('valid');
    await expect.poll(() => checker.locator('#document-check-result').innerText(), POLL).toContain('住房公积金缴存证明');
    await screenshot(checker, 'results-document-check');

    // An altered QR is called out.
    const altered = hash.replace(/(%3AD)([0-9A-F])/, (_, p: string, c: string) => `${p}${c === '0' ? '1' : '0'}`);
    expect(altered).not.toBe(hash);
    await openPage(checker, env.stack.baseUrl, altered);
    await expect.poll(() => checker.locator('#document-check-verdict').getAttribute('data-result'), POLL).toBe('tampered');
    expect(page.errors).toEqual([]);
  });
});
