import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HALL_PAGES } from '@zsb/shared/contracts/hall-pages';
import { RATE_PAGE_PATH } from '@zsb/shared/contracts/ratings';
import { WORK_ORDER_PAGE_PATH } from '@zsb/shared/contracts/work-orders';
import { DOCUMENT_CHECK_PAGE_PATH } from '@zsb/shared/contracts/results';
import { caseLink } from '../cases/cases.rules';
import { FUND_PAGE, SPOUSE_REQUESTS_PAGE } from '../housing-fund/housing-fund.service';
import { MANDATE_PAGES } from '@zsb/shared/contracts/mandates';
import { RENEWAL_ITEMS, renewalLink } from '@zsb/shared/domain/notification-rules';
import { ENQUIRY_PAGE_PATH } from '../enquiries/enquiries.service';
import { REPORT_PAGE_PATH } from '../reports/reports.service';
import { DISCLOSURE_PAGE_PATH } from '../disclosure/disclosure.service';

/*
 * Every message the BFF sends may carry a link the app opens. This walks every `link:` in the BFF's
 * sources (every message kind is sent from one of them) and checks that each names a page of the
 * mini-program (miniapp/src/app.config.ts). A link made of a name this test does not know fails
 * until the name is added below, so a new message kind cannot slip past.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const srcRoot = path.resolve(here, '../..');
const appConfig = readFileSync(path.resolve(srcRoot, '../../miniapp/src/app.config.ts'), 'utf8');

/** `/pages/x/index` for main pages and `/<root>/pages/x/index` for subpackage pages. */
function appPages(): Set<string> {
  const pages = new Set<string>();
  const main = /pages:\s*\[([^\]]*)\]/.exec(appConfig)![1]!;
  for (const m of main.matchAll(/'([^']+)'/g)) pages.add(`/${m[1]}`);
  for (const m of appConfig.matchAll(/\{\s*root:\s*'([^']+)',\s*pages:\s*\[([^\]]*)\]/g)) {
    for (const p of m[2]!.matchAll(/'([^']+)'/g)) pages.add(`/${m[1]}/${p[1]}`);
  }
  return pages;
}

/** Names a link may be built from, with the page path each stands for. */
const KNOWN: Record<string, string> = {
  caseLink: caseLink('x'),
  RATE_PAGE_PATH,
  WORK_ORDER_PAGE_PATH,
  DOCUMENT_CHECK_PAGE_PATH,
  FUND_PAGE,
  SPOUSE_REQUESTS_PAGE,
  ENQUIRY_PAGE_PATH,
  REPORT_PAGE_PATH,
  DISCLOSURE_PAGE_PATH,
  // Both of its forms are checked below: the renewal application and the certificate page.
  renewalLink: renewalLink('id_card', 'x'),
  ...Object.fromEntries(Object.entries(MANDATE_PAGES).map(([k, v]) => [`MANDATE_PAGES.${k}`, v])),
  ...Object.fromEntries(Object.entries(HALL_PAGES).map(([k, v]) => [`HALL_PAGES.${k}`, v])),
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.ts$/.test(f) && !/\.test\.ts$|\.test-support\.ts$/.test(f) ? [p] : [];
  });
}

/** The page path a `link:` expression leads to, or null for `link: null`; undefined when it cannot be told. */
function pageOf(expr: string): string | null | undefined {
  const e = expr.trim();
  if (/^null\b/.test(e)) return null;
  const lit = /^['`]([^'`$?]*)/.exec(e);
  if (lit && lit[1]) return lit[1];
  const inTemplate = /^`\$\{([\w.]+)\}/.exec(e);
  const name = inTemplate?.[1] ?? /^([\w.]+)/.exec(e)?.[1];
  return name && name in KNOWN ? KNOWN[name]!.split('?')[0] : undefined;
}

describe('message links', () => {
  const pages = appPages();
  const links = sources(path.join(srcRoot, 'features')).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    if (/\.table(\.pg)?\.ts$/.test(file)) return [];
    return [...text.matchAll(/\blink:\s*([^\n]+)/g)]
      // Type declarations (`link: string | null;`) are not links.
      .filter((m) => !/^string\b/.test(m[1]!.trim()))
      // Passing on a link made elsewhere (checked where it is made).
      .filter((m) => !/^p\('link'\)|^row\.link|^m\.link|^r\.link|^w\.link/.test(m[1]!.trim()))
      .map((m) => ({ file: path.relative(srcRoot, file), expr: m[1]!.trim() }));
  });

  it('finds the links of the message kinds (cases, housing fund, results, hall, work orders, reminders)', () => {
    expect(links.length).toBeGreaterThan(10);
    expect(pages.has('/pages/home/index')).toBe(true);
  });

  it('every link opens a page the mini-program has', () => {
    const broken = links.flatMap((l) => {
      const page = pageOf(l.expr);
      if (page === null) return [];
      if (page === undefined) return [`${l.file}: cannot tell where \`${l.expr}\` leads (add its name to KNOWN)`];
      return pages.has(page) ? [] : [`${l.file}: ${page} is not a page of miniapp/src/app.config.ts`];
    });
    expect(broken).toEqual([]);
  });

  it('an expiry reminder opens the renewal application of its kind, or the certificate page', () => {
    const forms = [...Object.keys(RENEWAL_ITEMS), 'no_renewal_item'].map((kind) => renewalLink(kind, 'c-1').split('?')[0]!);
    expect(new Set(forms)).toEqual(new Set(['/cases/pages/apply/index', '/pages/certificate/index']));
    for (const page of forms) expect(pages.has(page)).toBe(true);
  });
});
