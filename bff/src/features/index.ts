import { healthFeature } from './health';
import { authFeature } from './auth';
import { profileFeature } from './profile';
import { messagesFeature } from './messages';
import { notificationsFeature } from './notifications';
import { calendarFeature } from './calendar';
import { walletFeature } from './wallet';
import { catalogFeature } from './catalog';
import { bundlesFeature } from './bundles';
import { housingFundFeature } from './housing-fund';
import { homeFeature } from './home';
import { presentationFeature } from './presentation';
import { verificationFeature } from './verification';
import { consentFeature } from './consent';
import { auditLogFeature } from './audit-log';
import { remindersFeature } from './reminders';
import { uploadsFeature } from './uploads';
import { casesFeature } from './cases';
import { staffFeature } from './staff';
import { hallsFeature } from './halls';
import { workOrdersFeature } from './work-orders';
import { ratingsFeature } from './ratings';
import { appointmentsFeature } from './appointments';
import { ticketsFeature } from './tickets';
import { pcLoginFeature } from './pc-login';
import { paymentsFeature } from './payments';
import { deliveryFeature } from './delivery';
import { mandatesFeature } from './mandates';
import { scanFeature } from './scan';
import { enquiriesFeature } from './enquiries';
import { reportsFeature } from './reports';
import { disclosureFeature } from './disclosure';
import { resultsFeature } from './results';
import { supervisionFeature } from './supervision';

/**
 * Every capability of the BFF, in the order they are registered. A feature may use the services
 * of features above it (through `app.<feature>`), never their tables. Add one line per feature.
 */
export const FEATURES = [
  healthFeature,
  authFeature,
  profileFeature,
  messagesFeature,
  notificationsFeature,
  calendarFeature,
  walletFeature,
  catalogFeature,
  bundlesFeature,
  presentationFeature,
  verificationFeature,
  consentFeature,
  auditLogFeature,
  remindersFeature,
  homeFeature,
  uploadsFeature,
  casesFeature,
  // After cases: a withdrawal is a case; a finished case's result is issued.
  housingFundFeature,
  resultsFeature,
  staffFeature,
  hallsFeature,
  workOrdersFeature,
  ratingsFeature,
  appointmentsFeature,
  ticketsFeature,
  pcLoginFeature,
  paymentsFeature,
  deliveryFeature,
  mandatesFeature,
  scanFeature,
  enquiriesFeature,
  reportsFeature,
  disclosureFeature,
  supervisionFeature,
];
