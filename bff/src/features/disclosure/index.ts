// 依申请公开's public face: the plugin and `app.disclosure` (DisclosureService).
export { disclosureFeature } from './disclosure.routes';
export type { DisclosureService } from './disclosure.service';
