import type { MessageKey } from '../index';
import enCommon from './common';
import enAuth from './auth';
import enHome from './home';
import enWallet from './wallet';
import enErrors from './errors';
import enCases from './cases';
import enStaff from './staff';
import enPresentation from './presentation';
import enConsent from './consent';
import enAudit from './audit';
import enMessages from './messages';
import enRatings from './ratings';
import enCatalog from './catalog';
import enBundles from './bundles';
import enFund from './fund';
import enHall from './hall';
import enAsks from './asks';
import enPay from './pay';
import enMandates from './mandates';
import enResults from './results';
import enNotify from './notify';
import enFirstScreen from './first-screen';

// Loaded when this language is chosen (src/i18n/index.ts); one spread per feature, as in the 简体中文 list.
const en: Record<MessageKey, string> = {
  ...enCommon,
  ...enAuth,
  ...enHome,
  ...enWallet,
  ...enErrors,
  ...enCases,
  ...enStaff,
  ...enPresentation,
  ...enConsent,
  ...enAudit,
  ...enMessages,
  ...enRatings,
  ...enCatalog,
  ...enBundles,
  ...enFund,
  ...enHall,
  ...enAsks,
  ...enPay,
  ...enMandates,
  ...enResults,
  ...enNotify,
  ...enFirstScreen,
};

export default en;
