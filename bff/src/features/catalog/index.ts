// The service catalog's public face: other features read items through `app.catalog` (CatalogService).
export { catalogFeature } from './catalog.routes';
export { CatalogService, importCatalogDataset, type CatalogDeps, type CatalogWallet } from './catalog.service';
export { loadDataset, type CatalogDataset } from './dataset/dataset';
export { Localizer, type Section } from './catalog.i18n';
