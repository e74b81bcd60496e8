import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from './a11y';
import { loginAs, newPage, openPage, screenshot, useBrowserStack } from './harness';

// The machine is shared by builds and other test runs: give state changes time to show.
const POLL = { timeout: 10_000 };
const IN_SCOPE = 'GJJ-0012'; // 住房公积金缴存证明开具: a form, and the ID card from the wallet
const OUT_OF_SCOPE = 'GJJ-0002'; // 职工提取住房公积金支付房租

async function fillCertificateForm(page: Page) {
  await page.locator('#apply-form').waitFor({ state: 'visible' });
  await page.locator('#field-phone input').fill('13800001111');
  await page.locator('#field-purposeType-opt-0').click();
  await page.locator('#field-agreeCommitment [role="checkbox"]').click();
  await expect.poll(() => page.locator('#field-agreeCommitment [role="checkbox"]').getAttribute('aria-checked'), POLL).toBe('true');
}

/** A request from inside the app's page with its own session (what a modified client could send). */
function apiFromPage(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(async ([m, u, b]) => {
    const raw = localStorage.getItem('zsb.session');
    const session = raw ? JSON.parse(JSON.parse(raw).data) as { accessToken: string } : null;
    const r = await fetch(u, {
      method: m, headers: { authorization: `Bearer ${session?.accessToken}`, 'content-type': 'application/json', 'idempotency-key': `e2e-${Date.now()}` },
      ...(b ? { body: JSON.stringify(b) } : {}),
    });
    return { status: r.status, body: await r.json() as { code?: string } };
  }, [method, url, body] as const);
}

describe('代办: a mandate from grant to acting, in the browser', () => {
  const env = useBrowserStack();

  it('grants a mandate, the grantee accepts and acts for the grantor (banner), applies in scope, is refused out of scope, and the grantor sees it in usage records', async () => {
    await env.stack.login('r002');
    const [wife] = await env.stack.rows('users', { subject: 'r002' }) as { name: string; idNumber: string }[];

    // 张伟 grants 王芳 (his wife) the 缴存证明 and his ID card, for the default 30 days.
    const grantor = await newPage(env.browser);
    await loginAs(grantor, env.stack.baseUrl, 'r001');
    await grantor.locator('#home-mandates').click();
    await grantor.locator('#mandate-new').click();
    await grantor.locator('#grantee-name input').fill(wife!.name);
    await grantor.locator('#grantee-id input').fill(wife!.idNumber);
    const search = grantor.locator('#item-search input');
    await search.fill('缴存证明');
    await search.press('Enter');
    await grantor.locator(`#item-${IN_SCOPE}`).click();
    await grantor.locator('#cert-id_card').click();
    await screenshot(grantor, 'mandate-grant');
    await grantor.locator('#mandate-submit').click();
    await grantor.locator('#mandate-detail').waitFor({ state: 'visible' });
    expect(await grantor.locator('#mandate-status').getAttribute('data-status')).toBe('pending');
    await screenshot(grantor, 'mandate-document');

    // 王芳 accepts it and acts for him: the banner is on every screen.
    const helper = await newPage(env.browser);
    await loginAs(helper, env.stack.baseUrl, 'r002');
    await openPage(helper, env.stack.baseUrl, '/mandates/pages/list/index');
    await helper.locator('#mandate-accept-0').click();
    await helper.locator('#mandate-act-0').click();
    const banner = helper.locator('#home-page #acting-banner');
    await banner.waitFor({ state: 'visible' });
    await expect.poll(() => banner.innerText(), POLL).toContain('正在为张伟代办');
    await screenshot(helper, 'mandate-acting-home');

    // In scope: she applies for the 缴存证明 as him.
    await openPage(helper, env.stack.baseUrl, `/pages/guide/index?code=${IN_SCOPE}`);
    await helper.locator('#guide-apply').click();
    await fillCertificateForm(helper);
    await helper.locator('#apply-submit').click();
    const detail = helper.locator('#case-detail');
    await detail.waitFor({ state: 'visible' });
    const caseId = (await detail.getAttribute('data-case-id'))!;
    expect(await helper.locator('#acting-banner').last().innerText()).toContain('张伟');
    await screenshot(helper, 'mandate-acting-case');

    // Out of scope: the guide says so, and the BFF refuses the application itself.
    await openPage(helper, env.stack.baseUrl, `/pages/guide/index?code=${OUT_OF_SCOPE}`);
    // Taro's hash router shows the guide page already in the stack (the in-scope item's): start afresh on this one.
    await helper.reload();
    await helper.locator(`#guide[data-code="${OUT_OF_SCOPE}"]`).waitFor({ state: 'visible' });
    await helper.locator('#mandate-out-of-scope').waitFor({ state: 'visible' });
    expect(await helper.locator('#mandate-out-of-scope').innerText()).toContain('超出了委托范围');
    const refused = await apiFromPage(helper, 'POST', '/api/v1/cases', { itemCode: OUT_OF_SCOPE, form: {}, materials: [] });
    expect(refused).toMatchObject({ status: 403, body: { code: 'MANDATE_OUT_OF_SCOPE' } });
    await screenshot(helper, 'mandate-out-of-scope');

    // 张伟 sees the application as his, and who filed it in his usage records.
    const [row] = await env.stack.rows('cases', { id: caseId });
    const [him] = await env.stack.rows('users', { subject: 'r001' });
    expect(row!.applicantUserId).toBe(him!.id);
    await openPage(grantor, env.stack.baseUrl, '/certs/pages/audit-log/index');
    const entry = grantor.locator('[data-action="mandate.case_submit"]').first();
    await entry.waitFor({ state: 'visible' });
    expect(await entry.getAttribute('data-actor')).toBe('agent');
    expect(await entry.innerText()).toContain('王*');
    await screenshot(grantor, 'mandate-usage-records');

    // 王芳 returns to herself: the banner is gone.
    await openPage(helper, env.stack.baseUrl, '/pages/home/index');
    await helper.locator('#acting-stop').first().click();
    await helper.locator('#home-wallet-card').waitFor({ state: 'visible' });
    await expect.poll(() => helper.locator('#acting-banner').count(), POLL).toBe(0);
    expect(grantor.errors).toEqual([]);
    // The refused request is logged by the browser as a failed resource: that is the point of it.
    expect(helper.errors.filter((e) => !e.includes('403'))).toEqual([]);
  });

  it('shows the 长辈模式 home (five tasks, 亮证 in one tap, call for help) with AAA contrast', async () => {
    const page = await newPage(env.browser, { elder: true });
    await loginAs(page, env.stack.baseUrl, 'r004');
    await page.locator('#elder-tasks').waitFor({ state: 'visible' });
    expect(await page.locator('[id^="elder-task-"]').count()).toBe(5);
    await page.locator('#elder-help-toggle').click();
    await page.locator('#elder-help-hall').waitFor({ state: 'visible' });
    expect(await page.locator('#elder-help-hall').innerText()).toContain('0571-88330105');
    await page.waitForLoadState('networkidle');
    const violations = await axeViolations(page, { minImpact: 'serious', rules: ['color-contrast-enhanced'] });
    expect(formatViolations(violations, 'elder home')).toBe('');
    await screenshot(page, 'elder-home');

    // 亮证 of the ID card in one tap: the code is on screen without another choice.
    await page.locator('#elder-show-id').click();
    await page.waitForFunction(() => {
      const img = document.querySelector('#present-qr img') as HTMLImageElement | null;
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await screenshot(page, 'elder-show-id');
    expect(page.errors).toEqual([]);
  });
});
