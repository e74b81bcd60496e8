import { describe, expect, it } from 'vitest';
import { jpegWithGps } from '../../bff/src/features/reports/reports.test-support';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations } from './a11y';
import { loginAs, newPage, openPage, screenshot, useBrowserStack } from './harness';

/** The id in the hash route of the page the browser is on (`…?id=…`). */
const idInUrl = (url: string) => new URL(url.replace('/#/', '/')).searchParams.get('id') ?? '';

/** WCAG 2.1 AA findings of serious or critical impact on the page on top (none expected). */
async function a11yFindings(page: Page, screen: string): Promise<string> {
  return formatViolations(await axeViolations(page, { minImpact: 'serious' }), screen);
}

describe('咨询, 随手拍 and 依申请公开 in the browser', () => {
  const env = useBrowserStack();

  it('a 随手拍 with a photo and the phone\'s position reaches the unit\'s queue, and the reporter sees the status change', async () => {
    const reporter = await newPage(env.browser);
    // West Lake, as the browser's geolocation reports it.
    await reporter.context().grantPermissions(['geolocation']);
    await reporter.context().setGeolocation({ latitude: 30.2591, longitude: 120.1302 });
    await loginAs(reporter, env.stack.baseUrl, 'r001');
    await reporter.locator('#home-asks').click();
    await reporter.locator('#asks-report').click();
    await reporter.locator('#report-new-page').waitFor({ state: 'visible' });

    const [chooser] = await Promise.all([reporter.waitForEvent('filechooser'), reporter.locator('#report-add-photo').click()]);
    await chooser.setFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: await jpegWithGps(30.2591, 120.1302) });
    await expect.poll(() => reporter.locator('#report-photo-count').getAttribute('data-count')).toBe('1');
    // The EXIF position came back with the stored (stripped) photo.
    await reporter.locator('#report-use-photo-location').waitFor({ state: 'visible' });
    await reporter.locator('#report-locate').click();
    await expect.poll(() => reporter.locator('#report-place').getAttribute('data-source')).toBe('device');
    await reporter.locator('#report-category-fire_hazard').click();
    await reporter.locator('#report-description textarea').fill('北山街小区消防通道堆满杂物');
    await screenshot(reporter, 'report-new');
    expect(await a11yFindings(reporter, 'report-new')).toBe('');
    await reporter.locator('#report-submit').click();
    await reporter.locator('#report-page #report-status').waitFor({ state: 'visible' });
    expect(await reporter.locator('#report-status [data-status]').getAttribute('data-status')).toBe('received');
    const reportId = idInUrl(reporter.url());
    expect(reportId).not.toBe('');
    await expect.poll(() => reporter.locator('#report-hotline').getAttribute('data-state')).toBe('pushed');

    // The fire brigade's clerk finds it in the unit's queue and moves it on.
    const unit = await newPage(env.browser);
    await loginAs(unit, env.stack.baseUrl, 'staff-xfjy');
    await unit.locator('#home-asks').click();
    await unit.locator('#asks-staff').click();
    await unit.locator('#asks-staff-tab-reports').click();
    const row = unit.locator(`#asks-staff-report-${reportId}`);
    await row.waitFor({ state: 'visible' });
    await row.click();
    await unit.locator('#staff-report').waitFor({ state: 'visible' });
    await unit.locator('#staff-report-note textarea').fill('已派员现场清理');
    await unit.locator('#staff-report-processing').click();
    await expect.poll(() => unit.locator('#staff-report [data-status]').getAttribute('data-status')).toBe('processing');
    await unit.locator('#staff-report-note textarea').fill('杂物已清理，通道畅通');
    await unit.locator('#staff-report-resolved').click();
    await expect.poll(() => unit.locator('#staff-report [data-status]').getAttribute('data-status')).toBe('resolved');
    await screenshot(unit, 'report-unit');
    expect(await a11yFindings(unit, 'staff-item')).toBe('');

    // The reporter sees the change and rates the outcome.
    await openPage(reporter, env.stack.baseUrl, `/asks/pages/report/index?id=${reportId}`);
    await expect.poll(() => reporter.locator('#report-page #report-status [data-status]').getAttribute('data-status')).toBe('resolved');
    await reporter.locator('#report-verdict-satisfied').click();
    await expect.poll(() => reporter.locator('#report-page #report-status [data-status]').getAttribute('data-status')).toBe('closed');
    await reporter.locator('#report-verdict-given').waitFor({ state: 'visible' });
    await screenshot(reporter, 'report-closed');
  });

  it('a question asked on a guide is answered by staff and appears to the asker and on the guide', async () => {
    const asker = await newPage(env.browser);
    await loginAs(asker, env.stack.baseUrl, 'r001');
    await openPage(asker, env.stack.baseUrl, '/pages/guide/index?code=GJJ-0001');
    await asker.locator('#guide-ask').click();
    await asker.locator('#ask-question textarea').fill('异地购房可以提取公积金吗？');
    await asker.locator('#ask-public').click();
    await asker.locator('#ask-submit').click();
    await asker.locator('#enquiry-page #enquiry-status').waitFor({ state: 'visible' });
    expect(await asker.locator('#enquiry-status [data-status]').getAttribute('data-status')).toBe('open');
    const enquiryId = idInUrl(asker.url());

    const clerk = await newPage(env.browser);
    await loginAs(clerk, env.stack.baseUrl, 'staff-gjj');
    await openPage(clerk, env.stack.baseUrl, '/asks/pages/staff/index');
    await clerk.locator(`#asks-staff-enquiry-${enquiryId}`).click();
    await clerk.locator('#staff-answer textarea').fill('可以，凭购房合同和发票在线申请提取。');
    await clerk.locator('#staff-answer-submit').click();
    await clerk.locator('#staff-enquiry-answer').waitFor({ state: 'visible' });

    await openPage(asker, env.stack.baseUrl, `/asks/pages/enquiry/index?id=${enquiryId}`);
    await expect.poll(() => asker.locator('#enquiry-page #enquiry-answer-text').textContent()).toContain('凭购房合同和发票');
    await screenshot(asker, 'enquiry-answered');
    await openPage(asker, env.stack.baseUrl, '/pages/guide/index?code=GJJ-0001');
    await asker.locator(`#guide-questions [data-enquiry-id="${enquiryId}"]`).waitFor({ state: 'visible' });
  });

  it('a 依申请公开 request is answered with a file and the right to a review', async () => {
    const requester = await newPage(env.browser);
    await loginAs(requester, env.stack.baseUrl, 'r001');
    await openPage(requester, env.stack.baseUrl, '/asks/pages/hub/index');
    await requester.locator('#asks-disclosure').click();
    await requester.locator('#disclosure-dept-sthjj').click();
    await requester.locator('#disclosure-description textarea').fill('2025年西湖区空气质量监测月报');
    await requester.locator('#disclosure-submit').click();
    await requester.locator('#disclosure-page #disclosure-status').waitFor({ state: 'visible' });
    expect(await requester.locator('#disclosure-page #disclosure-status [data-status]').getAttribute('data-status')).toBe('received');
    const requestId = idInUrl(requester.url());

    const clerk = await newPage(env.browser);
    await loginAs(clerk, env.stack.baseUrl, 'staff-sthjj');
    await openPage(clerk, env.stack.baseUrl, '/asks/pages/staff/index');
    await clerk.locator('#asks-staff-tab-disclosures').click();
    await clerk.locator(`#asks-staff-disclosure-${requestId}`).click();
    await clerk.locator('#staff-disclosure-form').waitFor({ state: 'visible' });
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
    const [chooser] = await Promise.all([clerk.waitForEvent('filechooser'), clerk.locator('#staff-attach').click()]);
    await chooser.setFiles({ name: '空气质量月报2025.pdf', mimeType: 'application/pdf', buffer: pdf });
    await clerk.locator('#staff-disclosure-form [data-upload-id]').waitFor({ state: 'visible' });
    await clerk.locator('#staff-disclosure-text textarea').fill('所申请信息见附件。');
    await clerk.locator('#staff-disclosure-submit').click();
    await clerk.locator('#disclosure-answer').waitFor({ state: 'visible' });

    await openPage(requester, env.stack.baseUrl, `/asks/pages/disclosure/index?id=${requestId}`);
    await requester.locator('#disclosure-page #disclosure-answer').waitFor({ state: 'visible' });
    expect(await requester.locator('#disclosure-page #disclosure-answer [data-outcome]').getAttribute('data-outcome')).toBe('granted');
    const file = requester.locator('#disclosure-page [id^="disclosure-file-"]');
    expect(await file.getAttribute('data-mime')).toBe('application/pdf');
    expect(await requester.locator('#disclosure-page #disclosure-review').textContent()).toContain('行政复议');
    await screenshot(requester, 'disclosure-answered');
    expect(await a11yFindings(requester, 'disclosure')).toBe('');
  });
});
