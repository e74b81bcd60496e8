// The first screen (issue 13): JavaScript a phone downloads before the login screen and home are usable,
// summed from the bytes on the wire in Chromium, and the time until home is usable on a throttled phone
// profile (DevTools "Fast 3G", 4× CPU slowdown). Built H5 app served by the BFF (precompressed files).
import { chromium } from 'playwright-core';
import { FAST_3G, HOME_READY, LOGIN_READY, measureFirstScreen, PHONE_CPU_SLOWDOWN, signedInStorage, type FirstScreen } from '../../miniapp/e2e/first-screen';
import { fmt, percentile, startServers, type BenchSection } from './lib';

const KB = (n: number) => fmt(n / 1024);

export async function run(): Promise<BenchSection> {
  const s = await startServers();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const storage = await signedInStorage(browser, s.bffUrl, 'r001');
    const runs = 3;
    const measure = async (path: string, ready: string, throttle: boolean, signedIn: boolean) => {
      const all: FirstScreen[] = [];
      for (let i = 0; i < runs; i++) all.push(await measureFirstScreen(browser, s.bffUrl, path, ready, { throttle, ...(signedIn ? { storage } : {}) }));
      return { js: Math.max(...all.map((m) => m.jsBytes)), all: Math.max(...all.map((m) => m.allBytes)), files: all[0]!.scripts.length, ms: percentile(all.map((m) => m.ms), 50) };
    };
    const login = await measure('/pages/login/index', LOGIN_READY, false, false);
    const home = await measure('/pages/home/index', HOME_READY, false, true);
    const loginSlow = await measure('/pages/login/index', LOGIN_READY, true, false);
    const homeSlow = await measure('/pages/home/index', HOME_READY, true, true);
    const row = (name: string, m: typeof login) => [name, KB(m.js), m.files, KB(m.all), fmt(m.ms, 0)];
    return {
      title: 'First screen in the H5 app: bytes transferred and time to usable',
      description: `Headless Chromium, a fresh context each time (empty cache), 390×844 phone at DPR 2. Bytes are what the DevTools protocol reports on the wire (encodedDataLength: compressed body and headers) for every response received before the screen's key element was visible (login: a persona card; home: the wallet card with data, signed in as r001). Throttled rows: "Fast 3G" (${fmt(FAST_3G.latency)} ms latency, ${fmt((FAST_3G.downloadThroughput * 8) / 1e6, 2)} Mbit/s down) and ${PHONE_CPU_SLOWDOWN}× CPU slowdown. Median time of ${runs} runs.`,
      columns: ['screen', 'JavaScript KB', 'JS files', 'all bytes KB', 'time to usable ms'],
      rows: [row('login', login), row('home (returning resident)', home), row('login, Fast 3G + 4× CPU', loginSlow), row('home, Fast 3G + 4× CPU', homeSlow)],
      notes: [`Target: JavaScript ≤ 150 KB before login or home is usable. Measured: login ${KB(login.js)} KB, home ${KB(home.js)} KB.`],
    };
  } finally {
    await browser.close();
    await s.stop();
  }
}
