// 代办's public face: the plugin and `app.mandates` (MandatesService: scan answers for consent codes and 委托书).
export { mandatesFeature } from './mandates.routes';
export type { MandatesService } from './mandates.service';
