import Taro from '@tarojs/taro';
// From the zod-free module: the app's entry must not pull the contracts' schemas in.
import { RATE_PAGE_PATH, WORK_ORDER_PAGE_PATH } from '../contracts/page-paths';
import { DOCUMENT_CHECK_PAGE_PATH } from '../contracts/page-paths';

/** Every page path in one place, so a renamed page breaks the typecheck, not a tap. */
export const PAGES = {
  login: '/pages/login/index',
  home: '/pages/home/index',
  wallet: '/pages/wallet/index',
  certificate: '/pages/certificate/index',
  services: '/pages/services/index',
  guide: '/pages/guide/index',
  bundle: '/bundles/pages/bundle/index',
  fundWithdraw: '/fund/pages/withdraw/index',
  fundConfirm: '/fund/pages/confirm/index',
  spouseRequests: '/fund/pages/spouse-requests/index',
  documentCheck: DOCUMENT_CHECK_PAGE_PATH,
  present: '/pages/present/index',
  messages: '/pages/messages/index',
  language: '/pages/language/index',
  verify: '/certs/pages/verify/index',
  consents: '/certs/pages/consents/index',
  consent: '/certs/pages/consent/index',
  consentNew: '/certs/pages/consent-new/index',
  auditLog: '/certs/pages/audit-log/index',
  apply: '/cases/pages/apply/index',
  myCases: '/cases/pages/list/index',
  caseDetail: '/cases/pages/detail/index',
  pay: '/pay/pages/pay/index',
  addresses: '/pay/pages/addresses/index',
  receipts: '/pay/pages/receipts/index',
  pickupCode: '/pay/pages/pickup/index',
  staffQueue: '/staff/pages/queue/index',
  staffCase: '/staff/pages/case/index',
  rate: RATE_PAGE_PATH,
  ratingResults: '/ratings/pages/results/index',
  workOrders: '/ratings/pages/work-orders/index',
  workOrder: WORK_ORDER_PAGE_PATH,
  ratingsOverview: '/ratings/pages/overview/index',
  asksHub: '/asks/pages/hub/index',
  mandatesList: '/mandates/pages/list/index',
  ask: '/asks/pages/ask/index',
  mine: '/pages/mine/index',
  hallScan: '/hall/pages/scan/index',
  hallAppointments: '/hall/pages/appointments/index',
  hallCheckin: '/hall/pages/checkin/index',
  hallTicket: '/hall/pages/ticket/index',
  hallBook: '/hall/pages/book/index',
  hallClerk: '/hall/pages/clerk/index',
  hallPcLogin: '/hall/pages/pc-login/index',
  notificationSettings: '/settings/pages/notifications/index',
  supervision: '/supervision/pages/overview/index',
  supervisionReports: '/supervision/pages/reports/index',
} as const;

export type PageName = keyof typeof PAGES;

export function pageUrl(page: PageName, query?: Record<string, string>): string {
  const qs = query ? Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&') : '';
  return qs ? `${PAGES[page]}?${qs}` : PAGES[page];
}

/** The tab bar (app.config.ts `tabBar`), in its order. Tab pages are opened with switchTab and never stacked. */
export const TAB_PAGES = ['home', 'services', 'wallet', 'mine'] as const satisfies readonly PageName[];
export type TabName = (typeof TAB_PAGES)[number];

const TAB_PATHS = new Set<string>(TAB_PAGES.map((p) => PAGES[p]));
export const isTabPath = (path: string) => TAB_PATHS.has(path.split('?')[0]!);

/**
 * Where the back arrow leads when a page has nothing under it (opened by a link, a scan or a reload).
 * Pages not listed go home. Keep it next to PAGES so a new page names its parent here.
 */
export const PARENTS: Partial<Record<string, PageName>> = {
  [PAGES.certificate]: 'wallet',
  [PAGES.present]: 'wallet',
  [PAGES.verify]: 'home',
  [PAGES.guide]: 'services',
  [PAGES.bundle]: 'services',
  [PAGES.apply]: 'services',
  [PAGES.fundWithdraw]: 'services',
  [PAGES.messages]: 'mine',
  [PAGES.language]: 'mine',
  [PAGES.consents]: 'mine',
  [PAGES.consent]: 'consents',
  [PAGES.consentNew]: 'consents',
  [PAGES.auditLog]: 'mine',
  [PAGES.myCases]: 'mine',
  [PAGES.caseDetail]: 'myCases',
  [PAGES.ratingResults]: 'mine',
  [PAGES.workOrders]: 'mine',
  [PAGES.workOrder]: 'workOrders',
  [PAGES.hallAppointments]: 'mine',
  [PAGES.hallTicket]: 'mine',
  [PAGES.hallBook]: 'services',
};

/** Query values a tab page should pick up on its next show (switchTab cannot carry a query). */
let tabIntent: { page: TabName; query: Record<string, string> } | null = null;

/** The query handed to this tab page by the last `navigate`, once. */
export function takeTabIntent(page: TabName): Record<string, string> | null {
  if (tabIntent?.page !== page) return null;
  const { query } = tabIntent;
  tabIntent = null;
  return query;
}

export function navigate(page: PageName, query?: Record<string, string>) {
  if ((TAB_PAGES as readonly string[]).includes(page)) {
    tabIntent = query ? { page: page as TabName, query } : null;
    return Taro.switchTab({ url: PAGES[page] });
  }
  return Taro.navigateTo({ url: pageUrl(page, query) });
}

/** Opens a page by its URL (path + query), a tab page by switching to it. */
export function openUrl(url: string, opts: { replace?: boolean } = {}) {
  if (isTabPath(url)) return Taro.switchTab({ url: url.split('?')[0]! });
  return opts.replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url });
}

/** Replaces the whole page stack: after sign-in and sign-out. */
export function relaunch(page: PageName) {
  return Taro.reLaunch({ url: PAGES[page] });
}

/** Path and query of the page on top, e.g. `/pages/rate/index?windowId=H330100-W01`. */
export function currentUrl(): string {
  const pages = Taro.getCurrentPages();
  const top = pages[pages.length - 1] as { route?: string; options?: Record<string, string>; $taroPath?: string } | undefined;
  const router = Taro.getCurrentInstance().router;
  const path = router?.path ?? (top?.route ? `/${top.route}` : PAGES.home);
  const params = { ...(top?.options ?? {}), ...(router?.params ?? {}) } as Record<string, string | undefined>;
  const base = path.split('?')[0]!;
  // Taro adds its own bookkeeping parameter on H5; it is not part of the page's address.
  const qs = Object.entries(params).filter(([k, v]) => k !== '$taroTimestamp' && k !== 'stamp' && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(decodeURIComponent(String(v)))}`).join('&');
  return qs ? `${base}?${qs}` : base;
}

/**
 * The back arrow: the page below when there is one; otherwise (opened by a link, a scan or a reload)
 * the page's parent, or home — never nothing.
 */
export function goBack() {
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack();
  const here = currentUrl().split('?')[0]!;
  const parent = PAGES[PARENTS[here] ?? 'home'];
  return openUrl(parent, { replace: true });
}

/** Only our own page paths may be a `next` after sign-in (never another site, never the login page). */
export function safeNext(next: string | undefined): string | null {
  if (!next) return null;
  const url = decodeURIComponent(next);
  if (!/^\/(?:[a-z-]+\/)?pages\/[a-z-]+\/index(?:\?[^#]*)?$/.test(url)) return null;
  if (url.startsWith(PAGES.login)) return null;
  return url;
}

/**
 * The sign-in page, which comes back to `next` (default: where we are now) once signed in. It takes the
 * place of the current page, so back from sign-in never lands on the page that needed it.
 */
export function toSignIn(next: string | null = currentUrl(), opts: { relaunch?: boolean } = {}) {
  const target = next && !next.startsWith(PAGES.login) ? `${PAGES.login}?next=${encodeURIComponent(next)}` : PAGES.login;
  return opts.relaunch ? Taro.reLaunch({ url: target }) : Taro.redirectTo({ url: target });
}
