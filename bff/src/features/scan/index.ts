// 扫一扫's public face: the plugin and `app.scan` (ScanService).
export { scanFeature } from './scan.routes';
export type { ScanService } from './scan.service';
