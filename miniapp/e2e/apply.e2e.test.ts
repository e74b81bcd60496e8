import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loginAs, newPage, openPage, screenshot, useBrowserStack } from './harness';

// The machine is shared by builds and other test runs: give state changes time to show.
const POLL = { timeout: 10_000 };
const ITEM = 'GJJ-0012'; // 住房公积金缴存证明开具: a form, and the ID card attached from the wallet

async function fillCertificateForm(page: Page) {
  await page.locator('#apply-form').waitFor({ state: 'visible' });
  await page.locator('#field-phone input').fill('13800001111');
  await page.locator('#field-purposeType-opt-0').click();
  await page.locator('#field-agreeCommitment [role="checkbox"]').click();
  await expect.poll(() => page.locator('#field-agreeCommitment [role="checkbox"]').getAttribute('aria-checked'), POLL).toBe('true');
}

describe('applying online and a clerk completing the case, in the browser', () => {
  const env = useBrowserStack();

  it('searches 公積金, opens the guide and applies; staff-gjj accepts and completes; the applicant sees 已办结 and a message', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    // Traditional characters find the simplified item.
    await openPage(page, env.stack.baseUrl, '/pages/services/index');
    const search = page.locator('#search-input input');
    await search.waitFor({ state: 'visible' });
    await search.fill('公積金');
    await search.press('Enter');
    const result = page.locator(`#search-result-${ITEM}`);
    await result.waitFor({ state: 'visible' });
    await screenshot(page, 'apply-search');
    await result.click();
    const apply = page.locator('#guide-apply');
    await apply.waitFor({ state: 'visible' });
    await apply.click();
    await fillCertificateForm(page);
    // The ID card comes from the certificate library: nothing to upload.
    expect(await page.locator('#apply-form [data-material="id_card"]').getAttribute('data-wallet')).toBe('1');
    await screenshot(page, 'apply-form');
    await page.locator('#apply-submit').click();

    const detail = page.locator('#case-detail');
    await detail.waitFor({ state: 'visible' });
    const caseId = (await detail.getAttribute('data-case-id'))!;
    expect(await detail.getAttribute('data-status')).toBe('submitted');
    await expect.poll(() => page.locator('#case-summary [data-deadline]').getAttribute('data-deadline'), POLL).toMatch(/on_track|near/);
    await screenshot(page, 'case-submitted');

    // The clerk works on a desktop env.browser.
    const clerk = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await loginAs(clerk, env.stack.baseUrl, 'staff-gjj');
    // A clerk reaches the department queue from home.
    await clerk.locator('#home-staff-queue').click();
    const row = clerk.locator(`#queue-list [data-case-id="${caseId}"]`);
    await row.waitFor({ state: 'visible' });
    await screenshot(clerk, 'staff-queue');
    await row.click();
    const staffDetail = clerk.locator('#case-detail');
    await staffDetail.waitFor({ state: 'visible' });
    for (const to of ['pre_review', 'accepted', 'processing', 'completed']) {
      await clerk.locator(`#action-${to}`).click();
      await expect.poll(() => staffDetail.getAttribute('data-status'), POLL).toBe(to);
    }
    await screenshot(clerk, 'staff-case-completed');

    // Back on the phone: the message center has the news, and it opens the case showing 已办结. (The
    // 缴存证明 itself is issued as a document right after, with a message of its own.)
    await openPage(page, env.stack.baseUrl, '/pages/messages/index');
    const newest = page.locator('[id^="message-"]', { hasText: '已办结：住房公积金缴存证明开具' }).first();
    await newest.waitFor({ state: 'visible' });
    await screenshot(page, 'messages-case-completed');
    await newest.click();
    await expect.poll(() => page.locator('#case-detail').getAttribute('data-case-id'), POLL).toBe(caseId);
    await expect.poll(() => page.locator('#case-detail').getAttribute('data-status'), POLL).toBe('completed');
    expect(await page.locator('#case-summary .zsb-case-status').innerText()).toContain('已办结');
    expect(await page.locator('#case-timeline [data-to]').count()).toBe(5);
    await screenshot(page, 'case-completed');
    expect(page.errors).toEqual([]);
    expect(clerk.errors).toEqual([]);
  });

  it('submits a 一件事 bundle with an uploaded photo, autosaving the draft on the way', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    const answers = encodeURIComponent(JSON.stringify({ kind: 'renewal', vaccinated: 'yes' }));
    await openPage(page, env.stack.baseUrl, `/cases/pages/apply/index?bundle=dog_licence&answers=${answers}`);
    const form = page.locator('#apply-form');
    await form.waitFor({ state: 'visible' });
    expect(await form.getAttribute('data-mode')).toBe('bundle');
    await page.locator('#field-phone input').fill('13800001111');
    await page.locator('#field-dogLicenceNo input').fill('杭犬2025-001234');
    await page.locator('#field-immunizationNo input').fill('MY2026-5678');
    await page.locator('#field-agreeCommitment [role="checkbox"]').click();
    await expect.poll(() => page.locator('#apply-draft-state').getAttribute('data-state'), POLL).toBe('saved');

    // The material the wallet cannot give is photographed and uploaded.
    const slot = page.locator('#apply-form [data-material="m2"]');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), slot.locator('[id$="-upload"]').click()]);
    // A real (1×1) image: the picker decodes it before handing it over.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    await chooser.setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
    await slot.locator('.zsb-apply__uploaded').waitFor({ state: 'visible' });
    await screenshot(page, 'apply-bundle');
    await page.locator('#apply-submit').click();

    const detail = page.locator('#case-detail');
    await detail.waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#case-children [data-case-id]').count(), POLL).toBe(1);
    expect(await page.locator('#case-summary .zsb-case__title').innerText()).toBe('我要办犬证');
    await screenshot(page, 'case-bundle');
    expect(page.errors).toEqual([]);
  });

  it('keeps what was typed when the applicant goes back within 1.2 s of typing (defect 13d)', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    await openPage(page, env.stack.baseUrl, `/pages/guide/index?code=${ITEM}`);
    await page.locator('#guide-apply').click();
    await page.locator('#apply-form').waitFor({ state: 'visible' });
    await page.locator('#field-phone input').fill('13912345678');
    // Straight back, well before the autosave pause is over.
    await page.locator('#apply-page #page-back').click();
    await page.locator('#guide-apply').waitFor({ state: 'visible' });

    const api = await env.stack.login('r001');
    const draftPhone = async () => (await api.inject({ method: 'GET', url: `/api/v1/drafts/item/${ITEM}` })).json().draft?.form?.phone ?? null;
    await expect.poll(draftPhone, POLL).toBe('13912345678');
    await page.locator('#guide-apply').click();
    await expect.poll(() => page.locator('#apply-page #field-phone input').inputValue(), POLL).toBe('13912345678');
    expect(page.errors).toEqual([]);
  });

  it('says what each field and material needs, and keeps the uploaded file\'s own name up to the case (defect 13e)', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    // 不动产权证书遗失补证: the 遗失声明 (m2) has to be uploaded.
    await openPage(page, env.stack.baseUrl, '/cases/pages/apply/index?code=BDC-0008');
    await page.locator('#apply-form').waitFor({ state: 'visible' });
    await page.locator('#field-phone input').fill('12345');
    await page.locator('#field-propertyAddress input').fill('西湖区文三路 1 号');
    await page.locator('#field-agreeCommitment [role="checkbox"]').click();
    await page.locator('#apply-submit').click();
    const phoneError = page.locator('#field-phone .zsb-form-field__error');
    await phoneError.waitFor({ state: 'visible' });
    expect(await phoneError.innerText()).toBe('请输入 11 位手机号码，或带区号的固定电话');
    const slot = page.locator('#apply-form [data-material="m2"]');
    expect(await slot.innerText()).toContain('请上传此材料');
    expect(await page.locator('#apply-error').innerText()).toContain('还有内容需要修改，请检查标红的项目');
    await screenshot(page, 'apply-field-errors');

    await page.locator('#field-phone input').fill('13800001111');
    await expect.poll(() => phoneError.count(), POLL).toBe(0);
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), slot.locator('[id$="-upload"]').click()]);
    await chooser.setFiles({ name: '遗失声明 2026\u202e.png', mimeType: 'image/png', buffer: png });
    await slot.locator('.zsb-apply__uploaded').waitFor({ state: 'visible' });
    expect(await slot.locator('.zsb-apply__uploaded').innerText()).toBe('已上传：遗失声明 2026.png');
    expect(await slot.innerText()).not.toContain('请上传此材料');
    await page.locator('#apply-submit').click();

    const detail = page.locator('#case-detail');
    await detail.waitFor({ state: 'visible' });
    const file = page.locator('#case-materials [data-material="m2"] .zsb-materials__filename');
    await file.waitFor({ state: 'visible' });
    expect(await file.innerText()).toBe('遗失声明 2026.png');
    await screenshot(page, 'case-uploaded-name');
    expect(page.errors).toEqual([]);
  });
});
