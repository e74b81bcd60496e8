import { describe, expect, it } from 'vitest';
import { sampleFormData } from '../../bff/src/features/cases/cases.test-support';
import { loginAs, newPage, openPage, screenshot, useBrowserStack } from './harness';

/*
 * Content in five languages, in the browser: item names and search follow the app's language
 * (Accept-Language), untranslated sections carry the 中文原文 badge, switching language fetches
 * the content again, French wraps at 320 px without horizontal overflow, and the Chinese usage
 * record shows no English words.
 */

const MARRIAGE = 'MZJ-0001'; // 内地居民结婚登记
const HAN = /\p{Script=Han}/u;

/** Widest element sticking out of the viewport, if any (horizontal overflow). */
async function overflow(page: import('playwright-core').Page): Promise<{ scroll: number; width: number; culprit: string | null }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let culprit: string | null = null;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1) { culprit = `${el.tagName.toLowerCase()}#${el.id}.${String(el.className).slice(0, 40)} → ${Math.round(r.right)}`; break; }
    }
    return { scroll: document.documentElement.scrollWidth, width, culprit };
  });
}

/** The search row of 婚姻登记 (MZJ-0001 or, grouped with it, a district's implementation of the same item). */
function marriageRow(page: { locator: (selector: string, opts?: { hasText?: string | RegExp }) => any }, name: string | RegExp) {
  return page.locator('#search-results [id^="search-result-MZJ-"]:not([id$="-original"])', { hasText: name }).first();
}

describe('content in five languages, in the browser', () => {
  const env = useBrowserStack();

  it('shows English item names, finds 婚姻登记 by “marriage” and marks what stays Chinese', async () => {
    const page = await newPage(env.browser, { lang: 'en' });
    await loginAs(page, env.stack.baseUrl, 'r001');
    await openPage(page, env.stack.baseUrl, '/pages/services/index');
    // The hot list is in English.
    const hot = page.locator('#services-hot [id^="hot-"]');
    await hot.first().waitFor({ state: 'visible' });
    const hotNames = await hot.allInnerTexts();
    expect(hotNames.length).toBeGreaterThan(3);
    for (const n of hotNames) expect(n).not.toMatch(HAN);

    await page.locator('#search-input input').fill('marriage');
    // Results are grouped by item (one row for the city's and the districts' 婚姻登记): the row stands for MZJ-0001.
    const result = marriageRow(page, 'Marriage registration (mainland residents)');
    await result.waitFor({ state: 'visible' });
    expect(await result.locator('.zsb-service-row__name').innerText()).toBe('Marriage registration (mainland residents)');
    expect((await result.locator('.zsb-hl').first().innerText()).toLowerCase()).toBe('marriage');
    expect(await page.locator(`#${await result.getAttribute('id')}-original`).count()).toBe(0);
    await screenshot(page, 'content-search-en');

    await result.click();
    // A grouped row asks for the district first: take the city's MZJ-0001.
    if ((await result.getAttribute('data-variants')) !== '1') await page.locator(`#search-variant-${MARRIAGE}`).click();
    await page.locator('#guide').waitFor({ state: 'visible' });
    expect(await page.locator('#guide-page .zsb-header__title').innerText()).toBe('Marriage registration (mainland residents)');
    // Conditions and opening hours are translated; the street address is not, and says so.
    expect(await page.locator('#guide-place').innerText()).toContain('Working days 9:00–12:00');
    expect(await page.locator('#guide-conditions').innerText()).toContain('Both partners marry of their own free will');
    expect(await page.locator('#guide-original-fee').count()).toBe(0);
    expect(await page.locator('#guide-original-conditions').count()).toBe(0);
    await page.locator('#guide-original-place-address').waitFor({ state: 'visible' });
    expect(await page.locator('#guide-original-place-address').innerText()).toContain('中文原文');
    await screenshot(page, 'content-guide-en', { fullPage: true });
    expect(page.errors).toEqual([]);
  });

  it('fetches names again in the new language when the language is switched', async () => {
    const page = await newPage(env.browser, { lang: 'zh-Hans' });
    await loginAs(page, env.stack.baseUrl, 'r001');
    const first = page.locator('#home-hot-services [id^="service-"] .zsb-service__name').first();
    await first.waitFor({ state: 'visible' });
    expect(await first.innerText()).toMatch(HAN);
    await page.locator('#lang-switch').click();
    await page.locator('#language-fr').click();
    await expect.poll(async () => first.innerText(), { timeout: 15_000 }).not.toMatch(HAN);
    expect(page.errors).toEqual([]);
  });

  it('finds 婚姻登记 by “mariage” in French and wraps French text at 320 px without horizontal overflow', async () => {
    const page = await newPage(env.browser, { lang: 'fr', viewport: { width: 320, height: 640 } });
    await loginAs(page, env.stack.baseUrl, 'r001');
    await openPage(page, env.stack.baseUrl, '/pages/services/index');
    const placeholder = page.locator('#search-placeholder');
    await placeholder.waitFor({ state: 'visible' });
    // The placeholder wraps onto several lines, between words.
    const lines = await placeholder.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
    expect(lines).toBeGreaterThan(1);
    expect(await overflow(page)).toMatchObject({ culprit: null });
    await screenshot(page, 'content-services-fr-320');

    await page.locator('#search-input input').fill('mariage');
    const result = marriageRow(page, /mariage/i);
    await result.waitFor({ state: 'visible' });
    expect(await result.locator('.zsb-service-row__name').innerText()).toMatch(/mariage/i);
    expect(await overflow(page)).toMatchObject({ culprit: null });

    // The longest French guide title wraps between words too.
    await openPage(page, env.stack.baseUrl, '/pages/guide/index?code=GJJ-0001');
    await page.locator('#guide').waitFor({ state: 'visible' });
    const title = page.locator('#guide-page .zsb-header__title');
    expect(await title.innerText()).toMatch(/^Retrait de l’épargne/);
    const o = await overflow(page);
    expect(o.culprit).toBeNull();
    // Section headings keep whole words: none is squeezed onto several short lines by a 中文原文 badge beside it.
    const squeezed = await page.locator('#guide .zsb-card__title').evaluateAll((els) => els
      .filter((el) => el.getBoundingClientRect().height > 2.5 * parseFloat(getComputedStyle(el).lineHeight || '20'))
      .map((el) => (el as HTMLElement).innerText));
    expect(squeezed).toEqual([]);
    await page.locator('#guide-original-conditions').waitFor({ state: 'visible' });
    expect(o.scroll).toBeLessThanOrEqual(o.width);
    await screenshot(page, 'content-guide-fr-320', { fullPage: true });
    expect(page.errors).toEqual([]);
  });

  it('shows no Latin words in the Chinese usage record after a certificate is used by reference', async () => {
    const applicant = await env.stack.login('r001');
    const guide = (await applicant.inject({ method: 'GET', url: '/api/v1/services/GJJ-0012' })).json();
    const submitted = await applicant.inject({
      method: 'POST', url: '/api/v1/cases', headers: { 'idempotency-key': `content-${Date.now()}` },
      payload: { itemCode: 'GJJ-0012', form: sampleFormData(guide.form), materials: [] },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);

    const page = await newPage(env.browser, { lang: 'zh-Hans' });
    await loginAs(page, env.stack.baseUrl, 'r001');
    await openPage(page, env.stack.baseUrl, '/certs/pages/audit-log/index');
    const entries = page.locator('.zsb-audit');
    await entries.first().waitFor({ state: 'visible' });
    await page.locator('.zsb-audit__head[data-action="case.attach_certificate"]').first().waitFor({ state: 'visible' });
    const texts = await entries.allInnerTexts();
    // Numbers, dates and case numbers are fine; words in Latin letters are not (it once read “涉及：reference”).
    const latin = texts.flatMap((t) => t.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !/^[A-Z]{2,}\d*$/.test(w));
    expect(latin).toEqual([]);
    await screenshot(page, 'content-audit-zh', { fullPage: true });
    expect(page.errors).toEqual([]);
  });
});
