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
    'pages/mine/index',
  ],
  subPackages: [
    { root: 'certs', pages: ['pages/verify/index', 'pages/consents/index', 'pages/consent/index', 'pages/consent-new/index', 'pages/audit-log/index'] },
    { root: 'cases', pages: ['pages/apply/index', 'pages/list/index', 'pages/detail/index'] },
    { root: 'staff', pages: ['pages/queue/index', 'pages/case/index'] },
    { root: 'bundles', pages: ['pages/bundle/index'] },
    { root: 'fund', pages: ['pages/withdraw/index', 'pages/confirm/index', 'pages/spouse-requests/index'] },
    { root: 'pay', pages: ['pages/pay/index', 'pages/addresses/index', 'pages/receipts/index', 'pages/pickup/index'] },
    { root: 'results', pages: ['pages/check/index'] },
    { root: 'hall', pages: ['pages/scan/index', 'pages/checkin/index', 'pages/ticket/index', 'pages/book/index', 'pages/appointments/index', 'pages/clerk/index', 'pages/pc-login/index'] },
    { root: 'mandates', pages: ['pages/list/index', 'pages/grant/index', 'pages/detail/index', 'pages/confirm/index', 'pages/assist/index'] },
    { root: 'ratings', pages: ['pages/results/index', 'pages/work-orders/index', 'pages/work-order/index', 'pages/overview/index'] },
    { root: 'asks', pages: ['pages/hub/index', 'pages/ask/index', 'pages/enquiry/index', 'pages/report-new/index', 'pages/report/index', 'pages/public-reports/index', 'pages/disclosure-new/index', 'pages/disclosure/index', 'pages/staff/index', 'pages/staff-item/index'] },
    { root: 'settings', pages: ['pages/notifications/index'] },
    { root: 'supervision', pages: ['pages/overview/index', 'pages/reports/index', 'pages/report/index'] },
  ],
  // 首页 · 办事 · 证照 · 我的 (docs/app-shell.md). Texts are replaced in the chosen language at start (useTabBarTexts).
  tabBar: {
    // Dark enough for 长辈模式's enhanced contrast (7:1) on white, in both states.
    color: '#3a4250',
    selectedColor: '#174a96',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-on.png' },
      { pagePath: 'pages/services/index', text: '办事', iconPath: 'assets/tab/services.png', selectedIconPath: 'assets/tab/services-on.png' },
      { pagePath: 'pages/wallet/index', text: '证照', iconPath: 'assets/tab/wallet.png', selectedIconPath: 'assets/tab/wallet-on.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-on.png' },
    ],
  },
  // Check-in by location (hall/pages/checkin): weapp asks the person once, with this reason.
  permission: { 'scope.userLocation': { desc: '到政务大厅签到取号时确认您在大厅范围内' } },
  requiredPrivateInfos: ['getLocation'],
  window: {
    navigationBarBackgroundColor: '#1f5fbf',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '掌上办',
    backgroundColor: '#f2f4f8',
    backgroundTextStyle: 'dark',
  },
});
