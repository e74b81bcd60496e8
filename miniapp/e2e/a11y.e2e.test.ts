import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleFormData } from '../../bff/src/features/cases/cases.test-support';
import { windowRating } from '../../bff/src/features/ratings/ratings.test-support';
import { axeViolations, formatViolations } from './a11y';
import { loginAs, newPage, openPage, useBrowserStack } from './harness';

const WINDOW = 'H330106-W05'; // 西湖区 window 05 (住房公积金)
const GUIDE = 'GJJ-0001';

type Mode = 'normal' | 'elder';

/** Runs axe on the page on top and keeps the serious and critical findings under the screen's name. */
async function audit(page: Page, screen: string, mode: Mode, found: string[]): Promise<void> {
  // A late response can still re-render the page: let it settle first.
  await page.waitForLoadState('networkidle');
  // 长辈模式 promises high contrast: there text must reach 7:1 (WCAG AAA), not just 4.5:1.
  const rules = mode === 'elder' ? ['color-contrast-enhanced'] : [];
  const violations = await axeViolations(page, { minImpact: 'serious', rules });
  if (violations.length) found.push(formatViolations(violations, `${screen} (${mode})`));
}

/** Every main screen of a resident, from home; findings are added to `found`. */
async function residentScreens(page: Page, baseUrl: string, mode: Mode, found: string[]): Promise<void> {
  await expect.poll(() => page.locator('#home-wallet-valid').getAttribute('data-count')).toMatch(/^\d+$/);
  // 长辈模式 gives residents their own one-column home (components/ElderHome) instead of the hot services.
  await page.locator(mode === 'elder' ? '#elder-tasks' : '#home-hot-services').waitFor({ state: 'visible' });
  await audit(page, 'home', mode, found);

  await page.locator('#home-wallet-link').click();
  await page.locator('#cert-0').waitFor({ state: 'visible' });
  await audit(page, 'wallet', mode, found);

  await page.locator('#cert-0').click();
  await page.locator('#cert-detail [data-field="number"]').waitFor({ state: 'visible' });
  await audit(page, 'certificate detail', mode, found);

  await page.locator('#cert-present').click();
  await page.locator('#present-submit').waitFor({ state: 'visible' });
  await audit(page, '亮证 form', mode, found);
  await page.locator('#present-submit').click();
  await page.waitForFunction(() => {
    const img = document.querySelector('#present-qr img') as HTMLImageElement | null;
    return !!img && img.complete && img.naturalWidth > 0;
  });
  await audit(page, '亮证 code', mode, found);

  await openPage(page, baseUrl, '/pages/services/index');
  await page.locator('#search-input input').fill('公积金');
  await page.locator(`#search-result-${GUIDE}`).waitFor({ state: 'visible' });
  await audit(page, 'services search', mode, found);

  await page.locator(`#search-result-${GUIDE}`).click();
  await page.locator('#guide-deadline').waitFor({ state: 'visible' });
  await audit(page, 'guide', mode, found);

  await openPage(page, baseUrl, '/cases/pages/apply/index?code=GJJ-0012');
  await page.locator('#apply-form #field-phone input').waitFor({ state: 'visible' });
  await audit(page, 'application form', mode, found);

  await openPage(page, baseUrl, '/pages/messages/index');
  await page.locator('#message-0').waitFor({ state: 'visible' });
  await audit(page, 'messages', mode, found);

  await openPage(page, baseUrl, `/pages/rate/index?windowId=${WINDOW}`);
  await page.locator('#rate-real-name').waitFor({ state: 'visible' });
  await page.locator('#rate-item-0').click();
  await page.locator('#rate-overall-4').click();
  await audit(page, 'rate', mode, found);

  await openPage(page, baseUrl, `/ratings/pages/results/index?windowId=${WINDOW}`);
  await page.locator('#results-recent-0').waitFor({ state: 'visible' });
  await audit(page, 'rating results', mode, found);

  await openPage(page, baseUrl, '/cases/pages/list/index');
  await page.locator('#case-0').waitFor({ state: 'visible' });
  await audit(page, 'my cases', mode, found);
}

/** Signed out: the persona list. */
async function loginScreen(page: Page, mode: Mode, found: string[]): Promise<void> {
  await page.locator('#persona-list').waitFor({ state: 'visible' });
  await audit(page, 'login', mode, found);
}

/** A clerk's department queue, from home. */
async function staffScreens(page: Page, mode: Mode, found: string[]): Promise<void> {
  await page.locator('#home-staff-queue').click();
  await page.locator('#queue-0').waitFor({ state: 'visible' });
  await audit(page, 'staff queue', mode, found);
}

/** Turns 长辈模式 on with the switch on home, as a person would; the choice is kept on the device. */
async function turnElderOn(page: Page): Promise<void> {
  await page.locator('#elder-toggle').click();
  await expect.poll(() => page.locator('#elder-toggle').getAttribute('aria-checked')).toBe('true');
}

/** Presses Tab until the element with `id` has focus (at most `limit` presses); fails naming where focus went. */
async function tabTo(page: Page, id: string, limit = 40): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || '');
    if (at === id) return;
    seen.push(at);
  }
  throw new Error(`Tab never reached #${id}; focus went ${seen.join(' → ')}`);
}

describe('accessibility of the main screens (axe-core, WCAG 2.0 A/AA and 2.1 AA), in the browser', () => {
  const env = useBrowserStack();

  beforeAll(async () => {
    // Something to show on the messages, my-cases, queue and results screens: a case of r001's and a rated window.
    const r001 = await env.stack.login('r001');
    const guide = (await r001.inject({ method: 'GET', url: '/api/v1/services/GJJ-0012' })).json();
    const created = await r001.inject({
      method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': 'a11y-case-0001' },
      payload: { itemCode: 'GJJ-0012', form: sampleFormData(guide.form, {}), materials: [] },
    });
    expect(created.statusCode).toBe(201);
    const rated = await r001.inject({
      method: 'POST', url: '/api/v1/ratings',
      payload: windowRating(WINDOW, 'gjj', 5, { comment: '窗口人员耐心，十分钟办完' }),
    });
    expect(rated.statusCode).toBeLessThan(300);
  });

  for (const mode of ['normal', 'elder'] as const satisfies readonly Mode[]) {
    it(`has no serious or critical violations on the resident, sign-in and clerk screens in ${mode} mode`, async () => {
      const found: string[] = [];
      const resident = await newPage(env.browser);
      await loginAs(resident, env.stack.baseUrl, 'r001');
      if (mode === 'elder') await turnElderOn(resident);
      await residentScreens(resident, env.stack.baseUrl, mode, found);
      // Signing out keeps the display choice: the sign-in page is seen in the same mode.
      // Sign-out lives in 我的.
      await openPage(resident, env.stack.baseUrl, '/pages/mine/index');
      await resident.locator('#logout').click();
      await loginScreen(resident, mode, found);
      expect(await resident.locator('#login-page').getAttribute('data-elder')).toBe(mode === 'elder' ? '1' : '0');

      const clerk = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
      await loginAs(clerk, env.stack.baseUrl, 'staff-gjj');
      if (mode === 'elder') await turnElderOn(clerk);
      await staffScreens(clerk, mode, found);

      expect(found.join('\n\n')).toBe('');
      expect([...resident.errors, ...clerk.errors]).toEqual([]);
    });
  }

  it('a keyboard user turns on 长辈模式 and reaches the 亮证 page with Tab, Space and Enter; each new page takes focus at its title', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    const focusedTitle = () =>
      page.evaluate(() => (document.activeElement?.classList.contains('zsb-header__title') ? document.activeElement.textContent : null));

    await tabTo(page, 'elder-toggle');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#elder-toggle').getAttribute('aria-checked')).toBe('true');

    await tabTo(page, 'home-wallet-link');
    await page.keyboard.press('Enter');
    await page.locator('#cert-0').waitFor({ state: 'visible' });
    await expect.poll(focusedTitle).toBe('电子证照');

    await tabTo(page, 'cert-0');
    await page.keyboard.press('Enter');
    await page.locator('#cert-detail').waitFor({ state: 'visible' });
    // 亮证 is a Taro Button: a custom element that the browser alone would neither focus nor press.
    await tabTo(page, 'cert-present');
    await page.keyboard.press('Enter');
    await page.locator('#present-submit').waitFor({ state: 'visible' });
    await expect.poll(focusedTitle).toBeTruthy();
    expect(page.errors).toEqual([]);
  });
});
