// 扫码登录's public face: the plugin and `app.pcLogin` (PcLoginService) the scan feature resolves codes with.
export { pcLoginFeature } from './pc-login.routes';
export type { PcLoginService } from './pc-login.service';
