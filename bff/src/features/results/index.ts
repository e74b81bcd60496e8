// 统一发证's public face: the plugin and `app.results` (ResultsService).
export { resultsFeature } from './results.routes';
export { resultPlan, type ResultsService } from './results.service';
