import type { MessageKey } from '../index';
import jaCommon from './common';
import jaAuth from './auth';
import jaHome from './home';
import jaWallet from './wallet';
import jaErrors from './errors';
import jaCases from './cases';
import jaStaff from './staff';
import jaPresentation from './presentation';
import jaConsent from './consent';
import jaAudit from './audit';
import jaMessages from './messages';
import jaRatings from './ratings';
import jaCatalog from './catalog';
import jaBundles from './bundles';
import jaFund from './fund';
import jaHall from './hall';
import jaAsks from './asks';
import jaPay from './pay';
import jaMandates from './mandates';
import jaResults from './results';
import jaNotify from './notify';
import jaFirstScreen from './first-screen';

// Loaded when this language is chosen (src/i18n/index.ts); one spread per feature, as in the 简体中文 list.
const ja: Record<MessageKey, string> = {
  ...jaCommon,
  ...jaAuth,
  ...jaHome,
  ...jaWallet,
  ...jaErrors,
  ...jaCases,
  ...jaStaff,
  ...jaPresentation,
  ...jaConsent,
  ...jaAudit,
  ...jaMessages,
  ...jaRatings,
  ...jaCatalog,
  ...jaBundles,
  ...jaFund,
  ...jaHall,
  ...jaAsks,
  ...jaPay,
  ...jaMandates,
  ...jaResults,
  ...jaNotify,
  ...jaFirstScreen,
};

export default ja;
