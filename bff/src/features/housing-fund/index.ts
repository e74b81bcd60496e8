// The housing-fund withdrawal's public face: its plugin and `app.housingFund` (HousingFundService).
export { housingFundFeature } from './housing-fund.routes';
export { HousingFundService, type HousingFundDeps } from './housing-fund.service';
