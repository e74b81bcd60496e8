import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, chinaInstant } from '@zsb/shared/domain/hall-queue';
import { chinaDate, isWorkingDay } from '@zsb/shared/domain/working-days';
import { CodeSigner } from '../../bff/src/platform/signed-codes';
import { loginAs, newPage, openPage, screenshot, useBrowserStack } from './harness';

// The BFF's QR library (the mini-program itself only decodes).
const QRCode = createRequire(import.meta.url)('../../bff/node_modules/qrcode') as { toBuffer(text: string, o: object): Promise<Buffer> };

const POLL = { timeout: 15_000 };

/** A PNG of the QR code of `text`, like a photo of a printed code. */
const qrPng = (text: string): Promise<Buffer> => QRCode.toBuffer(text, { type: 'png', margin: 4, scale: 6 });

/** Opens 扫一扫 from home and "photographs" the code. */
async function scanPng(page: Page, baseUrl: string, text: string) {
  await openPage(page, baseUrl, '/pages/home/index');
  // A fresh start at home, like opening the app: changing only the hash to a tab page would keep the
  // pages of the previous scan in the document (Taro H5's router).
  await page.reload();
  await page.locator('#home-scan').click();
  const camera = page.locator('#scan-camera:visible');
  await camera.waitFor({ state: 'visible' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), camera.click()]);
  await chooser.setFiles({ name: 'code.png', mimeType: 'image/png', buffer: await qrPng(text) });
}

const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

describe('扫一扫 and the hall in the browser', () => {
  const env = useBrowserStack();

  it('routes an uploaded PNG of each code kind to its page and refuses a random and a forged code', async () => {
    const base = env.stack.baseUrl;
    const page = await newPage(env.browser);
    await loginAs(page, base, 'r001');
    const session = await env.stack.login('r001');

    const rate = (await env.stack.app.inject({ method: 'GET', url: '/api/v1/windows/H330106-W05/qr' })).json();
    await scanPng(page, base, rate.url);
    await expect.poll(() => hashOf(page), POLL).toContain('/pages/rate/index?windowId=H330106-W05');

    const wallet = (await session.inject({ method: 'GET', url: '/api/v1/wallet' })).json();
    const idCard = wallet.certificates.find((c: { kind: string }) => c.kind === 'id_card');
    const token = (await session.inject({ method: 'POST', url: `/api/v1/wallet/${idCard.id}/presentations`, payload: { purpose: '酒店入住登记', claims: ['age_over_18'] } })).json().token;
    await scanPng(page, base, token);
    await expect.poll(() => hashOf(page), POLL).toContain('/certs/pages/verify/index');
    await page.locator('#verify-result:visible').waitFor({ state: 'visible' });
    expect(await page.locator('#verify-result:visible').getAttribute('data-result')).toBe('valid');

    const hall = (await env.stack.app.inject({ method: 'GET', url: '/api/v1/halls/H330102/checkin-code' })).json();
    await scanPng(page, base, hall.text);
    await expect.poll(() => hashOf(page), POLL).toContain('/hall/pages/checkin/index?hallId=H330102');

    const pc = (await env.stack.app.inject({ method: 'POST', url: '/api/v1/pc-login/sessions', headers: { origin: base }, payload: {} })).json();
    await scanPng(page, base, pc.qrText);
    await expect.poll(() => hashOf(page), POLL).toContain('/hall/pages/pc-login/index');
    expect(await page.locator('#pc-login-asks:visible').innerText()).toContain(base);

    for (const bad of ['https://example.com/pay?to=someone', new CodeSigner('not-our-secret-0123456789abcdef').sign('hall', ['H330100'])]) {
      await scanPng(page, base, bad);
      await page.locator('#scan-problem:visible').waitFor({ state: 'visible' });
      expect(await page.locator('#scan-problem:visible').innerText()).toContain('不是掌上办的码');
      expect(hashOf(page)).toContain('/hall/pages/scan/index');
    }
    await screenshot(page, 'scan-refused');
    expect(page.errors.filter((e) => !e.includes('422'))).toEqual([]);
  });

  it('book → check in by scanning the hall code → ticket → the clerk calls and serves → the rating page for that window', async () => {
    const base = env.stack.baseUrl;
    const resident = await env.stack.login('r002');
    const item = (() => {
      for (const i of env.stack.app.catalog.list({ department: 'gjj', offset: 0, limit: 100 }).items) {
        const full = env.stack.app.catalog.item(i.code);
        if (full?.flags.appointment && full.region === '330100') return full.code;
      }
      throw new Error('no bookable gjj item');
    })();
    const at = (date: string, hhmm: string) => { const t = chinaInstant(date, hhmm); env.stack.app.appointments.clock.now = () => t; };
    at('2026-10-09', '08:00');
    const slot = (await resident.inject({ method: 'GET', url: `/api/v1/halls/H330100/slots?itemCode=${item}&date=2026-10-09` })).json().slots[1];
    const booked = await resident.inject({ method: 'POST', url: '/api/v1/appointments', payload: { slotId: slot.id, itemCode: item }, headers: { 'idempotency-key': 'e2e-book-0001' } });
    expect(booked.statusCode).toBe(201);
    at('2026-10-09', '09:20');

    const page = await newPage(env.browser);
    await loginAs(page, base, 'r002');
    await openPage(page, base, '/hall/pages/appointments/index');
    await page.locator(`#appointment-${booked.json().id}`).waitFor({ state: 'visible' });
    await screenshot(page, 'hall-appointments');

    const hall = (await env.stack.app.inject({ method: 'GET', url: '/api/v1/halls/H330100/checkin-code' })).json();
    await scanPng(page, base, hall.text);
    await page.locator('#checkin-take').waitFor({ state: 'visible' });
    expect(await page.locator('#checkin-kind').innerText()).toContain('预约');
    await page.locator('#checkin-take').click();
    await page.locator('#ticket-number').waitFor({ state: 'visible' });
    expect(await page.locator('#ticket-number').innerText()).toBe('B001');
    await screenshot(page, 'hall-ticket');

    const clerk = await newPage(env.browser);
    await loginAs(clerk, base, 'staff-gjj');
    await clerk.locator('#home-clerk').click();
    await clerk.locator('#clerk-window-H330100-W01').click();
    await clerk.locator('#clerk-call-next').click();
    await expect.poll(() => clerk.locator('#clerk-current').innerText(), POLL).toBe('B001');
    await expect.poll(() => page.locator('#ticket-status').getAttribute('data-status'), POLL).toBe('called');
    expect(await page.locator('#ticket-window').innerText()).toContain('01');
    await screenshot(clerk, 'hall-clerk');
    await clerk.locator('#clerk-served').click();
    await page.locator('#ticket-rate').waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('#ticket-rate').click();
    await expect.poll(() => hashOf(page), POLL).toContain('/pages/rate/index?windowId=H330100-W01');
    await page.locator('#rate-item-0').waitFor({ state: 'visible' });
    expect([...page.errors, ...clerk.errors]).toEqual([]);
  });

  it('signs a PC in by scan: the /pc-login page shows a QR, the resident confirms, the page signs in', async () => {
    const base = env.stack.baseUrl;
    const pc = await newPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await pc.goto(`${base}/pc-login`);
    await pc.locator('#qr svg').waitFor({ state: 'visible' });
    const qrText = (await pc.locator('#qr').getAttribute('data-text'))!;
    expect(qrText).toMatch(/^zsb1:pc:/);

    const phone = await newPage(env.browser);
    await loginAs(phone, base, 'r001');
    await scanPng(phone, base, qrText);
    await phone.locator('#pc-login-confirm').waitFor({ state: 'visible' });
    expect(await phone.locator('#pc-login-asks').innerText()).toContain(base);
    await phone.locator('#pc-login-confirm').click();
    await phone.locator('#pc-login-done').waitFor({ state: 'visible' });
    await expect.poll(() => pc.locator('#status').getAttribute('data-state'), POLL).toBe('signed_in');
    expect(await pc.locator('#status').innerText()).toContain('已登录');
    await screenshot(pc, 'pc-login-signed-in', { fullPage: false });
  });

  it('books from a service guide: hall, working day and slot; the booking shows in my appointments and can be cancelled', async () => {
    const base = env.stack.baseUrl;
    env.stack.app.appointments.clock.now = () => Date.now();
    let item = '';
    for (const i of env.stack.app.catalog.list({ department: 'rsj', offset: 0, limit: 100 }).items) {
      const full = env.stack.app.catalog.item(i.code);
      if (full?.flags.appointment && full.region === '330100') { item = full.code; break; }
    }
    expect(item).not.toBe('');
    let day = addCalendarDays(chinaDate(), 1);
    while (!isWorkingDay(day)) day = addCalendarDays(day, 1);

    const page = await newPage(env.browser);
    await loginAs(page, base, 'r003');
    await openPage(page, base, `/pages/guide/index?code=${item}`);
    await page.locator('#guide-book').click();
    await page.locator(`#book-date-${day}`).click();
    await page.locator('#book-slot-0900').waitFor({ state: 'visible' });
    await screenshot(page, 'hall-book');
    await page.locator('#book-slot-0900').click();
    await expect.poll(() => hashOf(page), POLL).toContain('/hall/pages/appointments/index');
    const card = page.locator('[id^="appointment-"]').first();
    await card.waitFor({ state: 'visible' });
    expect(await card.innerText()).toContain(`${day} 09:00`);
    await page.locator('[id^="appointment-cancel-"]').first().click();
    await expect.poll(() => card.innerText(), POLL).toContain('已取消');
    const session = await env.stack.login('r003');
    const list = (await session.inject({ method: 'GET', url: '/api/v1/appointments' })).json();
    expect(list.items.map((a: { status: string; date: string }) => [a.status, a.date])).toEqual([['cancelled', day]]);
    expect(page.errors).toEqual([]);
  });
});
