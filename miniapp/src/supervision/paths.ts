/** Pages of the supervision subpackage (预警督办, 情况通报). */
export const SUPERVISION_PAGES = {
  overview: '/supervision/pages/overview/index',
  reports: '/supervision/pages/reports/index',
  report: '/supervision/pages/report/index',
} as const;
