export default defineAppConfig({
  // Main package: only what a resident needs on first open. Add less-used flows as subPackages below.
  pages: [
    'pages/login/index',
    'pages/home/index',
    'pages/wallet/index',
    'pages/certificate/index',
    'pages/services/index',
    'pages/guide/index',
    'pages/present/index',
    'pages/messages/index',
    'pages/rate/index',
    'pages/language/index',
  ],
  subPackages: [
    { root: 'certs', pages: ['pages/verify/index', 'pages/consents/index', 'pages/consent/index', 'pages/consent-new/index', 'pages/audit-log/index'] },
    { root: 'cases', pages: ['pages/apply/index', 'pages/list/index', 'pages/detail/index'] },
    { root: 'staff', pages: ['pages/queue/index', 'pages/case/index'] },
    { root: 'bundles', pages: ['pages/bundle/index'] },
    { root: 'fund', pages: ['pages/withdraw/index'] },
    { root: 'hall', pages: ['pages/scan/index', 'pages/checkin/index', 'pages/ticket/index', 'pages/book/index', 'pages/appointments/index', 'pages/clerk/index', 'pages/pc-login/index'] },
    { root: 'ratings', pages: ['pages/results/index', 'pages/work-orders/index', 'pages/work-order/index', 'pages/overview/index'] },
    { root: 'settings', pages: ['pages/notifications/index'] },
    { root: 'supervision', pages: ['pages/overview/index', 'pages/reports/index', 'pages/report/index'] },
  ],
  window: {
    navigationBarBackgroundColor: '#1f5fbf',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '掌上办',
    backgroundColor: '#f2f4f8',
    backgroundTextStyle: 'dark',
  },
});
