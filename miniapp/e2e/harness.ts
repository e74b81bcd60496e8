import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStack as startBffStack, urlOf, type Stack } from '../../bff/src/test/harness';

const MINIAPP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where `build:h5` writes the bundle the BFF serves at `/`. */
export const H5_DIR = path.join(MINIAPP, 'dist', 'h5');
/** Screenshots land here (git-ignored). */
export const ARTIFACTS_DIR = path.join(MINIAPP, 'e2e', 'artifacts');

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export interface BrowserStack extends Stack {
  /** Origin of the listening BFF, which serves both the H5 bundle and `/api`. */
  baseUrl: string;
}

/**
 * The real sandbox and the real BFF (fresh SQLite file) listening on random ports, the BFF serving the
 * built H5 from `miniapp/dist/h5`. Options pass through to the BFF test harness. Call `close()` after.
 */
export async function startStack(opts: Parameters<typeof startBffStack>[0] = {}): Promise<BrowserStack> {
  if (!existsSync(path.join(H5_DIR, 'index.html'))) {
    throw new Error(`no H5 build in ${H5_DIR}: run \`pnpm --filter @zsb/miniapp build:h5\` (the e2e global setup does it)`);
  }
  const stack = await startBffStack({
    ...opts,
    listen: true,
    config: { staticDir: H5_DIR, ...(opts.config as DeepPartial<Stack['config']> | undefined) },
  });
  // A getter, not a copy: `stack.app` changes when a test restarts the BFF.
  return Object.defineProperty(stack, 'baseUrl', { get: () => urlOf(stack.app), enumerable: true }) as BrowserStack;
}

/**
 * One stack and one browser for a test file: started before its tests, closed after them.
 * Read `env.stack` and `env.browser` inside tests (they exist once `beforeAll` has run).
 */
export function useBrowserStack(opts: Parameters<typeof startStack>[0] = {}): { stack: BrowserStack; browser: Browser } {
  const env = {} as { stack: BrowserStack; browser: Browser };
  beforeAll(async () => {
    env.stack = await startStack(opts);
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.stack?.close();
  });
  return env;
}

/** Headless Debian Chromium (Playwright's own browser download cannot be reached from these machines). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageOptions {
  /** Start with 长辈模式 on (stored before the app boots, like a returning user). */
  elder?: boolean;
  lang?: 'zh-Hans' | 'zh-Hant' | 'en' | 'fr' | 'ja';
  /** CSS pixels; default a 390×844 phone. */
  viewport?: { width: number; height: number };
  /** Where the phone is, with the location permission granted (check-in by location). */
  geolocation?: { latitude: number; longitude: number; accuracy?: number };
}

/** A fresh context (own storage) and page with a phone viewport; console errors are collected on `page.errors`. */
export async function newPage(browser: Browser, opts: PageOptions = {}): Promise<Page & { errors: string[] }> {
  const context: BrowserContext = await browser.newContext({
    viewport: opts.viewport ?? { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: ({ en: 'en-US', fr: 'fr-FR', ja: 'ja-JP', 'zh-Hant': 'zh-HK' } as Record<string, string>)[opts.lang ?? ''] ?? 'zh-CN',
    isMobile: true,
    hasTouch: true,
    // Also skips Taro's page slide (see app.css), so tests never act mid-transition.
    reducedMotion: 'reduce',
    ...(opts.geolocation ? { geolocation: opts.geolocation, permissions: ['geolocation'] } : {}),
  });
  if (opts.elder !== undefined || opts.lang !== undefined) {
    const prefs = JSON.stringify({ lang: opts.lang ?? 'zh-Hans', elder: opts.elder ?? false });
    // Taro's H5 storage keeps values JSON-wrapped as {"data": value} in localStorage.
    await context.addInitScript((v) => localStorage.setItem('zsb.prefs', JSON.stringify({ data: v })), prefs);
  }
  const page = (await context.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  return page;
}

/** Opens a page of the H5 app by its path, e.g. `/pages/wallet/index` (hash router). */
export async function openPage(page: Page, baseUrl: string, pagePath: string): Promise<void> {
  await page.goto(`${baseUrl}/#${pagePath}`);
}

/** Taps a tab of the tab bar (首页 · 办事 · 证照 · 我的) by its position, 0-based. */
export async function openTab(page: Page, index: 0 | 1 | 2 | 3): Promise<void> {
  await page.locator('.weui-tabbar__item').nth(index).click();
}

/** Signs in through the persona page like a person would, and waits for the home page to show its data. */
export async function loginAs(page: Page, baseUrl: string, personaId: string): Promise<void> {
  await openPage(page, baseUrl, '/pages/login/index');
  const card = page.locator(`#persona-${personaId}`);
  await card.waitFor({ state: 'visible' });
  await card.click();
  await page.locator('#home-wallet-card').waitFor({ state: 'visible' });
}

/**
 * Saves a PNG of the whole current page under e2e/artifacts and returns its path. Taro H5 scrolls inside
 * the page element, so the viewport is stretched to that element's height for the shot, then restored.
 */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  // Let page transitions finish so the shot is not taken mid-slide.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  if (opts.fullPage === false) {
    await page.screenshot({ path: file });
    return file;
  }
  const height = await page.evaluate(() => {
    const pages = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((el) => getComputedStyle(el).display !== 'none');
    // The page on top of the stack is the last one shown.
    const top = pages[pages.length - 1];
    return Math.max(document.documentElement.clientHeight, top ? top.scrollHeight : 0);
  });
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 6000) });
  try {
    await page.screenshot({ path: file });
  } finally {
    await page.setViewportSize(viewport);
  }
  return file;
}
