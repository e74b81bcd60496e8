import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { relyingPartyAuthorization } from '../../bff/src/features/presentation/presentation.testing';
import { loginAs, newPage, screenshot, type BrowserStack, useBrowserStack } from './harness';

/** The text of the QR code in a PNG file, decoded with jsQR (what a checker's phone does). */
function decodePng(file: string): string | null {
  const png = PNG.sync.read(readFileSync(file));
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

/** From the home page to the 亮证 page of the holder's certificate of `kind`, through the wallet and detail pages. */
async function openPresentPage(page: Page, stack: BrowserStack, personaId: string, kind: string): Promise<string> {
  const session = await stack.login(personaId);
  const wallet = (await session.inject({ method: 'GET', url: '/api/v1/wallet' })).json() as { certificates: { id: string; kind: string }[] };
  const index = wallet.certificates.findIndex((c) => c.kind === kind);
  await page.locator('#home-wallet-link').click();
  await page.locator(`#cert-${index}`).click();
  await page.locator('#cert-present').click();
  await page.locator('#present-submit').waitFor({ state: 'visible' });
  return wallet.certificates[index].id;
}

/** Taps 生成亮证码 and waits until the QR image has loaded. */
async function showCode(page: Page): Promise<void> {
  await page.locator('#present-submit').click();
  await page.waitForFunction(() => {
    const img = document.querySelector('#present-qr img') as HTMLImageElement | null;
    return !!img && img.complete && img.naturalWidth > 0;
  });
}

describe('亮证 and 核验 in the browser', () => {
  const env = useBrowserStack();

  it('shows a QR code that decodes from a screenshot and verifies once: valid, then replayed', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    const certificateId = await openPresentPage(page, env.stack, 'r001', 'id_card');
    await page.locator('#mode-fields').click();
    await page.locator('#field-name').click();
    await page.locator('#purpose-hotel').click();
    await screenshot(page, 'presentation-form');
    await showCode(page);
    expect(Number(await page.locator('#present-countdown').getAttribute('data-seconds'))).toBeGreaterThan(50);
    const shot = await screenshot(page, 'presentation-qr');

    const token = decodePng(shot);
    // The page shows the short signed reference (QR alphanumeric characters), resolved online by the checker.
    expect(token).toMatch(/^ZR1:[0-9A-Z $%*+\-./:]+$/);
    const checker = await env.stack.login('staff-gaj');
    const first = (await checker.inject({ method: 'POST', url: '/api/v1/verify', payload: { token } })).json();
    expect(first).toMatchObject({ result: 'valid', certificate: { kind: 'id_card' }, fields: [{ key: 'name', value: '张伟' }], presentation: { purpose: '酒店入住登记' } });
    // The checker learns what was chosen, not the certificate's id (the same in every code, it would link checks).
    expect(JSON.stringify(first)).not.toContain(certificateId);
    const second = (await checker.inject({ method: 'POST', url: '/api/v1/verify', payload: { token } })).json();
    expect(second.result).toBe('replayed');

    // The holder's page learns that the code was checked.
    await page.locator('#present-verified').waitFor({ state: 'visible', timeout: 10_000 });
    expect(page.errors).toEqual([]);
  });

  it('lets a checker verify a photographed code on the H5 checker page: green with the disclosed details', async () => {
    const holder = await newPage(env.browser);
    await loginAs(holder, env.stack.baseUrl, 'r001');
    await openPresentPage(holder, env.stack, 'r001', 'id_card');
    await holder.locator('#mode-claims').click();
    await holder.locator('#claim-age_over_18').click();
    await showCode(holder);
    const shot = await screenshot(holder, 'presentation-claim-qr');

    const checker = await newPage(env.browser);
    await loginAs(checker, env.stack.baseUrl, 'r002');
    await checker.locator('#home-verify').click();
    const [chooser] = await Promise.all([checker.waitForEvent('filechooser'), checker.locator('#verify-scan').click()]);
    await chooser.setFiles(shot);
    const result = checker.locator('#verify-result');
    await result.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await result.getAttribute('data-result')).toBe('valid');
    expect(await result.innerText()).toContain('年满18周岁');
    expect(await result.innerText()).not.toMatch(/\d{17}[\dX]/);
    await screenshot(checker, 'verification-valid');

    // The same picture again is red: the code was single use.
    const [again] = await Promise.all([checker.waitForEvent('filechooser'), checker.locator('#verify-scan').click()]);
    await again.setFiles(shot);
    await expect.poll(() => checker.locator('#verify-result').getAttribute('data-result'), { timeout: 15_000 }).toBe('replayed');
    await screenshot(checker, 'verification-replayed');
  });

  it('switches to the enterprise the holder represents and shows its 营业执照 as a code that verifies', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    const session = await env.stack.login('r001');
    const me = (await session.inject({ method: 'GET', url: '/api/v1/me' })).json() as { identities: { kind: string; id: string; role: string }[] };
    const enterprise = me.identities.find((i) => i.kind === 'enterprise' && i.role === 'legal_representative')!;
    await page.locator('#home-wallet-link').click();
    await page.locator(`#identity-${enterprise.id}`).click();
    const licence = page.locator('[id^="cert-"][data-cert-id]').filter({ hasText: '营业执照' });
    await licence.waitFor({ state: 'visible' });
    await licence.click();
    await page.locator('#cert-present').click();
    await showCode(page);
    const token = decodePng(await screenshot(page, 'presentation-business-licence'));
    const checker = await env.stack.login('staff-scjgj');
    const v = (await checker.inject({ method: 'POST', url: '/api/v1/verify', payload: { token } })).json();
    expect(v).toMatchObject({ result: 'valid', certificate: { kind: 'business_licence' } });
    expect(v.fields.find((f: { key: string }) => f.key === 'uscc').value).toBe(enterprise.id);
  });

  it('grants a consent from the certificate page, revokes it, and lists every use in 用证记录', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r002');
    await page.locator('#home-wallet-link').click();
    await page.locator('#cert-0').click();
    await page.locator('#cert-consent').click();
    await page.locator('#party-dept-gjj').click();
    await page.locator('#consent-field-name').click();
    await page.locator('#consent-purpose input').fill('公积金提取');
    await page.locator('#duration-7').click();
    await page.locator('#consent-submit').click();
    const status = page.locator('#consent-status');
    await expect.poll(() => status.innerText()).toBe('生效中');
    const consentId = await page.locator('#consent-detail [data-consent-id]').getAttribute('data-consent-id');

    // The department reads with its own credential, then the holder revokes and it is refused at once.
    const read = (auth: string) => env.stack.app.inject({ method: 'GET', url: `/api/v1/relying/certificates/${consentId}`, headers: { authorization: auth } });
    const auth = relyingPartyAuthorization(env.stack, 'dept-gjj');
    expect((await read(auth)).statusCode).toBe(200);
    await page.locator('#consent-revoke').click();
    await expect.poll(() => status.innerText()).toBe('已撤销');
    expect((await read(auth)).statusCode).toBe(403);
    await screenshot(page, 'consent-revoked');

    await page.locator('#consent-audit').click();
    const entries = page.locator('[id^="audit-"] [data-action]');
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(3);
    const actions = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    expect(actions.slice(0, 3)).toEqual(['consent.read', 'consent.revoke', 'consent.read']);
    expect(await page.locator('#audit-0').innerText()).toContain('杭州住房公积金管理中心');
    await screenshot(page, 'audit-log');
  });

  it('reveals the masked fields for a minute on the certificate page', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    await page.locator('#home-wallet-link').click();
    await page.locator('#cert-0').click();
    const idField = page.locator('[data-field="field-idNumber"]');
    await idField.waitFor({ state: 'visible' });
    expect(await idField.getAttribute('data-masked')).toBe('1');
    await page.locator('#cert-reveal').click();
    await expect.poll(() => idField.getAttribute('data-masked')).toBe('0');
    expect(await idField.locator('.zsb-field__text').innerText()).toMatch(/^\d{17}[\dX]$/);
    expect(await page.locator('#cert-reveal-countdown').innerText()).toMatch(/\d+/);
    await page.locator('#cert-hide').click();
    await expect.poll(() => idField.getAttribute('data-masked')).toBe('1');
  });

  it('opens the wallet offline from the device copy, marked 离线, and explains why no code can be shown', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    await page.locator('#home-wallet-link').click();
    await page.locator('#cert-0').waitFor({ state: 'visible' });
    const certificateId = await page.locator('#cert-0').getAttribute('data-cert-id');
    const count = await page.locator('[id^="cert-"][data-cert-id]').count();
    // H5 loads each page's script on first visit (a mini-program has them on the phone): visit 亮证 once online.
    await page.locator('#cert-0').click();
    await page.locator('#cert-present').click();
    await page.locator('#present-submit').waitFor({ state: 'visible' });

    await page.context().setOffline(true);
    await page.evaluate(() => { location.hash = '#/pages/home/index'; });
    await page.evaluate(() => { location.hash = '#/pages/wallet/index'; });
    await page.locator('#offline-badge').last().waitFor({ state: 'visible' });
    expect(await page.locator('#offline-badge').last().innerText()).toMatch(/离线[\s\S]*\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await expect.poll(() => page.locator('.taro_page:last-child [id^="cert-"][data-cert-id]').count()).toBe(count);
    await screenshot(page, 'wallet-offline');

    await page.evaluate((id) => { location.hash = `#/pages/present/index?id=${encodeURIComponent(id ?? '')}`; }, certificateId);
    await page.locator('#present-offline').waitFor({ state: 'visible' });
    expect(await page.locator('#present-offline').innerText()).toContain('联网');
    await screenshot(page, 'present-offline');
    await expect.poll(() => page.locator('#present-submit:visible').count()).toBe(0);
    await page.context().setOffline(false);
  });
});
