// 随手拍's public face: the plugin and `app.reports` (ReportsService).
export { reportsFeature } from './reports.routes';
export type { ReportsService } from './reports.service';
