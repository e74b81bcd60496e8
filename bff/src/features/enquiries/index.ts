// 在线咨询's public face: the plugin and `app.enquiries` (EnquiriesService).
export { enquiriesFeature } from './enquiries.routes';
export type { EnquiriesService } from './enquiries.service';
