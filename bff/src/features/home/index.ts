// The home screen's public face: the plugin and its time-budget helper.
export { homeFeature } from './home.routes';
export { withinBudget, type HomeService } from './home.service';
