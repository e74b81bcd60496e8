// Every table the BFF owns, for PostgreSQL: the pg-core twin of schema.ts, one line per feature.
export * from '../platform/audit.table.pg';
export * from '../platform/idempotency.table.pg';
export * from '../platform/lease.table.pg';
export * from '../features/auth/auth.table.pg';
export * from '../features/messages/messages.table.pg';
export * from '../features/calendar/calendar.table.pg';
export * from '../features/uploads/uploads.table.pg';
export * from '../features/cases/cases.table.pg';
export * from '../features/presentation/presentation.table.pg';
export * from '../features/consent/consent.table.pg';
export * from '../features/work-orders/work-orders.table.pg';
export * from '../features/ratings/ratings.table.pg';
export * from '../features/catalog/catalog.table.pg';
export * from '../features/housing-fund/housing-fund.table.pg';
export * from '../features/appointments/appointments.table.pg';
export * from '../features/tickets/tickets.table.pg';
export * from '../features/pc-login/pc-login.table.pg';
