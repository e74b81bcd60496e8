import { describe, expect, it } from 'vitest';
import { loadLanguage, translate } from '../src/i18n';
import { loginAs, newPage, openPage, screenshot, useBrowserStack } from './harness';

describe('wallet in the browser', () => {
  const env = useBrowserStack();

  it('a resident signs in on the persona page and sees their certificates with masked numbers', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    await expect.poll(() => page.locator('#home-wallet-valid').getAttribute('data-count')).toMatch(/^\d+$/);
    await screenshot(page, 'home');

    await page.locator('#home-wallet-link').click();
    const first = page.locator('#cert-0');
    await first.waitFor({ state: 'visible' });
    await screenshot(page, 'wallet');

    const items = page.locator('[id^="cert-"][data-cert-id]');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    // What the BFF says r001 holds is what the page lists, in order, each number masked.
    const session = await env.stack.login('r001');
    const wallet = (await session.inject({ method: 'GET', url: '/api/v1/wallet' })).json() as {
      certificates: { id: string; number: string; kindName: string }[];
    };
    expect(count).toBe(wallet.certificates.length);
    for (let i = 0; i < count; i++) {
      const item = page.locator(`#cert-${i}`);
      expect(await item.getAttribute('data-cert-id')).toBe(wallet.certificates[i].id);
      const number = (await item.locator('.zsb-cert__number').innerText()).trim();
      expect(number).toBe(wallet.certificates[i].number);
      expect(number).toContain('*');
      await expect.poll(() => item.locator('.zsb-status').innerText()).toMatch(/有效|即将到期|已过期|已吊销/);
    }
    expect(page.errors).toEqual([]);
  });

  it('tapping a certificate opens its detail with masked fields marked', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    await page.locator('#home-wallet-link').click();
    const first = page.locator('#cert-0');
    const id = await first.getAttribute('data-cert-id');
    await first.click();
    const detail = page.locator('#cert-detail');
    await detail.waitFor({ state: 'visible' });
    expect(await detail.locator('[data-cert-id]').getAttribute('data-cert-id')).toBe(id);
    expect(await detail.locator('[data-masked="1"]').count()).toBeGreaterThan(0);
    await expect.poll(() => detail.locator('[data-field="number"]').innerText()).toContain('*');
    await screenshot(page, 'certificate');
  });

  it('elder mode and a language (繁體中文, 日本語, then English) are chosen on the home page and survive a reload', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    const sizeOf = () => page.locator('.zsb-card__title').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await sizeOf();
    await page.locator('#elder-toggle').click();
    await expect.poll(() => page.locator('#elder-toggle').getAttribute('aria-checked')).toBe('true');
    expect(await sizeOf()).toBeGreaterThan(normal * 1.2);
    // The language page lists each language under its own name; the page's lang follows the choice.
    // The first choice goes through the home page's chip; later ones open the language page afresh
    // (after several round trips Taro's H5 router keeps stale pages in the document — docs/app-shell.md).
    const chooseLanguage = async (lang: string, viaChip: boolean) => {
      if (viaChip) await page.locator('#home-page #lang-switch').click();
      else await openPage(page, env.stack.baseUrl, '/pages/language/index');
      const langPage = page.locator('#language-page').last();
      await langPage.waitFor({ state: 'visible' });
      expect(await langPage.locator('#language-zh-Hant').innerText()).toContain('繁體中文');
      expect(await langPage.locator('#language-en').innerText()).toContain('English');
      expect(await langPage.locator('#language-fr').innerText()).toContain('Français');
      expect(await langPage.locator('#language-ja').innerText()).toContain('日本語');
      await langPage.locator(`#language-${lang}`).click();
      if (!viaChip) await openPage(page, env.stack.baseUrl, '/pages/home/index');
      await page.locator('#home-wallet-card').waitFor({ state: 'visible' });
    };
    await chooseLanguage('zh-Hant', true);
    await expect.poll(() => page.locator('#home-wallet-card .zsb-card__title').innerText()).toBe('我的證照');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    await expect.poll(() => page.locator('#home-page #lang-switch').innerText()).toContain('繁體中文');
    await chooseLanguage('ja', false);
    await loadLanguage('ja'); // this test's own copy of the texts, for the expected title
    await expect.poll(() => page.locator('#home-wallet-card .zsb-card__title').innerText()).toBe(translate('ja', 'home.wallet.title'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await chooseLanguage('en', false);
    await expect.poll(() => page.locator('#home-wallet-card .zsb-card__title').innerText()).toBe('My certificates');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'home-elder-en');
    await page.reload();
    await page.locator('#home-wallet-card').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#home-wallet-card .zsb-card__title').innerText()).toBe('My certificates');
    expect(await sizeOf()).toBeGreaterThan(normal * 1.2);
    await page.locator('#home-wallet-link').click();
    await page.locator('#cert-0').waitFor({ state: 'visible' });
    expect(await page.locator('#cert-0 .zsb-status').innerText()).toMatch(/Valid|Expiring soon|Expired|Revoked/);
    await screenshot(page, 'wallet-elder-en');
  });
});
