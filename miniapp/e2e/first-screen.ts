import type { Browser, BrowserContext, Page } from 'playwright-core';

/*
 * What a phone downloads before the first screen is usable, measured in Chromium from the network
 * itself (DevTools protocol: bytes on the wire of every response, headers included), not by listing
 * files. Shared by the browser test (e2e/first-screen.e2e.test.ts) and the benchmark
 * (scripts/bench/first-screen.bench.ts).
 */

/** Chrome DevTools' "Fast 3G" preset (bytes per second, milliseconds), and its 4× CPU slowdown for a mid-range phone. */
export const FAST_3G = { downloadThroughput: (1.6 * 1024 * 1024 / 8) * 0.9, uploadThroughput: (750 * 1024 / 8) * 0.9, latency: 150 * 3.75 };
export const PHONE_CPU_SLOWDOWN = 4;

export interface FirstScreen {
  /** Bytes of JavaScript transferred (compressed, with headers) before the screen was usable. */
  jsBytes: number;
  /** Every byte transferred before then (HTML, CSS, JS, API answers). */
  allBytes: number;
  /** The JavaScript files fetched, with their transferred bytes. */
  scripts: { url: string; bytes: number }[];
  /** Milliseconds from navigation to the screen usable (its key element visible with data). */
  ms: number;
}

export interface MeasureOptions {
  /** Fast 3G and 4× CPU slowdown. */
  throttle?: boolean;
  /** localStorage of a signed-in user (a returning resident opening the app on home). */
  storage?: { name: string; value: string }[];
}

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce' as const, locale: 'zh-CN' };

/** Opens `baseUrl/#path` in a fresh context (empty cache) and measures until `readySelector` is visible. */
export async function measureFirstScreen(browser: Browser, baseUrl: string, path: string, readySelector: string, opts: MeasureOptions = {}): Promise<FirstScreen> {
  const context = await browser.newContext(PHONE);
  try {
    if (opts.storage) {
      await context.addInitScript((items) => {
        for (const { name, value } of items) localStorage.setItem(name, value);
      }, opts.storage);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (opts.throttle) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...FAST_3G });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
    }
    const types = new Map<string, { url: string; type: string }>();
    const done: { url: string; type: string; bytes: number }[] = [];
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { url: e.response.url, type: e.type }));
    cdp.on('Network.loadingFinished', (e) => {
      const r = types.get(e.requestId);
      if (r) done.push({ ...r, bytes: e.encodedDataLength });
    });
    const t0 = Date.now();
    await page.goto(`${baseUrl}/#${path}`, { waitUntil: 'commit' });
    await page.locator(readySelector).first().waitFor({ state: 'visible', timeout: 120_000 });
    const ms = Date.now() - t0;
    // Whatever is still arriving at that moment counts too: let in-flight responses finish.
    await page.waitForTimeout(50);
    const snapshot = [...done];
    const scripts = snapshot.filter((r) => r.type === 'Script').map(({ url, bytes }) => ({ url: url.replace(baseUrl, ''), bytes }));
    return { jsBytes: scripts.reduce((n, s) => n + s.bytes, 0), allBytes: snapshot.reduce((n, r) => n + r.bytes, 0), scripts, ms };
  } finally {
    await context.close();
  }
}

/** Signs in as `personaId` through the login page and returns the localStorage a returning user has. */
export async function signedInStorage(browser: Browser, baseUrl: string, personaId: string): Promise<{ name: string; value: string }[]> {
  const context: BrowserContext = await browser.newContext(PHONE);
  try {
    const page: Page = await context.newPage();
    await page.goto(`${baseUrl}/#/pages/login/index`);
    await page.locator(`#persona-${personaId}`).click();
    await page.locator('#home-wallet-card').waitFor({ state: 'visible' });
    const state = await context.storageState();
    return state.origins.flatMap((o) => o.localStorage);
  } finally {
    await context.close();
  }
}

/** The login screen is usable when a persona can be tapped; home when the wallet card shows. */
export const LOGIN_READY = '#persona-r001';
export const HOME_READY = '#home-wallet-card';
