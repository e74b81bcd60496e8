// Every table the BFF owns, re-exported for drizzle-kit and the typed client. One line per feature.
export * from '../platform/audit.table';
export * from '../platform/idempotency.table';
export * from '../platform/lease.table';
export * from '../features/auth/auth.table';
export * from '../features/messages/messages.table';
export * from '../features/calendar/calendar.table';
export * from '../features/uploads/uploads.table';
export * from '../features/cases/cases.table';
export * from '../features/presentation/presentation.table';
export * from '../features/consent/consent.table';
export * from '../features/work-orders/work-orders.table';
export * from '../features/ratings/ratings.table';
export * from '../features/catalog/catalog.table';
export * from '../features/housing-fund/housing-fund.table';
export * from '../features/appointments/appointments.table';
export * from '../features/tickets/tickets.table';
export * from '../features/pc-login/pc-login.table';
