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
    { root: 'pay', pages: ['pages/pay/index', 'pages/addresses/index', 'pages/receipts/index', 'pages/pickup/index'] },
    { root: 'hall', pages: ['pages/scan/index', 'pages/checkin/index', 'pages/ticket/index', 'pages/book/index', 'pages/appointments/index', 'pages/clerk/index', 'pages/pc-login/index'] },
    { root: 'mandates', pages: ['pages/list/index', 'pages/grant/index', 'pages/detail/index', 'pages/confirm/index', 'pages/assist/index'] },
    { root: 'ratings', pages: ['pages/results/index', 'pages/work-orders/index', 'pages/work-order/index', 'pages/overview/index'] },
    { root: 'asks', pages: ['pages/hub/index', 'pages/ask/index', 'pages/enquiry/index', 'pages/report-new/index', 'pages/report/index', 'pages/public-reports/index', 'pages/disclosure-new/index', 'pages/disclosure/index', 'pages/staff/index', 'pages/staff-item/index'] },
  ],
  window: {
    navigationBarBackgroundColor: '#1f5fbf',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '掌上办',
    backgroundColor: '#f2f4f8',
    backgroundTextStyle: 'dark',
  },
});
