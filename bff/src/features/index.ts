import { healthFeature } from './health/health.routes';
import { authFeature } from './auth/auth.routes';
import { profileFeature } from './profile/profile.routes';
import { messagesFeature } from './messages/messages.routes';
import { calendarFeature } from './calendar/calendar.routes';
import { walletFeature } from './wallet/wallet.routes';
import { catalogFeature } from './catalog/catalog.routes';
import { bundlesFeature } from './bundles/bundles.routes';
import { housingFundFeature } from './housing-fund/housing-fund.routes';
import { homeFeature } from './home/home.routes';
import { presentationFeature } from './presentation/presentation.routes';
import { verificationFeature } from './verification/verification.routes';
import { consentFeature } from './consent/consent.routes';
import { auditLogFeature } from './audit-log/audit-log.routes';
import { remindersFeature } from './reminders/reminders.plugin';
import { uploadsFeature } from './uploads/uploads.routes';
import { casesFeature } from './cases/cases.routes';
import { staffFeature } from './staff/staff.routes';
import { hallsFeature } from './halls/halls.routes';
import { workOrdersFeature } from './work-orders/work-orders.routes';
import { ratingsFeature } from './ratings/ratings.routes';

/**
 * Every capability of the BFF, in the order they are registered. A feature may use the services
 * of features above it (through `app.<feature>`), never their tables. Add one line per feature.
 */
export const FEATURES = [
  healthFeature,
  authFeature,
  profileFeature,
  messagesFeature,
  calendarFeature,
  walletFeature,
  catalogFeature,
  bundlesFeature,
  housingFundFeature,
  presentationFeature,
  verificationFeature,
  consentFeature,
  auditLogFeature,
  remindersFeature,
  homeFeature,
  uploadsFeature,
  casesFeature,
  staffFeature,
  hallsFeature,
  workOrdersFeature,
  ratingsFeature,
];
