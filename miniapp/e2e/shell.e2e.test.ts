import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bookableItem, setHallClock } from '../../bff/src/features/appointments/appointments.test-support';
import { axeViolations, formatViolations } from './a11y';
import { loginAs, newPage, openPage, openTab, screenshot, useBrowserStack } from './harness';

const POLL = { timeout: 15_000 };
const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);
/** The page Taro H5 shows now (tab pages stay in the document, hidden). */
const shown = (page: Page, selector: string) => page.locator(`${selector}:visible`);

/** Picks a persona on the sign-in page that is already open. */
async function pickPersona(page: Page, personaId: string) {
  const card = page.locator(`#persona-${personaId}`);
  await card.waitFor({ state: 'visible' });
  await card.click();
}

describe('the app shell as a new user meets it', () => {
  const env = useBrowserStack();

  it('moves between 首页 · 办事 · 证照 · 我的 with the tab bar; 我的 gathers my things, language, elder mode and sign-out', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    expect(await page.locator('.weui-tabbar__item').allInnerTexts()).toEqual(['首页', '办事', '证照', '我的']);

    await openTab(page, 1);
    await shown(page, '#services-page').waitFor();
    expect(hashOf(page)).toContain('/pages/services/index');
    // The category grid lists every department.
    expect(await page.locator('#filter-departments [id^="filter-dept-"]').count()).toBeGreaterThanOrEqual(15);
    expect(await page.locator('#services-page #page-back').count()).toBe(0);

    await openTab(page, 2);
    await shown(page, '#wallet-page').waitFor();
    await page.locator('#cert-0').waitFor({ state: 'visible' });

    await openTab(page, 3);
    await shown(page, '#mine-page').waitFor();
    for (const id of ['mine-cases', 'mine-appointments', 'mine-messages', 'mine-consents', 'mine-usage', 'mine-language', 'mine-elder', 'logout']) {
      await page.locator(`#${id}`).waitFor({ state: 'visible' });
    }
    expect(formatViolations(await axeViolations(page, { minImpact: 'serious' }), 'mine')).toBe('');
    await page.locator('#mine-elder').click();
    await expect.poll(() => page.locator('#mine-page').getAttribute('data-elder'), POLL).toBe('1');
    expect(formatViolations(await axeViolations(page, { minImpact: 'serious', rules: ['color-contrast-enhanced'] }), 'mine (elder)')).toBe('');
    await page.locator('#mine-elder').click();
    await page.locator('#mine-usage').click();
    await expect.poll(() => hashOf(page), POLL).toContain('/certs/pages/audit-log/index');
    await page.goBack();
    await shown(page, '#mine-page').waitFor();
    await screenshot(page, 'shell-mine');

    await openTab(page, 0);
    await shown(page, '#home-page').waitFor();
    expect(page.errors).toEqual([]);
  });

  it('shows the ID card in one tap from 首页', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    await page.locator('#home-present-id').click();
    await page.locator('#present-submit').waitFor({ state: 'visible' });
    const wallet = (await (await env.stack.login('r001')).inject({ method: 'GET', url: '/api/v1/wallet' })).json();
    const idCard = wallet.certificates.find((c: { kind: string }) => c.kind === 'id_card');
    expect(hashOf(page)).toContain(`/pages/present/index?id=${idCard.id}`);
  });

  it('takes the back arrow of a page opened by a link or reloaded to its parent, or home', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    const wallet = (await (await env.stack.login('r001')).inject({ method: 'GET', url: '/api/v1/wallet' })).json();

    await openPage(page, env.stack.baseUrl, `/pages/certificate/index?id=${encodeURIComponent(wallet.certificates[0].id)}`);
    await page.reload();
    await shown(page, '#page-back').waitFor();
    await shown(page, '#page-back').click();
    await shown(page, '#wallet-page').waitFor();
    expect(hashOf(page)).toContain('/pages/wallet/index');

    await openPage(page, env.stack.baseUrl, '/cases/pages/list/index');
    await page.reload();
    await shown(page, '#page-back').click();
    await shown(page, '#mine-page').waitFor();

    // A page with no parent of its own goes home.
    await openPage(page, env.stack.baseUrl, '/hall/pages/scan/index');
    await page.reload();
    await shown(page, '#page-back').click();
    await shown(page, '#home-page').waitFor();
    expect(page.errors).toEqual([]);
  });

  it('signed out, a deep page leads to sign-in and back to the same page — the window being rated included', async () => {
    const page = await newPage(env.browser);
    await openPage(page, env.stack.baseUrl, '/cases/pages/list/index');
    await page.locator('#login-next').waitFor({ state: 'visible' });
    expect(await page.locator('#page-error:visible').count()).toBe(0);
    await pickPersona(page, 'r001');
    await shown(page, '#my-cases-page').waitFor();
    expect(hashOf(page)).toContain('/cases/pages/list/index');

    // Rating a window works signed out (anonymous); signing in from it comes back to that window.
    const rater = await newPage(env.browser);
    await openPage(rater, env.stack.baseUrl, '/pages/rate/index?windowId=H330106-W05');
    await rater.locator('#rate-anonymous').waitFor({ state: 'visible' });
    await rater.locator('#rate-sign-in').click();
    await pickPersona(rater, 'r002');
    await rater.locator('#rate-real-name').waitFor({ state: 'visible' });
    expect(hashOf(rater)).toContain('/pages/rate/index?windowId=H330106-W05');
    await screenshot(rater, 'shell-rate-after-sign-in');
    expect([...page.errors, ...rater.errors].filter((e) => !e.includes('401'))).toEqual([]);
  });

  it('after sign-out, back never lands on a dead page', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    // A few pages deep, as someone would be: a pushed page, back, then 我的.
    await page.locator('#home-my-cases').click();
    await shown(page, '#my-cases-page').waitFor();
    await shown(page, '#page-back').click();
    await shown(page, '#home-page').waitFor();
    await openTab(page, 3);
    await page.locator('#logout').click();
    await page.locator('#persona-list').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => localStorage.getItem('zsb.session'))).toBeNull();
    // Sign-out clears the app's history: back leaves the app instead of showing a page that needs the person.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    // A page of the app reached from the browser's history or a bookmark asks for sign-in, never "请先登录 / 重试".
    await openPage(page, env.stack.baseUrl, '/pages/mine/index');
    await page.locator('#login-next').waitFor({ state: 'visible' });
    expect(await page.locator('#page-error:visible').count()).toBe(0);
    expect(hashOf(page)).toContain('/pages/login/index?next=/pages/mine/index');
  });

  it('says under each form field what is wrong with it, and the phone field is a phone input', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    await openPage(page, env.stack.baseUrl, '/cases/pages/apply/index?code=GJJ-0012');
    await page.locator('#apply-form').waitFor({ state: 'visible' });
    expect(await page.locator('#field-phone input').getAttribute('type')).toBe('tel');
    await page.locator('#field-phone input').fill('12345');
    await page.locator('#apply-submit').click();
    const errorOf = (key: string) => page.locator(`#field-${key} .zsb-form-field__error`);
    await errorOf('phone').waitFor({ state: 'visible' });
    const messages = {
      phone: await errorOf('phone').innerText(),
      purposeType: await errorOf('purposeType').innerText(),
      agreeCommitment: await errorOf('agreeCommitment').innerText(),
    };
    expect(messages.phone).toContain('手机号码');
    expect(messages.purposeType).toBe('请选择一项');
    expect(messages.agreeCommitment).toContain('勾选');
    expect(Object.values(messages)).not.toContain('请检查这一项');
    expect(new Set(Object.values(messages)).size).toBe(3);
    await screenshot(page, 'shell-field-errors');
  });

  it('opens 亮证 offline from the cached shell and says that a code needs the network', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    // The wallet is kept on the device once seen; the service worker has cached the main package.
    await openTab(page, 2);
    await page.locator('#cert-0').waitFor({ state: 'visible' });
    await openTab(page, 0);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await expect.poll(() => page.evaluate(async () => {
      const keys = await caches.keys();
      return keys.some((k) => k.startsWith('zsb-shell-'));
    }), POLL).toBe(true);

    await page.context().setOffline(true);
    await page.reload();
    await page.locator('#home-present-id').waitFor({ state: 'visible' });
    await page.locator('#home-present-id').click();
    await page.locator('#present-offline').waitFor({ state: 'visible' });
    expect(await page.locator('#present-offline').innerText()).toContain('联网');
    expect(page.errors.filter((e) => /Loading (CSS )?chunk/i.test(e))).toEqual([]);
    await screenshot(page, 'shell-present-offline');
    await page.context().setOffline(false);
  });

  it('checks in by location: refused with the distance outside the hall, a ticket inside', async () => {
    const H = 'H330100';
    const hall = env.stack.app.halls.listHalls().find((h) => h.id === H)!;
    const far = { latitude: hall.area.latitude + 0.01, longitude: hall.area.longitude, accuracy: 20 };
    const page = await newPage(env.browser, { geolocation: far });
    await loginAs(page, env.stack.baseUrl, 'r002');
    const resident = await env.stack.login('r002');
    const item = bookableItem(env.stack, H);
    setHallClock(env.stack, '2026-10-16', '08:00');
    const slot = (await resident.inject({ method: 'GET', url: `/api/v1/halls/${H}/slots?itemCode=${item}&date=2026-10-16` })).json().slots[3];
    const appt = (await resident.inject({ method: 'POST', url: '/api/v1/appointments', payload: { slotId: slot.id, itemCode: item } })).json();
    setHallClock(env.stack, '2026-10-16', '10:05');

    await openTab(page, 3);
    await page.locator('#mine-appointments').click();
    await page.locator(`#appointment-checkin-${appt.id}`).click();
    await page.locator('#checkin-locate').click();
    const problem = page.locator('#checkin-problem');
    await problem.waitFor({ state: 'visible' });
    expect(await problem.innerText()).toMatch(/距大厅约 1\d{3} 米/);
    expect(await env.stack.count('tickets')).toBe(0);
    await screenshot(page, 'shell-checkin-outside');

    await page.context().setGeolocation({ latitude: hall.area.latitude + 0.0005, longitude: hall.area.longitude, accuracy: 15 });
    await page.locator('#checkin-locate').click();
    await expect.poll(() => hashOf(page), POLL).toContain('/hall/pages/ticket/index');
    const tickets = await env.stack.rows('tickets', {});
    expect(tickets.length).toBe(1);
    expect(tickets[0]!.appointmentId).toBe(appt.id);
    expect(page.errors.filter((e) => !e.includes('422'))).toEqual([]);
  });
});
