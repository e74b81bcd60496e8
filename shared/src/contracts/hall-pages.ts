/** Mini-program pages the hall features open (the scan answer names one of them). */
export const HALL_PAGES = {
  scan: '/hall/pages/scan/index',
  book: '/hall/pages/book/index',
  appointments: '/hall/pages/appointments/index',
  ticket: '/hall/pages/ticket/index',
  checkin: '/hall/pages/checkin/index',
  clerk: '/hall/pages/clerk/index',
  pcLogin: '/hall/pages/pc-login/index',
  verify: '/certs/pages/verify/index',
  staffCase: '/staff/pages/case/index',
} as const;
