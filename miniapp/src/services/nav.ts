import Taro from '@tarojs/taro';
// From the zod-free module: the app's entry must not pull the contracts' schemas in.
import { RATE_PAGE_PATH, WORK_ORDER_PAGE_PATH } from '@zsb/shared/contracts/page-paths';

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
  staffQueue: '/staff/pages/queue/index',
  staffCase: '/staff/pages/case/index',
  rate: RATE_PAGE_PATH,
  ratingResults: '/ratings/pages/results/index',
  workOrders: '/ratings/pages/work-orders/index',
  workOrder: WORK_ORDER_PAGE_PATH,
  ratingsOverview: '/ratings/pages/overview/index',
} as const;

export type PageName = keyof typeof PAGES;

export function pageUrl(page: PageName, query?: Record<string, string>): string {
  const qs = query ? Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&') : '';
  return qs ? `${PAGES[page]}?${qs}` : PAGES[page];
}

export function navigate(page: PageName, query?: Record<string, string>) {
  return Taro.navigateTo({ url: pageUrl(page, query) });
}

/** Replaces the whole page stack: after sign-in and sign-out. */
export function relaunch(page: PageName) {
  return Taro.reLaunch({ url: PAGES[page] });
}
