import zhCases from './zh-Hans/cases';
import zhStaff from './zh-Hans/staff';
import zhPresentation from './zh-Hans/presentation';
import zhConsent from './zh-Hans/consent';
import zhAudit from './zh-Hans/audit';
import zhRatings from './zh-Hans/ratings';
import zhBundles from './zh-Hans/bundles';
import zhFund from './zh-Hans/fund';
import zhHall from './zh-Hans/hall';
import zhAsks from './zh-Hans/asks';
import zhPay from './zh-Hans/pay';
import zhMandates from './zh-Hans/mandates';
import zhResults from './zh-Hans/results';
import zhNotify from './zh-Hans/notify';

// 简体中文 texts of the features the first screen does not show: loaded right after it (see index.ts).
// Register a feature here when its pages are not on the first screen, else in index.ts.
export default {
  ...zhCases,
  ...zhStaff,
  ...zhPresentation,
  ...zhConsent,
  ...zhAudit,
  ...zhRatings,
  ...zhBundles,
  ...zhFund,
  ...zhHall,
  ...zhAsks,
  ...zhPay,
  ...zhMandates,
  ...zhResults,
  ...zhNotify,
};
