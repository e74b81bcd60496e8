import { describe, expect, it } from 'vitest';
import { loginAs, newPage, openPage, screenshot, useBrowserStack } from './harness';

const WITHDRAWAL = 'GJJ-0001'; // 职工提取住房公积金偿还住房贷款 (the seed-000 guide)

describe('finding a service and reading its guide, in the browser', () => {
  const env = useBrowserStack();

  it('searches in traditional characters from the home screen and opens a guide with wallet marks and a deadline date', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    await page.locator('#home-search').click();
    await page.locator('#search-input input').fill('公積金');
    const result = page.locator(`#search-result-${WITHDRAWAL}`);
    await result.waitFor({ state: 'visible' });
    // The match is highlighted in simplified characters.
    expect(await result.locator('.zsb-hl').first().innerText()).toBe('公积金');
    await screenshot(page, 'catalog-search');

    await result.click();
    const guide = page.locator('#guide');
    await guide.waitFor({ state: 'visible' });
    expect(await guide.getAttribute('data-code')).toBe(WITHDRAWAL);
    // r001 holds an ID card and a marriage certificate: both are marked 免提交.
    await page.locator('#guide-material-id_card-wallet').waitFor({ state: 'visible' });
    expect(await page.locator('#guide-material-marriage_certificate').getAttribute('data-wallet')).toBe('1');
    expect(await page.locator('#guide-material-repayment_passbook').getAttribute('data-wallet')).toBe('0');
    expect(await page.locator('#guide-deadline').getAttribute('data-deadline')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await screenshot(page, 'catalog-guide', { fullPage: true });

    // This item's online application is the housing-fund withdrawal.
    await page.locator('#guide-apply').click();
    await page.locator('#fund-allowance').waitFor({ state: 'visible' });
    expect(page.errors).toEqual([]);
  });

  it('finds a service by pinyin initials and opens the generic application from its guide', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r002');
    await openPage(page, env.stack.baseUrl, '/pages/services/index');
    await page.locator('#search-input input').fill('jhdj');
    const first = page.locator('#search-results [id^="search-result-MZJ-"]').first();
    await first.waitFor({ state: 'visible' });
    expect(await first.locator('.zsb-hl').first().innerText()).toBe('结婚登记');
    await page.locator('#search-input input').fill('gjj');
    await page.locator('#search-result-GJJ-0012').click();
    await page.locator('#guide-apply').click();
    await page.locator('#apply-form').waitFor({ state: 'visible' });
    expect(page.errors).toEqual([]);
  });

  it('answers the restaurant questions and shows one plan before the combined form', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r014');
    await openPage(page, env.stack.baseUrl, '/pages/services/index');
    await page.locator('#search-input input').fill('开饭店');
    await page.locator('#search-bundle-restaurant').click();
    await page.locator('#bundle-questions').waitFor({ state: 'visible' });
    await page.locator('#bundle-q-entityType-individual').click();
    // The district question appears only for an individual business.
    await page.locator('#bundle-q-district-330106').click();
    await page.locator('#bundle-q-largeVenue-yes').click();
    await page.locator('#bundle-q-sign-no').click();
    const plan = page.locator('#bundle-plan');
    await plan.waitFor({ state: 'visible' });
    expect(await plan.getAttribute('data-items')).toBe('SCJGJ-0004,SCJGJ-0006,XFJY-0001,CGJ-0010,STHJJ-0003,CGJ-0009');
    expect(await page.locator('#bundle-skip-CGJ-0005').count()).toBe(1);
    await screenshot(page, 'bundle-plan', { fullPage: true });
    expect(page.errors).toEqual([]);
    // The combined form is the cases feature's apply page, opened with the bundle and these answers.
    await page.locator('#bundle-apply').click();
    await page.locator('#apply-form').waitFor({ state: 'visible' });
    expect(await page.locator('#apply-form').getAttribute('data-mode')).toBe('bundle');
    expect(page.errors).toEqual([]);
  });

  it('withdraws from the housing fund within the limit and explains a refusal', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r005');
    await openPage(page, env.stack.baseUrl, '/fund/pages/withdraw/index');
    // r005's loan started this year: refused, with the first eligible day.
    await page.locator('#fund-refusal-HOUSING_FUND_LOAN_STARTED_THIS_YEAR').waitFor({ state: 'visible' });
    expect(await page.locator('#fund-refusal-HOUSING_FUND_LOAN_STARTED_THIS_YEAR').innerText()).toMatch(/\d{4}-01-01 起/);
    await screenshot(page, 'fund-refused');

    const ok = await newPage(env.browser);
    await loginAs(ok, env.stack.baseUrl, 'r007');
    await openPage(ok, env.stack.baseUrl, '/fund/pages/withdraw/index');
    const max = ok.locator('#fund-max');
    await max.waitFor({ state: 'visible' });
    expect(await max.getAttribute('data-fen')).toBe('80000');
    await ok.locator('#fund-amount input').fill('800.01');
    await ok.locator('#fund-amount-error').waitFor({ state: 'visible' });
    await ok.locator('#fund-amount input').fill('800.00');
    await ok.locator('#fund-submit').click();
    // Nothing moves yet: the confirmation page shows amount, account and bank, then asks to sign in again.
    await ok.locator('#fund-confirm-facts').waitFor({ state: 'visible' });
    expect(await ok.locator('#fund-confirm-amount').getAttribute('data-fen')).toBe('80000');
    expect(await ok.locator('#fund-confirm-bank').innerText()).toContain('*');
    await screenshot(ok, 'fund-confirm', { fullPage: true });
    await ok.locator('#fund-auth-persona-r007').click();
    const status = ok.locator('#fund-confirm-status');
    await status.waitFor({ state: 'visible' });
    expect(await status.getAttribute('data-status')).toBe('paid');
    await openPage(ok, env.stack.baseUrl, '/fund/pages/withdraw/index');
    await ok.locator('#fund-refusals').waitFor({ state: 'visible' });
    await screenshot(ok, 'fund-withdrawn', { fullPage: true });
    expect(page.errors).toEqual([]);
    expect(ok.errors).toEqual([]);
  });
});
