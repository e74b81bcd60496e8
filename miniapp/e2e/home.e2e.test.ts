import { afterEach, describe, expect, it } from 'vitest';
import { loginAs, newPage, openPage, openTab, screenshot, useBrowserStack } from './harness';

describe('sign-in and home in the browser', () => {
  // No upstream cache: the degradation test must reach the (failing) certificate library.
  const env = useBrowserStack({ config: { upstreamCache: false } });
  afterEach(async () => {
    await env.stack.resetControls();
  });

  it('the sign-in page lists every persona from the identity provider, grouped, each with an accessible name', async () => {
    const page = await newPage(env.browser);
    await openPage(page, env.stack.baseUrl, '/pages/login/index');
    await page.locator('#persona-list').waitFor({ state: 'visible' });
    const { personas } = (await (await fetch(`${env.stack.baseUrl}/api/v1/auth/personas`)).json()) as {
      personas: { personaId: string; displayName: string; kind: string }[];
    };
    expect(personas.length).toBeGreaterThan(0);
    for (const p of personas) {
      const card = page.locator(`#persona-group-${p.kind} #persona-${p.personaId}`);
      expect(await card.getAttribute('aria-label')).toContain(p.displayName);
      expect(await card.getAttribute('role')).toBe('button');
    }
    // The persona list is long: the first screen is what matters.
    await screenshot(page, 'login', { fullPage: false });
  });

  it('a signed-in visitor who opens the sign-in page again goes straight home', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    await openPage(page, env.stack.baseUrl, '/pages/login/index');
    await page.reload();
    await page.locator('#home-wallet-card').waitFor({ state: 'visible' });
  });

  it('home offers each person the work entries of their role: my cases for all, the queue to clerks, the overview to operators', async () => {
    const resident = await newPage(env.browser);
    await loginAs(resident, env.stack.baseUrl, 'r001');
    await resident.locator('#home-my-cases').waitFor({ state: 'visible' });
    expect(await resident.locator('#home-staff-queue').count()).toBe(0);
    expect(await resident.locator('#home-ratings-overview').count()).toBe(0);
    await resident.locator('#home-my-cases').click();
    await resident.waitForURL(/cases\/pages\/list/);

    const clerk = await newPage(env.browser);
    await loginAs(clerk, env.stack.baseUrl, 'staff-mzj');
    await clerk.locator('#home-staff-queue').waitFor({ state: 'visible' });
    expect(await clerk.locator('#home-ratings-overview').count()).toBe(0);

    const operator = await newPage(env.browser);
    await loginAs(operator, env.stack.baseUrl, 'operator-1');
    await operator.locator('#home-ratings-overview').waitFor({ state: 'visible' });
    expect(await operator.locator('#home-staff-queue').count()).toBe(0);
    expect([...resident.errors, ...clerk.errors, ...operator.errors]).toEqual([]);
  });

  it('when the certificate library is down the wallet card says so while hot services still show', async () => {
    await env.stack.control('certificates', { failRate: 1, failStatus: 503 });
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    const notice = page.locator('#home-wallet-degraded');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.innerText()).toContain('暂时无法获取');
    expect(await page.locator('#home-hot-services [id^="service-"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#home-hot-services-degraded').count()).toBe(0);
    await screenshot(page, 'home-degraded');
  });

  it('signing out returns to the sign-in page and the API no longer accepts the old session', async () => {
    const page = await newPage(env.browser);
    await loginAs(page, env.stack.baseUrl, 'r001');
    const stored = await page.evaluate(() => localStorage.getItem('zsb.session'));
    const { accessToken, refreshToken } = JSON.parse(JSON.parse(stored ?? '{}').data as string) as { accessToken: string; refreshToken: string };
    // Sign-out lives in 我的.
    await openTab(page, 3);
    await page.locator('#logout').click();
    await page.locator('#persona-list').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => localStorage.getItem('zsb.session'))).toBeNull();
    const r = await fetch(`${env.stack.baseUrl}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ refreshToken }),
    });
    expect(r.status).toBe(401);
  });
});
