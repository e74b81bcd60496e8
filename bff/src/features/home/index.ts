// The home screen's public face: the plugin (its time budgets are platform/time-budget.ts).
export { homeFeature } from './home.routes';
export type { HomeService } from './home.service';
