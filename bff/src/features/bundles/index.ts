// 一件事 bundles' public face: definitions and plans through `app.bundles` (BundlesService).
export { bundlesFeature } from './bundles.routes';
export { BundlesService, type BundleCatalog } from './bundles.service';
