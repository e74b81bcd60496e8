import { describe, expect, it } from 'vitest';
import { loginAs, newPage, openPage, screenshot, useBrowserStack } from './harness';

describe('消息设置 and 情况通报 in the browser', () => {
  const env = useBrowserStack();

  it('a resident turns SMS on for certificate expiry and allows WeChat reminders through the H5 stand-in', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r004');
    await page.locator('#home-notify-settings').click();
    const expiry = page.locator('#notify-expiry');
    await expiry.waitFor({ state: 'visible' });
    expect(await expiry.getAttribute('data-sms')).toBe('0');
    expect(await page.locator('#notify-quiet').innerText()).toContain('22:00');
    await page.locator('#notify-expiry-sms').click();
    await expect.poll(() => expiry.getAttribute('data-sms')).toBe('1');
    await page.locator('#notify-notice').waitFor({ state: 'visible' });

    await page.locator('#notify-subscribe').click();
    await page.locator('#notify-standin').waitFor({ state: 'visible' });
    await screenshot(page, 'notify-standin');
    await page.locator('#notify-standin-accept').click();
    await expect.poll(() => page.locator('#notify-case .zsb-notify__consents').getAttribute('data-consents')).toBe('1');
    await screenshot(page, 'notify-settings');

    // Kept: a fresh visit shows the choice.
    await openPage(page, env.stack.baseUrl, '/settings/pages/notifications/index');
    await expect.poll(() => page.locator('#notify-expiry').getAttribute('data-sms')).toBe('1');
    expect(await env.stack.count('notificationConsents')).toBeGreaterThanOrEqual(1);
    expect(page.errors).toEqual([]);
  });

  it('the operator opens 预警督办 and a unit\'s monthly report with its charts', async () => {
    // The sweep that runs on the first working day of a month: last month's reports exist from today on.
    const run = await env.stack.app.supervision.run();
    expect(run.ran).toBe(true);
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'operator-1');
    await page.locator('#home-supervision').click();
    await page.locator('#supervision-overview-page').waitFor({ state: 'visible' });
    await page.locator('#supervision-open-reports').click();
    const first = page.locator('#supervision-report-0');
    await first.waitFor({ state: 'visible' });
    await first.click();
    await page.locator('#report-figures').waitFor({ state: 'visible' });
    expect(await page.locator('#report-received').getAttribute('data-value')).toMatch(/^\d+$/);
    const chart = page.locator('#report-chart-cases img, img#report-chart-cases').first();
    await chart.waitFor({ state: 'attached' });
    expect(await chart.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await screenshot(page, 'supervision-report');
    expect(page.errors).toEqual([]);
  });
});
