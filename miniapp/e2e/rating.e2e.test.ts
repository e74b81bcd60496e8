import { describe, expect, it } from 'vitest';
import { loginAs, newPage, openPage, screenshot, useBrowserStack } from './harness';

describe('好差评 in the browser', () => {
  const env = useBrowserStack();

  it('a window QR rating of 1 star becomes a work order the unit answers and the rater accepts', async () => {
    // The rater signs in, then scans the printed QR code of 西湖区 window 05 (住房公积金).
    const rater = await newPage(env.browser);
    await loginAs(rater, env.stack.baseUrl, 'r001');
    const qr = (await env.stack.app.inject({ method: 'GET', url: '/api/v1/windows/H330106-W05/qr' })).json() as { url: string; svg: string };
    const hash = new URL(qr.url).hash;
    expect(hash).toBe('#/pages/rate/index?windowId=H330106-W05');
    await rater.goto(`${env.stack.baseUrl}/${hash}`);

    await rater.locator('#rate-real-name').waitFor({ state: 'visible' });
    await rater.locator('#rate-item-0').click();
    await rater.locator('#rate-overall-1').click();
    await expect.poll(() => rater.locator('#rate-serviceAttitude').getAttribute('data-value')).toBe('1');
    await rater.locator('#rate-tag-long_wait').click();
    await rater.locator('#rate-comment textarea').fill('排队两个小时，窗口工作人员态度冷淡');
    await screenshot(rater, 'rate-window');
    await rater.locator('#rate-submit').click();
    const notice = rater.locator('#rate-work-order');
    await notice.waitFor({ state: 'visible' });
    const workOrderId = (await notice.getAttribute('data-work-order-id'))!;
    expect(await rater.locator('#rate-done [data-real-name]').getAttribute('data-real-name')).toBe('1');
    await screenshot(rater, 'rate-done');

    // The housing-fund clerk sees it in the unit's list and answers it.
    const unit = await newPage(env.browser);
    await loginAs(unit, env.stack.baseUrl, 'staff-gjj');
    await unit.locator('#home-work-orders').click();
    const row = unit.locator(`[data-work-order-id="${workOrderId}"]`);
    await row.waitFor({ state: 'visible' });
    expect(await row.getAttribute('data-status')).toBe('open');
    await screenshot(unit, 'work-orders-unit');
    // Staff never see who rated.
    expect(await unit.locator('#work-orders-page').innerText()).not.toContain('张伟');
    await row.click();

    await unit.locator('#wo-callback-form').waitFor({ state: 'visible' });
    await unit.locator('#wo-method-in_app').click();
    await unit.locator('#wo-callback-summary textarea').fill('已向您致歉，将调整窗口排班，高峰期增开窗口');
    await unit.locator('#wo-callback-submit').click();
    await unit.locator('#wo-rect-form').waitFor({ state: 'visible' });
    await unit.locator('#wo-rect-note textarea').fill('高峰时段增开两个公积金窗口，对窗口人员开展服务规范培训');
    await unit.locator('#wo-rect-public textarea').fill('已增开高峰窗口并开展服务培训');
    await unit.locator('#wo-rect-submit').click();
    await unit.locator('#wo-rectification').waitFor({ state: 'visible' });
    await expect.poll(() => unit.locator('#wo-status [data-status]').getAttribute('data-status')).toBe('rectified');
    expect(await unit.locator('#work-order-page').innerText()).not.toContain('张伟');
    await screenshot(unit, 'work-order-unit');

    // The rater opens the message about the fix and accepts it.
    await openPage(rater, env.stack.baseUrl, '/pages/messages/index');
    const message = rater.locator('.zsb-message', { hasText: '整改已完成' });
    await message.first().waitFor({ state: 'visible' });
    await message.first().click();
    await rater.locator('#wo-verdict-form').waitFor({ state: 'visible' });
    await screenshot(rater, 'work-order-rater');
    await rater.locator('#wo-verdict-satisfied').click();
    await expect.poll(() => rater.locator('#wo-status [data-status]').getAttribute('data-status')).toBe('closed');
    await rater.locator('#wo-verdict-given').waitFor({ state: 'visible' });

    const session = await env.stack.login('staff-gjj');
    const order = (await session.inject({ method: 'GET', url: `/api/v1/work-orders/${workOrderId}` })).json();
    expect(order).toMatchObject({ status: 'closed', verdict: { verdict: 'satisfied' }, callback: { method: 'in_app' }, rectification: { publicNote: '已增开高峰窗口并开展服务培训' } });

    // The public page shows the bad rating with its closed work order and the published note.
    const visitor = await newPage(env.browser);
    await openPage(visitor, env.stack.baseUrl, '/ratings/pages/results/index?windowId=H330106-W05');
    const first = visitor.locator('#results-recent-0');
    await first.waitFor({ state: 'visible' });
    expect(await first.innerText()).toContain('张*');
    expect(await first.innerText()).toContain('已增开高峰窗口并开展服务培训');
    expect(await visitor.locator('#results-count').getAttribute('data-count')).toBe('1');
    await screenshot(visitor, 'rating-results');
    expect([...rater.errors, ...unit.errors, ...visitor.errors]).toEqual([]);
  });

  it('clears 请为整体满意度打分 once the stars are set, and offers only tags that fit the stars (defect 13b)', async () => {
    const page = await newPage(env.browser);
    await openPage(page, env.stack.baseUrl, '/pages/rate/index?windowId=H330106-W05');
    await page.locator('#rate-anonymous').waitFor({ state: 'visible' });
    await page.locator('#rate-item-0').click();
    expect(await page.locator('#rate-tags-hint').isVisible()).toBe(true);
    expect(await page.locator('#rate-tags [id^="rate-tag-"]').count()).toBe(0);
    await page.locator('#rate-submit').click();
    const missing = page.locator('#rate-overall-missing');
    await missing.waitFor({ state: 'visible' });
    expect(await missing.innerText()).toContain('请为整体满意度打分');

    await page.locator('#rate-overall-5').click();
    await expect.poll(() => missing.count()).toBe(0);
    await page.locator('#rate-tag-fast').click();
    await expect.poll(() => page.locator('#rate-tag-fast').getAttribute('data-selected')).toBe('1');
    expect(await page.locator('#rate-tag-long_wait').count()).toBe(0);

    // Down to 2 stars: 办得快 is neither offered nor kept.
    await page.locator('#rate-overall-2').click();
    await expect.poll(() => page.locator('#rate-tag-fast').count()).toBe(0);
    expect(await page.locator('#rate-tags').innerText()).not.toContain('办得快');
    await page.locator('#rate-tag-long_wait').click();
    await screenshot(page, 'rate-two-stars');
    // The BFF refuses tags that contradict the stars, so being accepted shows 办得快 was dropped, not just hidden.
    await page.locator('#rate-submit').click();
    await page.locator('#rate-done').waitFor({ state: 'visible' });
    expect(page.errors).toEqual([]);
  });
});

