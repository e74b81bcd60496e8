import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CodeSigner } from '../../bff/src/platform/signed-codes';
import { ARTIFACTS_DIR, loginAs, newPage, useBrowserStack } from './harness';

/*
 * Every QR code 掌上办 shows or prints, photographed at half resolution (a phone screen of DPR 2 shot
 * at CSS pixels, i.e. 50% scale) and read by two decoders: jsQR (what the H5 checker page uses) and
 * ZBar's zbarimg (Debian zbar-tools, the reader of many scanners). Each must fit QR version 10 at
 * error correction M, except the whole-certificate offline 亮证码 (version 15).
 */

interface Read { jsqr: string | null; version: number | null; zbar: string | null }

function readPng(file: string): Read {
  const png = PNG.sync.read(readFileSync(file));
  const r = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  let zbar: string | null = null;
  try {
    zbar = execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' }).trim() || null;
  } catch {
    zbar = null; // exit status 4: no code found
  }
  return { jsqr: r?.data ?? null, version: r?.version ?? null, zbar };
}

/** A screenshot of `selector` at CSS pixels: half the device pixels of the DPR-2 phone. */
async function shoot(page: Page, selector: string, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `qr-${name}.png`);
  await page.locator(selector).first().screenshot({ path: file, scale: 'css' });
  return file;
}

/** Shows an SVG code as a printed sign or a PC screen would (240 CSS px on a DPR-2 phone-sized page) and shoots it. */
async function shootSvg(browser: Browser, svg: string, name: string): Promise<string> {
  const page = await newPage(browser);
  try {
    await page.setContent(`<body style="margin:0;background:#fff"><img id="code" style="width:240px;height:240px;display:block;margin:20px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`);
    await page.waitForFunction(() => (document.getElementById('code') as HTMLImageElement).complete);
    return await shoot(page, 'body', name);
  } finally {
    await page.context().close();
  }
}

function expectReadable(read: Read, text: string, maxVersion: number): void {
  expect(read.jsqr).toBe(text);
  expect(read.zbar).toBe(text);
  expect(read.version).toBeLessThanOrEqual(maxVersion);
}

async function openPresent(page: Page, baseUrl: string): Promise<void> {
  await loginAs(page, baseUrl, 'r001');
  await page.locator('#home-wallet-link').click();
  await page.locator('#cert-0').click();
  await page.locator('#cert-present').click();
  await page.locator('#present-submit').waitFor({ state: 'visible' });
}

async function showCode(page: Page): Promise<void> {
  await page.locator('#present-submit').click();
  await page.waitForFunction(() => {
    const img = document.querySelector('#present-qr img') as HTMLImageElement | null;
    return !!img && img.complete && img.naturalWidth > 0;
  });
}

describe('QR codes any phone reads', () => {
  const env = useBrowserStack();

  it('the 亮证码 on the 亮证 page: the online reference (version ≤ 10) and the offline form, read from screenshots and verified', async () => {
    const page = await newPage(env.browser);
    await openPresent(page, env.stack.baseUrl);
    // The whole certificate (the default choice).
    await showCode(page);
    const reference = readPng(await shoot(page, '#present-qr', 'presentation-reference'));
    expect(reference.jsqr).toMatch(/^ZR1:/);
    expectReadable(reference, reference.jsqr!, 10);

    await page.locator('#present-form-toggle').click();
    await page.locator('#present-offline-hint').waitFor({ state: 'visible' });
    await page.waitForFunction(() => {
      const img = document.querySelector('#present-qr img') as HTMLImageElement | null;
      return !!img && img.complete && img.naturalWidth > 0;
    });
    const offline = readPng(await shoot(page, '#present-qr', 'presentation-offline-whole'));
    expect(offline.jsqr).toMatch(/^ZO1:/);
    expectReadable(offline, offline.jsqr!, 15);

    const checker = await env.stack.login('staff-gaj');
    const verify = (token: string) => checker.inject({ method: 'POST', url: '/api/v1/verify', payload: { token } }).then((r) => r.json());
    expect(await verify(offline.jsqr!)).toMatchObject({ result: 'valid', certificate: { kind: 'id_card' } });
    // The same presentation, either form: single use.
    expect((await verify(reference.jsqr!)).result).toBe('replayed');
    expect(page.errors).toEqual([]);
  });

  it('the offline 亮证码 of an age claim and of name + ID number fit version 10', async () => {
    const holder = await env.stack.login('r001');
    const wallet = (await holder.inject({ method: 'GET', url: '/api/v1/wallet' })).json() as { certificates: { id: string; kind: string }[] };
    const idCard = wallet.certificates.find((c) => c.kind === 'id_card')!;
    for (const [name, body] of [['age', { claims: ['age_over_18'] }], ['name-id', { fields: ['name', 'idNumber'] }]] as const) {
      const p = (await holder.inject({ method: 'POST', url: `/api/v1/wallet/${encodeURIComponent(idCard.id)}/presentations`, payload: { purpose: '酒店入住登记', ...body } })).json();
      expectReadable(readPng(await shootSvg(env.browser, p.offline.qrSvg, `presentation-offline-${name}`)), p.offline.code, 10);
      expectReadable(readPng(await shootSvg(env.browser, p.qrSvg, `presentation-reference-${name}`)), p.reference, 10);
    }
  });

  it('printed and displayed codes: hall check-in, window rating, PC sign-in, case hand-off (version ≤ 10)', async () => {
    const app = env.stack.app;
    const hall = (await app.inject({ method: 'GET', url: '/api/v1/halls/H330102/checkin-code' })).json() as { text: string; svg: string };
    const rate = (await app.inject({ method: 'GET', url: '/api/v1/windows/H330106-W05/qr' })).json() as { url: string; svg: string };
    const pc = (await app.inject({ method: 'POST', url: '/api/v1/pc-login/sessions', headers: { origin: env.stack.baseUrl }, payload: {} })).json() as { qrText: string; qrSvg: string };
    // A case hand-off code as the BFF draws it (same signer and QR options as GET /api/v1/cases/{id}/handoff-code).
    const caseText = new CodeSigner(env.stack.config.hall.codeSecret).sign('case', [randomUUID(), 'handoff']);
    const caseSvg = await QRCode.toString(caseText, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    for (const [name, text, svg] of [
      ['hall-checkin', hall.text, hall.svg], ['window-rating', rate.url, rate.svg], ['pc-login', pc.qrText, pc.qrSvg], ['case-handoff', caseText, caseSvg],
    ] as const) {
      expectReadable(readPng(await shootSvg(env.browser, svg, name)), text, 10);
    }
  });
});
