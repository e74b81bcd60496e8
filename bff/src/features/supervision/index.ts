// 预警督办 and 情况通报's public face: the plugin and `app.supervision` (the sweep, the overview, reports).
export { supervisionFeature } from './supervision.routes';
export type { SupervisionService, SupervisionRun } from './supervision.service';
