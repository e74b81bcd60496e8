import type { MessageKey } from '../index';
import frCommon from './common';
import frAuth from './auth';
import frHome from './home';
import frWallet from './wallet';
import frErrors from './errors';
import frCases from './cases';
import frStaff from './staff';
import frPresentation from './presentation';
import frConsent from './consent';
import frAudit from './audit';
import frMessages from './messages';
import frRatings from './ratings';
import frCatalog from './catalog';
import frBundles from './bundles';
import frFund from './fund';
import frHall from './hall';
import frAsks from './asks';
import frPay from './pay';
import frMandates from './mandates';
import frResults from './results';
import frNotify from './notify';
import frFirstScreen from './first-screen';

// Loaded when this language is chosen (src/i18n/index.ts); one spread per feature, as in the 简体中文 list.
const fr: Record<MessageKey, string> = {
  ...frCommon,
  ...frAuth,
  ...frHome,
  ...frWallet,
  ...frErrors,
  ...frCases,
  ...frStaff,
  ...frPresentation,
  ...frConsent,
  ...frAudit,
  ...frMessages,
  ...frRatings,
  ...frCatalog,
  ...frBundles,
  ...frFund,
  ...frHall,
  ...frAsks,
  ...frPay,
  ...frMandates,
  ...frResults,
  ...frNotify,
  ...frFirstScreen,
};

export default fr;
