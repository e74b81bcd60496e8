import { describe, expect, it } from 'vitest';
import { loginAs, newPage, openPage, screenshot, useBrowserStack } from './harness';

// The machine is shared by builds and other test runs: give state changes time to show.
const POLL = { timeout: 15_000 };
const ITEM = 'RSJ-0008'; // 社会保障卡补换: 工本费 20 元, result by pickup or express

describe('fees and delivery, in the browser', () => {
  const env = useBrowserStack();

  it('applies for a fee item with express delivery → accepted (待缴费) → pays at the sandbox cashier → receipt → 办结 → tracking until signed', async () => {
    const { stack } = env;
    const page = await newPage(env.browser);
    await loginAs(page, stack.baseUrl, 'r001');

    // An address in the book first.
    await openPage(page, stack.baseUrl, '/pay/pages/addresses/index');
    await page.locator('#address-new').waitFor({ state: 'visible' });
    await page.locator('#address-name input').fill('张伟');
    await page.locator('#address-phone input').fill('13800001111');
    await page.locator('#address-region-330106').click();
    await page.locator('#address-detail input').fill('文三路 100 号 2 幢 301 室');
    await page.locator('#address-save').click();
    await page.locator('#address-0').waitFor({ state: 'visible' });
    expect(await page.locator('#address-0').innerText()).toContain('西湖区');
    await screenshot(page, 'pay-address-book');

    // The application, with express chosen.
    await openPage(page, stack.baseUrl, `/cases/pages/apply/index?code=${ITEM}`);
    await page.locator('#apply-form').waitFor({ state: 'visible' });
    const phone = page.locator('#field-phone input');
    if (!(await phone.inputValue())) await phone.fill('13800001111');
    await page.locator('#field-replaceReason-opt-0').click();
    await page.locator('#field-deliveryMethod-opt-0').click();
    await page.locator('#field-agreeCommitment [role="checkbox"]').click();
    await page.locator('#delivery-express').click();
    await expect.poll(() => page.locator('#delivery-address-0').getAttribute('aria-checked'), POLL).toBe('true');
    await screenshot(page, 'pay-apply-express');
    await page.locator('#apply-submit').click();
    const detail = page.locator('#case-detail');
    await detail.waitFor({ state: 'visible' });
    const caseId = (await detail.getAttribute('data-case-id'))!;
    expect(await page.locator('#case-shipment').getAttribute('id')).toBe('case-shipment');

    // The clerk accepts: the case waits for payment and cannot be processed.
    const clerk = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await loginAs(clerk, stack.baseUrl, 'staff-rsj');
    await openPage(clerk, stack.baseUrl, `/staff/pages/case/index?id=${caseId}`);
    const staffDetail = clerk.locator('#case-detail');
    await staffDetail.waitFor({ state: 'visible' });
    for (const to of ['pre_review', 'accepted']) {
      await clerk.locator(`#action-${to}`).click();
      await expect.poll(() => staffDetail.getAttribute('data-status'), POLL).toBe(to === 'accepted' ? 'awaiting_payment' : to);
    }
    expect(await clerk.locator('#action-processing').count()).toBe(0);

    // The applicant pays: the case page → the pay page → the platform's cashier → back with the receipt.
    await openPage(page, stack.baseUrl, `/cases/pages/detail/index?id=${caseId}`);
    await expect.poll(() => page.locator('#case-detail').getAttribute('data-status'), POLL).toBe('awaiting_payment');
    expect(await page.locator('#case-payment').innerText()).toContain('20.00');
    await screenshot(page, 'pay-case-awaiting');
    await page.locator('#case-pay').click();
    await page.locator('#pay-now').waitFor({ state: 'visible' });
    expect(await page.locator('#pay-amount').innerText()).toContain('20.00');
    await page.locator('#pay-now').click();
    await page.waitForURL((u) => u.toString().startsWith(stack.sandboxUrl), { timeout: 15_000 });
    expect(await page.locator('[data-testid="cashier-amount"]').innerText()).toContain('20.00');
    await screenshot(page, 'pay-sandbox-cashier');
    await page.locator('#pay').click();
    await page.waitForURL((u) => u.toString().startsWith(stack.baseUrl), { timeout: 15_000 });
    await expect.poll(() => page.locator('#pay-detail').getAttribute('data-status'), POLL).toBe('paid');
    await page.locator('#pay-done').waitFor({ state: 'visible' });
    const receipt = page.locator('#case-receipt');
    await receipt.waitFor({ state: 'visible' });
    const receiptNumber = (await receipt.getAttribute('data-number'))!;
    expect(await receipt.innerText()).toContain('杭州市人力资源和社会保障局');
    await screenshot(page, 'pay-receipt');

    // The receipt is kept in the wallet's 票据.
    await openPage(page, stack.baseUrl, '/pay/pages/receipts/index');
    await page.locator('#receipt-0').waitFor({ state: 'visible' });
    expect(await page.locator('#receipt-0 [data-number]').getAttribute('data-number')).toBe(receiptNumber);

    // The clerk finishes: 办结 books the courier.
    await openPage(clerk, stack.baseUrl, `/staff/pages/case/index?id=${caseId}`);
    await expect.poll(() => clerk.locator('#case-detail').getAttribute('data-status'), POLL).toBe('accepted');
    for (const to of ['processing', 'completed']) {
      await clerk.locator(`#action-${to}`).click();
      await expect.poll(() => clerk.locator('#case-detail').getAttribute('data-status'), POLL).toBe(to);
    }

    await openPage(page, stack.baseUrl, `/cases/pages/detail/index?id=${caseId}`);
    await expect.poll(() => page.locator('#case-shipment [data-status]').getAttribute('data-status'), POLL).toBe('created');
    const waybill = (await page.locator('#case-shipment').innerText()).match(/EMS (\d{13})/)?.[1];
    expect(waybill).toBeTruthy();
    await page.locator('#case-tracking [data-code="accepted"]').waitFor({ state: 'visible' });

    // The courier moves the parcel on (pushed to the BFF) until it is signed for.
    for (let i = 0; i < 3; i++) {
      const r = await fetch(`${stack.sandboxUrl}/_control/courier/${waybill}/advance`, { method: 'POST' });
      expect(r.ok).toBe(true);
    }
    await openPage(page, stack.baseUrl, `/cases/pages/detail/index?id=${caseId}`);
    await expect.poll(() => page.locator('#case-shipment [data-status]').getAttribute('data-status'), POLL).toBe('signed');
    expect(await page.locator('#case-tracking [data-code]').count()).toBe(4);
    await expect.poll(() => page.locator('#case-detail').getAttribute('data-status'), POLL).toBe('delivered');
    await screenshot(page, 'pay-tracking-signed');
    expect(page.errors).toEqual([]);
    expect(clerk.errors).toEqual([]);
  });
});
